package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.OwnerConnection;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #23, item 6: contacts' phone numbers and emails are encrypted at rest and never in the audit trail; the
 * owning unit still reads them whole through the API.
 */
@QuarkusTest
class ContactEncryptionTest {

    private static final String PHONE = "13912345678";
    private static final String EMAIL = "zhang.zong@example.cn";

    @Test
    void theRawColumnsHoldNoPhoneNumberOrEmailAndTheTrailNoValue() throws Exception {
        Fixtures.assign(Tokens.OFFICER, Fixtures.unit(Fixtures.uniqueCode("crypt")));
        Map<String, Object> body = EnterpriseResourceTest.firm("加密联系人测试有限公司");
        body.put("contacts", List.of(Map.of("name", "张总", "title", "董事长", "phone", PHONE, "email", EMAIL)));
        int id = Api.post(Tokens.OFFICER, "/api/enterprises", body)
                .statusCode(201)
                .body("contacts[0].phone", equalTo(PHONE))
                .body("contacts[0].email", equalTo(EMAIL))
                .extract()
                .path("id");

        List<String> stored = new ArrayList<>();
        List<String> trail = new ArrayList<>();
        try (Connection c = OwnerConnection.open()) {
            try (PreparedStatement s =
                    c.prepareStatement("select id, phone, email from enterprise_contact where enterprise_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(2));
                        stored.add(rs.getString(3));
                        trail.addAll(changesOf(c, rs.getLong(1)));
                    }
                }
            }
        }
        assertThat(stored).hasSize(2).allSatisfy(value -> {
            assertThat(value).startsWith("k1:");
            assertThat(value).doesNotContain(PHONE, "12345678", "5678", EMAIL, "example");
        });
        assertThat(stored.get(0)).isNotEqualTo(stored.get(1));
        assertThat(trail).isNotEmpty().allSatisfy(changes -> {
            assertThat(changes).doesNotContain(PHONE, "5678", EMAIL, "k1:");
            assertThat(changes).contains("个人信息");
        });

        Api.get(Tokens.OFFICER, "/api/enterprises/" + id)
                .statusCode(200)
                .body("contacts[0].phone", equalTo(PHONE))
                .body("contacts[0].email", equalTo(EMAIL));
    }

    private static List<String> changesOf(Connection c, long contactId) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select changes::text from audit_event where entity = 'EnterpriseContact' and entity_id = ?")) {
            s.setString(1, String.valueOf(contactId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
