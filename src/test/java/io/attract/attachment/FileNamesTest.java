package io.attract.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aChineseNameTravelsAsRfc5987WithAnAsciiFallback() {
        assertThat(FileNames.contentDisposition("银行回单 3月.pdf", true))
                .isEqualTo(
                        "inline; filename=\"____ 3_.pdf\"; filename*=UTF-8''%E9%93%B6%E8%A1%8C%E5%9B%9E%E5%8D%95%203%E6%9C%88.pdf");
    }

    @Test
    void namesLoseTheirPathAndHeaderBreakingCharactersAndGetTheRightExtension() {
        assertThat(FileNames.clean("C:\\Users\\me\\协议\".pdf", SniffedType.PDF)).isEqualTo("协议_.pdf");
        assertThat(FileNames.clean("../../etc/passwd", SniffedType.PNG)).isEqualTo("passwd.png");
        assertThat(FileNames.clean("回单.exe", SniffedType.JPEG)).isEqualTo("回单.exe.jpg");
        assertThat(FileNames.clean("a\r\nb.JPEG", SniffedType.JPEG)).isEqualTo("a__b.JPEG");
        assertThat(FileNames.clean("", SniffedType.PDF)).isEqualTo("附件.pdf");
    }
}
