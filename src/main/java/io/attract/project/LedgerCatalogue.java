package io.attract.project;

import io.attract.common.persistence.TupleRecords;
import io.attract.industry.Industry;
import io.attract.space.Park;
import io.attract.space.Site;
import io.attract.space.Zone;
import io.attract.unit.Unit;
import io.attract.user.AppUser;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference lists a ledger names things from — units, industries, zones, parks, sites and users — loaded once
 * per import, so resolving a row never queries the database. Names compare after folding full-width characters.
 */
final class LedgerCatalogue {

    /** Where a project lands: a park, or a site (with the park it is in). */
    record Place(Park park, Site site) {}

    private record Login(String username, String displayName) {}

    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final Map<String, List<Unit>> unitsByName = new HashMap<>();
    private final Map<String, Industry> industries = new HashMap<>();
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, Park> parks = new HashMap<>();
    private final Map<String, List<Site>> sites = new HashMap<>();
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, List<Long>> trips = new HashMap<>();
    private final Map<String, List<Long>> events = new HashMap<>();

    /** The outreach trip and the event a 关联活动/外出招商 cell names, where one of that name is in the system. */
    record Engagement(Long tripId, Long eventId, List<String> unknown) {
        static final Engagement NONE = new Engagement(null, null, List.of());
    }

    static LedgerCatalogue load() {
        LedgerCatalogue c = new LedgerCatalogue();
        Unit.<Unit>listAll().forEach(u -> {
            c.unitsByCode.put(key(u.code), u);
            c.unitsByName.computeIfAbsent(key(u.name), k -> new ArrayList<>()).add(u);
        });
        Industry.<Industry>list("order by retiredOn nulls first, sortOrder, id")
                .forEach(i -> c.industries.putIfAbsent(key(i.name), i));
        Zone.<Zone>listAll().forEach(z -> c.zones.putIfAbsent(key(z.name), z));
        Park.<Park>listAll().forEach(p -> c.parks.putIfAbsent(key(p.name), p));
        Site.<Site>list("from Site s left join fetch s.park")
                .forEach(s -> c.sites
                        .computeIfAbsent(key(s.name), k -> new ArrayList<>())
                        .add(s));
        List<Login> users = TupleRecords.map(
                AppUser.getEntityManager()
                        .createQuery(
                                "select u.username as username, u.displayName as displayName from AppUser u",
                                Tuple.class)
                        .getResultList(),
                Login.class);
        Map<String, List<String>> byDisplayName = new HashMap<>();
        users.stream()
                .filter(u -> u.displayName() != null)
                .forEach(u -> byDisplayName
                        .computeIfAbsent(key(u.displayName()), k -> new ArrayList<>())
                        .add(u.username()));
        byDisplayName.forEach((name, named) -> {
            if (named.size() == 1) {
                c.usernames.put(name, named.get(0));
                c.displayNames.put(name, named.get(0));
            }
        });
        users.forEach(u -> c.usernames.put(key(u.username()), u.username()));
        // trips and events are read by SQL: the project package does not depend on the engagement packages
        named(c.trips, "select id, title from trip");
        named(c.events, "select id, name from investment_event");
        return c;
    }

    @SuppressWarnings("unchecked")
    private static void named(Map<String, List<Long>> into, String sql) {
        List<Object[]> rows = Project.getEntityManager().createNativeQuery(sql).getResultList();
        rows.forEach(r ->
                into.computeIfAbsent(key((String) r[1]), k -> new ArrayList<>()).add(((Number) r[0]).longValue()));
    }

