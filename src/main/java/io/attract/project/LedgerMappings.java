package io.attract.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.text.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mappings users confirmed, by the shape of the sheet's header (its folded headers in order): an applied
 * import remembers its mapping, and the preview of a sheet of the same shape starts from it.
 */
final class LedgerMappings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerMappings() {}

    static String shape(List<String> headers) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("|", headers.stream().map(Text::compact).toList())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Map<Integer, LedgerField>> remembered(List<String> headers) {
        List<?> found = Project.getEntityManager()
                .createNativeQuery("select cast(mapping as text) from ledger_import_mapping where shape = ?1")
                .setParameter(1, shape(headers))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<Integer, LedgerField> mapping =
                    JSON.readValue((String) found.get(0), new TypeReference<Map<Integer, LedgerField>>() {});
            return Optional.of(mapping);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a field that no longer exists: ask again
        }
    }

    /** In the import's transaction: the mapping of every column, as applied. */
    static void remember(List<String> headers, Map<Integer, LedgerColumns.Recognised> columns, String username) {
        Map<Integer, LedgerField> mapping = new HashMap<>();
        columns.forEach((i, r) -> mapping.put(i, r.field()));
        String json;
        try {
            json = JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Project.getEntityManager()
                .createNativeQuery("""
                insert into ledger_import_mapping (shape, mapping, updated_by, updated_at)
                values (?1, cast(?2 as jsonb), ?3, ?4)
                on conflict (shape) do update set mapping = excluded.mapping, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .setParameter(1, shape(headers))
                .setParameter(2, json)
                .setParameter(3, username)
                .setParameter(4, Instant.now())
                .executeUpdate();
    }
}
