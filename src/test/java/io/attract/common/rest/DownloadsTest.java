package io.attract.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void namesTheFileInAsciiAndExactly() {
        assertThat(Downloads.attachment("audit-trail.xlsx", "审计日志.xlsx"))
                .isEqualTo("attachment; filename=\"audit-trail.xlsx\"; "
                        + "filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.xlsx");
        assertThat(Downloads.attachment("export.xlsx", "企业 列表.xlsx")).endsWith("%20%E5%88%97%E8%A1%A8.xlsx");
    }

    @Test
    void answersTheBodyAsAFileToSave() {
        var answer = Downloads.file("body", "a.xlsx", "a.xlsx");
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"a.xlsx\"; filename*=UTF-8''a.xlsx");
    }
}