    /**
     * 关联活动/外出招商 (several separated by 、 or ;): each part that is the name of exactly one trip or event links the
     * project to it; the others stay text only, and are told once for the sheet.
     */
    Engagement engagement(String text) {
        if (text == null) {
            return Engagement.NONE;
        }
        Long trip = null;
        Long event = null;
        List<String> unknown = new ArrayList<>();
        for (String part : LedgerColumns.halfWidth(text).split("[、;；,，]")) {
            String name = part.strip();
            List<Long> t = trips.getOrDefault(key(name), List.of());
            List<Long> e = events.getOrDefault(key(name), List.of());
            if (name.isEmpty()) {
                continue;
            } else if (t.size() == 1 && trip == null) {
                trip = t.get(0);
            } else if (e.size() == 1 && event == null) {
                event = e.get(0);
            } else {
                unknown.add(name);
            }
        }
        return new Engagement(trip, event, unknown);
    }

    /** A name the sheet uses for a unit, zone, park or industry that the system does not have (yet). */
    static final class Unresolved extends IllegalArgumentException {
        final LedgerImportOptions.Kind kind;
        final String name;

        Unresolved(LedgerImportOptions.Kind kind, String name) {
            super("“" + name + "”在系统中不存在");
            this.kind = kind;
            this.name = name;
        }
    }

    /** Makes {@code name} stand for {@code record} in this import (a resolution: mapped or just created). */
    void alias(LedgerImportOptions.Kind kind, String name, Object record) {
        switch (kind) {
            case UNIT -> unitsByName.put(key(name), List.of((Unit) record));
            case ZONE -> zones.put(key(name), (Zone) record);
            case PARK -> parks.put(key(name), (Park) record);
            case INDUSTRY -> industries.put(key(name), (Industry) record);
        }
    }

    /** 责任单位 by its code, else by its name (which must then be unique). */
    Unit unit(String text) {
        Unit byCode = unitsByCode.get(key(text));
        if (byCode != null) {
            return byCode;
        }
        List<Unit> named = unitsByName.getOrDefault(key(text), List.of());
        if (named.size() > 1) {
            throw new IllegalArgumentException("有 " + named.size() + " 个单位名为“" + text + "”，请改填单位编码");
        }
        if (named.isEmpty()) {
            throw new Unresolved(LedgerImportOptions.Kind.UNIT, text.strip());
        }
        return named.get(0);
    }

    Industry industry(String text) {
        return found(industries.get(key(text)), LedgerImportOptions.Kind.INDUSTRY, text);
    }

    Zone zone(String text) {
        return found(zones.get(key(text)), LedgerImportOptions.Kind.ZONE, text);
    }

    /** A park by name, else a site by name; "园区/载体" names a site inside a park. */
    Place place(String text) {
        Park park = parks.get(key(text));
        if (park != null) {
            return new Place(park, null);
        }
        List<Site> named = sites.getOrDefault(key(text), List.of());
        if (named.size() == 1) {
            return new Place(named.get(0).park, named.get(0));
        }
        String[] parts = LedgerColumns.halfWidth(text).split("/", 2);
        if (parts.length == 2 && parks.containsKey(key(parts[0]))) {
            Park in = parks.get(key(parts[0]));
            List<Site> inPark = sites.getOrDefault(key(parts[1]), List.of()).stream()
                    .filter(s -> s.park != null && s.park.id.equals(in.id))
                    .toList();
            if (inPark.size() == 1) {
                return new Place(in, inPark.get(0));
            }
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException("有 " + named.size() + " 个载体名为“" + text + "”，请写成“园区名称/载体名称”");
        }
        throw new Unresolved(LedgerImportOptions.Kind.PARK, text.strip());
    }

    /** 责任人 as a username when the name is a known user's (username or display name); else as written. */
    String owner(String text) {
        return usernames.getOrDefault(key(text), text);
    }

    /** 包挂领导 as a user when the name is exactly one user's display name (SponsorLeaders' rule); else null. */
    String sponsor(String text) {
        return text == null ? null : displayNames.get(key(text));
    }

    private static <T> T found(T value, LedgerImportOptions.Kind kind, String text) {
        if (value == null) {
            throw new Unresolved(kind, text.strip());
        }
        return value;
    }

    private static String key(String name) {
        return name == null ? "" : LedgerColumns.canonical(name);
    }
}
