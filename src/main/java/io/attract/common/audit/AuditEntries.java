package io.attract.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.audit.AuditCatalogue.Field;
import io.attract.common.audit.AuditCatalogue.Kind;
import io.attract.common.audit.AuditEntryView.Change;
import io.attract.common.time.BusinessDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A page of the trail in words, for the audit page and its export alike: keys and names looked up once a page. */
@ApplicationScoped
public class AuditEntries {

    /** The one date-time format of the trail: Beijing time to the minute. */
    public static final String SYSTEM_NAME = "系统";

    static final Set<String> SYSTEM_LOGINS = Set.of(AuditActor.SYSTEM, "anonymous");
    private static final String LINK = "EventProject";

    @Inject
    AuditKeys keys;

    @Inject
    ObjectMapper mapper;

    public static boolean system(String login) {
        return login == null || SYSTEM_LOGINS.contains(login);
    }

    public List<AuditEntryView> read(List<AuditEvent> events) {
        ObjectMapper json = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<JsonNode> changes = new ArrayList<>();
        Lookups lookups = new Lookups();
        for (AuditEvent e : events) {
            JsonNode node = parse(json, e);
            changes.add(node);
            lookups.user(e.actor);
            recordRefs(e, lookups);
            if (node != null) {
                node.fields()
                        .forEachRemaining(f -> field(e.entity, f.getKey()).ifPresent(spec -> {
                            refs(f.getValue().get("before"), spec, lookups);
                            refs(f.getValue().get("after"), spec, lookups);
                        }));
            }
        }
        Resolved resolved = new Resolved(keys.keys(lookups.ids), keys.people(lookups.logins));
        List<AuditEntryView> views = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            // The stored changes as read before (numbers as JSON numbers), beside the decimals read for display.
            views.add(view(events.get(i), changes.get(i), parse(mapper, events.get(i)), resolved));
        }
        return views;
    }

    private AuditEntryView view(AuditEvent e, JsonNode node, JsonNode raw, Resolved resolved) {
        List<Change> changes = new ArrayList<>();
        if (node != null) {
            node.fields().forEachRemaining(f -> {
                String name = f.getKey();
                if (AuditCatalogue.noise(name)) {
                    return;
                }
                Field spec = field(e.entity, name).orElse(new Field(name, Kind.TEXT, Map.of(), null));
                if (spec.kind() == Kind.HIDDEN) {
                    return;
                }
                String before = text(f.getValue().get("before"), spec, resolved);
                String after = text(f.getValue().get("after"), spec, resolved);
                if ((before != null || after != null) && !Objects.equals(before, after)) {
                    changes.add(new Change(name, spec.label(), before, after));
                }
            });
        }
        return new AuditEntryView(
                e.id,
                e.occurredAt,
                e.actor,
                resolved.person(e.actor),
                system(e.actor),
                e.remoteAddress,
                e.action,
                e.entity,
                AuditCatalogue.label(e.entity),
                e.entityId,
                record(e, node, resolved),
                raw,
                changes);
    }

    private static String record(AuditEvent e, JsonNode node, Resolved resolved) {
        if (e.entityId == null) {
            return null;
        }
        if ("Session".equals(e.entity)) {
            return resolved.person(e.entityId);
        }
        if ("Export".equals(e.entity)) {
            return e.entityId;
        }
        if ("AuditEvent".equals(e.entity)) {
            return "早于 " + time(e.entityId);
        }
        if (LINK.equals(e.entity) && e.entityId.contains(":")) {
            String[] ids = e.entityId.split(":", 2);
            return resolved.key("InvestmentEvent", ids[0]) + " · " + resolved.key("Project", ids[1]);
        }
        if (!AuditKeys.keyed(e.entity)) {
            return e.entityId;
        }
        String key = resolved.found(e.entity, e.entityId);
        return key != null ? key : gone(e.entityId, node);
    }

    /** A record that is gone is named by what its row said (a delete keeps the values), else by its id. */
    private static String gone(String id, JsonNode node) {
        if (node != null) {
            List<String> parts = new ArrayList<>();
            for (String field : List.of("code", "name", "title", "month")) {
                JsonNode pair = node.get(field);
                JsonNode value =
                        pair == null ? null : pair.hasNonNull("before") ? pair.get("before") : pair.get("after");
                if (value != null && !value.isNull()) {
                    parts.add(value.asText());
                }
            }
            if (!parts.isEmpty()) {
                return String.join(" ", parts);
            }
        }
        return "#" + id;
    }

    private static String text(JsonNode value, Field spec, Resolved resolved) {
        if (value == null || value.isNull() || (value.isTextual() && "[]".equals(value.asText()))) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String text = text(item, spec, resolved);
                if (text != null) {
                    items.add(text);
                }
            });
            return items.isEmpty() ? null : String.join("、", items);
        }
        String raw = value.isObject() && value.has("ref")
                ? value.get("ref").asText()
                : value.isBigDecimal() || value.isDouble() ? plain(value.decimalValue()) : value.asText();
        return switch (spec.kind()) {
            case ENUM -> choice(raw, spec.values());
            case REF -> resolved.key(spec.refType(), raw);
            case USER -> resolved.person(raw);
            case BOOL -> Boolean.parseBoolean(raw) ? "是" : "否";
            case TIME -> time(raw);
            default -> raw;
        };
    }

    /** An enum value in Chinese; a tag with its list year ("CHAIN_LEADER@2023") keeps the year. */
    private static String choice(String raw, Map<String, String> values) {
        int at = raw.indexOf('@');
        String value = at < 0 ? raw : raw.substring(0, at);
        String label = values.getOrDefault(value, value);
        return at < 0 ? label : label + "(" + raw.substring(at + 1) + ")";
    }

    static String time(String instant) {
        try {
            return BusinessDates.minute(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void recordRefs(AuditEvent e, Lookups lookups) {
        if (e.entityId == null) {
            return;
        }
        if ("Session".equals(e.entity)) {
            lookups.user(e.entityId);
        } else if (LINK.equals(e.entity) && e.entityId.contains(":")) {
            String[] ids = e.entityId.split(":", 2);
            lookups.id("InvestmentEvent", ids[0]);
            lookups.id("Project", ids[1]);
        } else {
            lookups.id(e.entity, e.entityId);
        }
    }

    private static void refs(JsonNode value, Field spec, Lookups lookups) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> refs(item, spec, lookups));
            return;
        }
        String raw = value.isObject() && value.has("ref") ? value.get("ref").asText() : value.asText();
        if (spec.kind() == Kind.REF) {
            lookups.id(spec.refType(), raw);
        } else if (spec.kind() == Kind.USER) {
            lookups.user(raw);
        }
    }

    private static Optional<Field> field(String entity, String field) {
        return AuditCatalogue.type(entity).flatMap(t -> t.field(field));
    }

    private static JsonNode parse(ObjectMapper json, AuditEvent e) {
        try {
            return e.changes == null ? null : json.readTree(e.changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit row " + e.id, ex);
        }
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a page needs looked up. */
    private static final class Lookups {
        final Map<String, Set<Long>> ids = new HashMap<>();
        final Set<String> logins = new LinkedHashSet<>();

        void id(String type, String text) {
            Long id = id(text);
            if (id != null && AuditKeys.keyed(type)) {
                ids.computeIfAbsent(type, t -> new HashSet<>()).add(id);
            }
        }

        void user(String login) {
            if (!system(login)) {
                logins.add(login);
            }
        }

        private static Long id(String text) {
            return AuditEntries.id(text);
        }
    }

    private record Resolved(Map<String, Map<Long, String>> keys, Map<String, String> people) {

        String key(String type, String id) {
            String key = found(type, id);
            return key != null ? key : "#" + id;
        }

        String found(String type, String id) {
            Long number = AuditEntries.id(id);
            return number == null ? null : keys.getOrDefault(type, Map.of()).get(number);
        }

        String person(String login) {
            return system(login) ? SYSTEM_NAME : people.getOrDefault(login, login);
        }
    }
}
