package io.attract.reminder;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.text.Blank;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The units' group robots, kept by the admin (系统管理 → 提醒设置). */
@ApplicationScoped
@Transactional
public class UnitWebhooks {

    @Inject
    UnitRepository units;

    public List<WebhookView> list() {
        Map<Long, UnitWebhook> hooks = UnitWebhook.<UnitWebhook>listAll().stream()
                .collect(Collectors.toMap(h -> h.unit.id, Function.identity()));
        return units.listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(u -> view(u, hooks.get(u.id)))
                .toList();
    }

    public Optional<UnitWebhook> of(long unitId) {
        return UnitWebhook.find("unit.id", unitId).firstResultOptional();
    }

    /** Sets a unit's robot: If-Match when one is set already (a first one needs none). */
    public WebhookView put(long unitId, WebhookRequest r, String ifMatch) {
        Unit unit =
                units.findByIdOptional(unitId).orElseThrow(() -> ApiException.notFound("unit.not_found", "找不到该责任单位。"));
        UnitWebhook hook = of(unitId).orElse(null);
        if (hook == null) {
            hook = new UnitWebhook();
            hook.unit = unit;
        } else {
            IfMatch.check(ifMatch, hook.version);
        }
        hook.kind = r.kind();
        hook.url = r.url().strip();
        if (r.secret() != null) {
            hook.secret = Blank.toNull(r.secret()) == null ? null : r.secret().strip();
        }
        if (hook.kind == WebhookKind.WECOM) {
            hook.secret = null;
        }
        hook.updatedAt = Instant.now();
        hook.persistAndFlush();
        return view(unit, hook);
    }

    public void delete(long unitId, String ifMatch) {
        UnitWebhook hook = of(unitId).orElseThrow(() -> ApiException.notFound("webhook.not_found", "该单位未设置群机器人。"));
        IfMatch.check(ifMatch, hook.version);
        hook.delete();
    }

    private static WebhookView view(Unit u, UnitWebhook h) {
        return new WebhookView(
                u.id,
                u.code,
                u.name,
                h == null ? null : h.kind,
                h == null ? null : h.url,
                h != null && h.secret != null,
                h == null ? null : h.version);
    }
}
