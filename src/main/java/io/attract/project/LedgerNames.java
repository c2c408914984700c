package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.text.NameSuggestions;
import io.attract.industry.Industry;
import io.attract.project.LedgerImportOptions.Action;
import io.attract.project.LedgerImportOptions.Kind;
import io.attract.project.LedgerImportOptions.Resolution;
import io.attract.project.LedgerReport.Suggestion;
import io.attract.project.LedgerReport.Unresolved;
import io.attract.space.Park;
import io.attract.space.ParkStatus;
import io.attract.space.Zone;
import io.attract.space.ZoneKind;
import io.attract.unit.Unit;
import io.attract.unit.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of units, zones, parks and industries a ledger uses that the system does not have: each is told once,
 * with the rows that use it and the near misses among the system's records, and the user's answer is applied
 * before the rows are read — another name of an existing record, or (statisticians and admins) a new record made
 * in the import's own transaction, so a refused or trial import leaves nothing behind.
 */
final class LedgerNames {

    /** A name as compared (folded), so 北园街道 and "北园街道 " are one. */
    private record Key(Kind kind, String folded) {}

    private record Uses(String name, List<Integer> rows) {}

    private final Map<Key, Uses> rowsByName = new LinkedHashMap<>();

    void add(Kind kind, String name, int row) {
        rowsByName
                .computeIfAbsent(new Key(kind, LedgerColumns.canonical(name)), k -> new Uses(name, new ArrayList<>()))
                .rows()
                .add(row);
    }

    boolean isEmpty() {
        return rowsByName.isEmpty();
    }

    /** Each unknown name once, with its rows and up to 3 suggestions. */
    List<Unresolved> report(boolean mayCreate) {
        Map<Kind, List<Suggestion>> records = new LinkedHashMap<>();
        List<Unresolved> out = new ArrayList<>();
        rowsByName.forEach((key, uses) -> {
            List<Suggestion> all = records.computeIfAbsent(key.kind(), LedgerNames::records);
            List<Integer> rows = uses.rows();
            out.add(new Unresolved(
                    key.kind(),
                    uses.name(),
                    List.copyOf(rows),
                    rows.size(),
                    suggestions(uses.name(), all),
                    mayCreate && key.kind() != Kind.INDUSTRY));
        });
        return out;
    }

    /** Applies the user's answers to the catalogue; 403 when a role that may not create records asks to. */
    static void apply(List<Resolution> resolutions, LedgerCatalogue catalogue, boolean mayCreate) {
        for (Resolution r : resolutions) {
            Object record = r.action() == Action.MAP ? existing(r) : create(r, mayCreate);
            catalogue.alias(r.kind(), r.name(), record);
        }
    }

    /** The records a name of each kind can stand for. */
    private static Class<?> entity(Kind kind) {
        return switch (kind) {
            case UNIT -> Unit.class;
            case ZONE -> Zone.class;
            case PARK -> Park.class;
            case INDUSTRY -> Industry.class;
        };
    }

    private static Object existing(Resolution r) {
        Object record = Unit.getEntityManager().find(entity(r.kind()), r.id());
        if (record == null) {
            throw ApiException.invalid(
                    "options", "import.bad_options", "“" + r.name() + "”要对应的记录（编号 " + r.id() + "）不存在，请重新选择。");
        }
        return record;
    }

    private static Object create(Resolution r, boolean mayCreate) {
        if (!mayCreate) {
            throw new ApiException(
                    403,
                    "import.create_forbidden",
                    "只有统计员和系统管理员可以在导入时新建单位、组团或园区；请把“" + r.name() + "”对应到已有的记录，或请统计员导入。");
        }
        String name = r.name().strip();
        switch (r.kind()) {
            case UNIT -> {
                Unit unit = new Unit();
                unit.name = name;
                unit.code = freeCode("DW", "org_unit");
                unit.kind = name.matches(".*(街道|办事处|镇)$")
                        ? UnitKind.STREET
                        : name.matches(".*(园区|管委会|管理委员会)$") ? UnitKind.PARK : UnitKind.DEPARTMENT;
                unit.persist();
                return unit;
            }
            case ZONE -> {
                Zone zone = new Zone();
                zone.name = name;
                zone.code = freeCode("zt", "zone"); // the codes a person would give: lower case, as the form asks
                zone.kind = ZoneKind.CLUSTER;
                zone.sortOrder = ((Number) Zone.getEntityManager()
                                .createNativeQuery("select coalesce(max(sort_order), 0) + 1 from zone")
                                .getSingleResult())
                        .intValue();
                zone.persist();
                return zone;
            }
            case PARK -> {
                Park park = new Park();
                park.name = name;
                park.code = freeCode("yq", "park");
                park.status = ParkStatus.OPERATING;
                park.persist();
                return park;
            }
            default ->
                throw ApiException.invalid(
                        "options", "import.bad_options", "产业（4+N）是固定的目录，不能在导入时新建：请把“" + name + "”对应到已有的产业。");
        }
    }

    /** The first code PREFIX-n not taken in {@code table}. */
    private static String freeCode(String prefix, String table) {
        List<?> taken = Unit.getEntityManager()
                .createNativeQuery("select code from " + table + " where code like ?1")
                .setParameter(1, prefix + "-%")
                .getResultList();
        int n = taken.size() + 1;
        while (taken.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    private static List<Suggestion> suggestions(String name, List<Suggestion> records) {
        return NameSuggestions.suggest(name, records, Suggestion::name);
    }

    private static List<Suggestion> records(Kind kind) {
        return Unit.getEntityManager()
                .createQuery("select e.id, e.name from " + entity(kind).getSimpleName() + " e", Object[].class)
                .getResultList()
                .stream()
                .map(r -> new Suggestion(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }
}
