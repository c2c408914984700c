package db.migration;

import io.attract.enterprise.SearchKeys;
import io.attract.project.Project;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Re-keys the search text of every firm and project with pinyin read by words (ADR 0027): Java computes the keys
 * (SearchKeys), so this migration is Java. It reads the rows by id in chunks and writes only the rows whose keys
 * changed; the firms first, then the projects, whose keys hold their investors' names. In the migration's
 * transaction, like every migration: the keys change with the version that reads them, or not at all.
 */
public class V26__search_keys_by_words extends BaseJavaMigration {

    private static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        rekey(
                c,
                "enterprise",
                "select id, search_text, name, former_names from enterprise where id > ? order by id limit ?",
                rs -> SearchKeys.of(rs.getString(3), strings(rs.getArray(4))));
        rekey(c, "project", """
                select p.id, p.search_text, p.code, p.name,
                       array(select e.name from project_investor i join enterprise e on e.id = i.enterprise_id
                             where i.project_id = p.id order by i.position) as investors
                from project p where p.id > ? order by p.id limit ?""", rs -> Project.searchText(rs.getString(3), rs.getString(4), strings(rs.getArray(5))));
    }

    /** The search text of the current row of a chunk. */
    private interface Keys {
        String of(ResultSet row) throws SQLException;
    }

    /** Each chunk of {@code select} (id, search_text, then the key's sources), its changed rows updated at once. */
    private static void rekey(Connection c, String table, String select, Keys keysOf) throws SQLException {
        long after = 0;
        while (true) {
            List<Object[]> changed = new ArrayList<>();
            int read = 0;
            try (PreparedStatement s = c.prepareStatement(select)) {
                s.setLong(1, after);
                s.setInt(2, CHUNK);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getLong(1);
                        String keys = keysOf.of(rs);
                        if (!keys.equals(rs.getString(2))) {
                            changed.add(new Object[] {keys, after});
                        }
                    }
                }
            }
            if (!changed.isEmpty()) {
                try (PreparedStatement u =
                        c.prepareStatement("update " + table + " set search_text = ? where id = ?")) {
                    for (Object[] row : changed) {
                        u.setString(1, (String) row[0]);
                        u.setLong(2, (Long) row[1]);
                        u.addBatch();
                    }
                    u.executeBatch();
                }
            }
            if (read < CHUNK) {
                return;
            }
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
