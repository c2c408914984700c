package io.attract.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Issue #23, item 7: an exported sheet says whose copy it is and when it was made, on every printed page. */
@QuarkusTest
class CopyMarkTest {

    /** The first sheet's footer as Excel prints it (its codes, {@code &R&"font"9}, taken out). */
    static String footer(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("copy-mark", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String xml = new String(
                        zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("<oddFooter>(.*?)</oddFooter>").matcher(xml);
                assertThat(m.find()).as("a footer on the first sheet").isTrue();
                return unescape(m.group(1)).replaceAll("&(\"[^\"]*\"|K[0-9A-Fa-f]{6}|\\d+|[LCR])", "");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String unescape(String xml) {
        Matcher entity = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(
                    out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(entity.group(1), 16))));
        }
        entity.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void theFirmExportAndTheAuditExportCarryTheViewerAndTheMinute() throws Exception {
        byte[] firms = Api.download(Tokens.OFFICER, "/api/enterprises/export");
        assertThat(footer(firms)).contains("（officer）", " 导出于 ").matches(".* 导出于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        byte[] trail = Api.download(Tokens.AUDITOR, "/api/audit/export");
        assertThat(footer(trail)).startsWith("auditor 导出于 ");
    }
}
