package io.attract.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.ConfirmationSetting;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentTest {

    @Inject
    AttachmentStore store;

    /** File names in UTF-8, as browsers send them. */
    static final RestAssuredConfig UTF8 = RestAssuredConfig.config()
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    private int project;
    private int fund;

    @BeforeEach
    void records() {
        EngagementFixtures.units();
        ConfirmationSetting.set(false);
        project = ProjectFixtures.create("附件测试项目", "NEGOTIATING", "2026-01-05");
        fund = ProjectFixtures.fund(Tokens.OFFICER, project, "2026-02-01", "100", "0", "LOCAL");
        ConfirmationSetting.set(true);
    }

    static ValidatableResponse upload(
            String user, String ownerType, long ownerId, String name, byte[] bytes, String... extra) {
        RequestSpecification r = Tokens.as(user)
                .config(UTF8)
                .contentType("multipart/form-data; charset=UTF-8")
                .multiPart("ownerType", ownerType)
                .multiPart("ownerId", String.valueOf(ownerId))
                .multiPart("file", name, bytes, "application/octet-stream");
        for (int i = 0; i < extra.length; i += 2) {
            r = r.multiPart(extra[i], extra[i + 1]);
        }
        return r.post("/api/attachments").then();
    }

    /** Uploads as {@link #upload} does, expects the attachment made and returns its id. */
    static int uploaded(String user, String ownerType, long ownerId, String name, byte[] bytes, String... extra) {
        return upload(user, ownerType, ownerId, name, bytes, extra)
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An owner's attachments as this user lists them. */
    private static ValidatableResponse listed(String user, String ownerType, long ownerId) {
        return Api.get(user, "/api/attachments", "ownerType", ownerType, "ownerId", ownerId);
    }

    /** An upload of the same agreement, with this idempotency key, as a retrying client sends it. */
    private ValidatableResponse uploadWithKey(String key) {
        return Tokens.as(Tokens.OFFICER)
                .header("Idempotency-Key", key)
                .multiPart("ownerType", "PROJECT")
                .multiPart("ownerId", String.valueOf(project))
                .multiPart("file", "协议.pdf", TestFiles.pdf(), "application/pdf")
                .post("/api/attachments")
                .then();
    }

    private byte[] stored(long id) throws IOException {
        String key = Attachment.<Attachment>findByIdOptional(id).orElseThrow().storageKey;
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPhoneJpegIsStoredUprightWithoutItsLocation() throws IOException {
        byte[] photo = TestFiles.phoneJpeg();
        assertThat(TestFiles.contains(photo, TestFiles.GPS_MARK)).isTrue();
        int id = upload(Tokens.OFFICER, "FUND", fund, "slip.jpg", photo)
                .statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .body("image", equalTo(true))
                .body("keptLocation", equalTo(false))
                .extract()
                .path("id");
        byte[] kept = inTransaction(() -> stored(id));
        assertThat(TestFiles.contains(kept, "Exif")).isFalse();
        assertThat(TestFiles.contains(kept, TestFiles.GPS_MARK)).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image.getWidth()).as("turned as EXIF said").isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
        byte[] served = Api.get(Tokens.UNIT_HEAD, "/api/attachments/" + id + "/content")
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("inline; filename=\"slip.jpg\"; filename*=UTF-8''slip.jpg"))
                .extract()
                .asByteArray();
        assertThat(served).isEqualTo(kept);
        Api.get(Tokens.OFFICER, "/api/attachments/" + id + "/thumbnail")
                .statusCode(200)
                .contentType("image/jpeg");
    }

    @Test
    void theLocationIsKeptOnlyWhenTheUploaderAsks() throws IOException {
        int id = upload(Tokens.OFFICER, "PROJECT", project, "现场.jpg", TestFiles.phoneJpeg(), "keepLocation", "true")
                .statusCode(201)
                .body("keptLocation", equalTo(true))
                .extract()
                .path("id");
        assertThat(TestFiles.contains(inTransaction(() -> stored(id)), TestFiles.GPS_MARK))
                .isTrue();
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        upload(Tokens.OFFICER, "PROJECT", project, "../agreement.png", TestFiles.pdf())
                .statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("fileName", equalTo("agreement.png.pdf"))
                .body("previewable", equalTo(true));
        upload(Tokens.OFFICER, "PROJECT", project, "script.pdf", "<script>alert(1)</script>".getBytes())
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("attachment.type_refused"))
                .body("detail", containsString("不支持该文件类型"));
        upload(Tokens.OFFICER, "PROJECT", project, "a.docx", TestFiles.zip("payload.exe"))
                .statusCode(415)
                .body("code", equalTo("attachment.type_refused"));
        byte[] heic = new byte[32];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(), 0, heic, 0, 12);
        upload(Tokens.OFFICER, "PROJECT", project, "IMG_0001.HEIC", heic)
                .statusCode(415)
                .body("detail", containsString("HEIC"));
        int docx = upload(
                        Tokens.OFFICER,
                        "PROJECT",
                        project,
                        "批复.docx",
                        TestFiles.zip("[Content_Types].xml", "word/document.xml"))
                .statusCode(201)
                .body("previewable", equalTo(false))
                .extract()
                .path("id");
        Api.get(Tokens.OFFICER, "/api/attachments/" + docx + "/content")
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment;"));
        upload(Tokens.OFFICER, "PROJECT", project, "台账.xlsx", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"))
                .statusCode(201)
                .body("mediaType", containsString("spreadsheetml"));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
        upload(Tokens.OFFICER, "PROJECT", project, "大文件.pdf", big)
                .statusCode(413)
                .body("code", equalTo("attachment.too_large"));
    }

    @Test
    void anAttachmentIsItsOwnersUnitsOnly() {
        int id = uploaded(Tokens.OFFICER, "FUND", fund, "回单.pdf", TestFiles.pdf());
        Api.get(Tokens.OFFICER2, "/api/attachments/" + id + "/content")
                .statusCode(404)
                .body("code", equalTo("attachment.not_found"));
        listed(Tokens.OFFICER2, "FUND", fund).statusCode(404);
        upload(Tokens.OFFICER2, "FUND", fund, "x.pdf", TestFiles.pdf()).statusCode(404);
        upload(Tokens.LEADER, "FUND", fund, "x.pdf", TestFiles.pdf()).statusCode(403);
        Api.delete(Tokens.OFFICER2, "/api/attachments/" + id).statusCode(404);
        listed(Tokens.LEADER, "FUND", fund)
                .statusCode(200)
                .body("id", hasItems(id))
                .body("canDelete", hasItems(false));
        Api.get(Tokens.UNIT_HEAD, "/api/attachments/" + id + "/content").statusCode(200);
        Api.delete(Tokens.UNIT_HEAD, "/api/attachments/" + id).statusCode(204);
        Api.get(Tokens.OFFICER, "/api/attachments/" + id).statusCode(404);
    }

    @Test
    void aRetriedUploadMakesOneAttachment() {
        String key = UUID.randomUUID().toString();
        int first = uploadWithKey(key).statusCode(201).extract().path("id");
        uploadWithKey(key).statusCode(200).body("id", equalTo(first));
        listed(Tokens.OFFICER, "PROJECT", project).body("$", hasSize(1));
    }

    @Test
    void uploadsDownloadsAndDeletesAreInTheAuditTrail() {
        int id = uploaded(Tokens.OFFICER, "PROJECT", project, "签约协议.pdf", TestFiles.pdf());
        Api.get(Tokens.UNIT_HEAD, "/api/attachments/" + id + "/content").statusCode(200);
        Api.delete(Tokens.OFFICER, "/api/attachments/" + id).statusCode(204);
        List<String> actions = Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Attachment", "id", id)
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).containsExactlyInAnyOrder("CREATE", "DOWNLOAD", "DELETE");
    }

    @Test
    void aVisitsPhotosShowOnTheFirmsTimeline() {
        int firm = EngagementFixtures.firm("附件时间线测试企业有限公司");
        int visit = Api.create(Tokens.OFFICER, "/api/visits", EngagementFixtures.visit(firm, "2026-03-02"));
        int photo = uploaded(Tokens.OFFICER, "VISIT", visit, "现场.png", TestFiles.png(30, 30));
        Api.get(Tokens.OFFICER, "/api/enterprises/" + firm + "/timeline")
                .statusCode(200)
                .body("find { it.kind == 'VISIT' }.photoIds", equalTo(List.of(photo)));
        Api.get(Tokens.OFFICER2, "/api/enterprises/" + firm + "/timeline")
                .body("find { it.kind == 'VISIT' }.photoIds", hasSize(0));
    }

    @Test
    void aDeletedVisitTakesItsPhotosWithIt() {
        int firm = EngagementFixtures.firm("附件随走访删除测试有限公司");
        int visit = Api.create(Tokens.OFFICER, "/api/visits", EngagementFixtures.visit(firm, "2026-03-03"));
        int photo = uploaded(Tokens.OFFICER, "VISIT", visit, "现场.png", TestFiles.png(30, 30));
        List<String> keys = keysOf(photo);
        assertThat(keys).hasSize(2); // the image and its thumbnail

        Api.delete(Tokens.OFFICER, "/api/visits/" + visit, "\"0\"").statusCode(204);

        assertGone(photo, keys);
    }

    @Test
    void aDeletedFundsEntryTakesItsSlipWithIt() {
        int slip = uploaded(Tokens.OFFICER, "FUND", fund, "回单.pdf", TestFiles.pdf());
        List<String> keys = keysOf(slip);

        Api.delete(Tokens.OFFICER, "/api/projects/" + project + "/funds/" + fund, "\"0\"")
                .statusCode(204);

        assertGone(slip, keys);
    }

    @Test
    void aMergedFirmsFilesMoveToTheSurvivingFirm() {
        // No credit codes: two records of one firm, as duplicates are (different codes may not merge).
        int survivor =
                Api.create(Tokens.OFFICER, "/api/enterprises", Map.of("name", "附件合并测试有限公司", "status", "FOLLOWING"));
        int merged =
                Api.create(Tokens.OFFICER, "/api/enterprises", Map.of("name", "附件合并测试（集团）有限公司", "status", "FOLLOWING"));
        int file = uploaded(Tokens.OFFICER, "ENTERPRISE", merged, "营业执照.pdf", TestFiles.pdf());

        Api.post(Tokens.OFFICER, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", merged))
                .statusCode(200);

        listed(Tokens.OFFICER, "ENTERPRISE", survivor).statusCode(200).body("id", hasItems(file));
        Api.get(Tokens.OFFICER, "/api/attachments/" + file + "/content").statusCode(200);
    }

    private static List<String> keysOf(int id) {
        return inTransaction(() -> {
            Attachment a = Attachment.findById((long) id);
            return Stream.of(a.storageKey, a.thumbnailKey)
                    .filter(Objects::nonNull)
                    .toList();
        });
    }

    /** No row, and no bytes left in the store. */
    private void assertGone(int id, List<String> keys) {
        Attachment row = inTransaction(() -> Attachment.findById((long) id));
        assertThat(row).isNull();
        assertThat(keys)
                .isNotEmpty()
                .allSatisfy(
                        key -> assertThatThrownBy(() -> store.open(key).close()).isInstanceOf(IOException.class));
    }

    interface Io<T> {
        T get() throws IOException;
    }

    /** Entities read outside a request need a transaction of their own. */
    private static <T> T inTransaction(Io<T> read) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(read::get);
    }
}
