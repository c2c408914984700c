package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.attract.common.error.ApiException;
import io.attract.common.error.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontTest {

    @Test
    void noFontAtTheConfiguredPathIsA503WithAChineseMessage() {
        assertThatThrownBy(() -> PdfFont.open(List.of(Path.of("/nonexistent/fonts/wqy-zenhei.ttc"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    Problem problem = e.toProblem();
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.title()).isEqualTo("Service Unavailable");
                    assertThat(problem.code()).isEqualTo("report.pdf_font_missing");
                    assertThat(problem.detail()).contains("中文字体").doesNotContain("/nonexistent");
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    @Test
    void aFileThatIsNoFontIsSkippedLikeAMissingOne(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttc"), "not a font");
        Path plain = Files.writeString(dir.resolve("broken.ttf"), "not a font either");
        assertThatThrownBy(() -> PdfFont.open(List.of(broken, plain)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("report.pdf_font_missing"));
    }

    @Test
    void notoSansCjkIsSkippedForItsCffOutlinesWhichPdfBoxCannotSubset() {
        Path noto = Path.of(PdfFont.NOTO_CJK);
        assumeTrue(Files.isReadable(noto), "fonts-noto-cjk not installed");
        assertThatThrownBy(() -> PdfFont.open(List.of(noto)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("report.pdf_font_missing"));
    }

    @Test
    void theNextCandidateIsTriedWhenTheFirstIsMissing() throws IOException {
        Path installed = Path.of(PdfFont.WQY_ZENHEI);
        try (PdfFont.Opened opened = PdfFont.open(List.of(Path.of("/nonexistent/a.ttc"), installed))) {
            assertThat(opened).isNotNull();
        }
    }
}
