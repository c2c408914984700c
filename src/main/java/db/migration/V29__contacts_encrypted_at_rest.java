package db.migration;

import io.attract.common.crypto.PersonalDataCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Contacts' phone numbers and emails encrypted at rest (ADR 0031): the columns become text (a sealed value is
 * longer than the 30 characters a phone had) and every value written before is sealed with the current key. Java,
 * because the key is the application's, never the database's. Without a key the migration, and so the start,
 * fails with the reason.
 */
public class V29__contacts_encrypted_at_rest extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataCipher cipher = PersonalDataCipher.configured();
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table enterprise_contact alter column phone type text, alter column email type text");
        }
        try (PreparedStatement read = c.prepareStatement(
                        "select id, phone, email from enterprise_contact where phone is not null or email is not null");
                PreparedStatement write =
                        c.prepareStatement("update enterprise_contact set phone = ?, email = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            int batched = 0;
            while (rs.next()) {
                write.setString(1, seal(cipher, rs.getString(2)));
                write.setString(2, seal(cipher, rs.getString(3)));
                write.setLong(3, rs.getLong(1));
                write.addBatch();
                if (++batched % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    private static String seal(PersonalDataCipher cipher, String plain) {
        return plain == null || plain.isEmpty() ? plain : cipher.encrypt(plain);
    }
}
