package io.attract.project;

import io.attract.enterprise.CreditCode;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.NameKey;
import io.attract.unit.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each investor a ledger names in the target library — by credit code, else by name key — or prepares it as
 * a new firm (owned by the row's unit, status 已转化). A firm named in several rows is added once. New firms are
 * only persisted by {@link #persistNew()}, when the import is applied.
 */
final class LedgerInvestors {

    private final LedgerExisting existing;
    private final String username;
    private final Map<String, Enterprise> newByCode = new HashMap<>();
    private final Map<String, Enterprise> newByKey = new HashMap<>();
    private final List<Enterprise> created = new ArrayList<>();

    LedgerInvestors(LedgerExisting existing, String username) {
        this.existing = existing;
        this.username = username;
    }

    /** The row's investors in order, without repeats. */
    List<Enterprise> resolve(LedgerRow row) {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < row.investors().size(); i++) {
            LedgerRow.Investor investor = row.investors().get(i);
            Enterprise firm = find(investor);
            if (firm == null) {
                firm = prepare(investor, row.unit(), i == 0 ? row.investorDetails() : null);
            }
            if (!firms.contains(firm)) {
                firms.add(firm);
            }
        }
        return firms;
    }

    int newFirms() {
        return created.size();
    }

    void persistNew() {
        created.forEach(e -> e.persist());
    }

    private Enterprise find(LedgerRow.Investor investor) {
        String code = investor.creditCode();
        if (code != null) {
            Enterprise byCode = existing.enterprisesByCode.get(code);
            while (byCode != null && byCode.mergedInto != null) {
                byCode = byCode.mergedInto;
            }
            if (byCode != null) {
                return byCode;
            }
            if (newByCode.containsKey(code)) {
                return newByCode.get(code);
            }
        }
        String key = NameKey.of(investor.name());
        for (Enterprise byKey : new Enterprise[] {existing.enterprisesByKey.get(key), newByKey.get(key)}) {
            if (byKey != null && (code == null || byKey.creditCode == null || code.equals(byKey.creditCode))) {
                return byKey;
            }
        }
        return null;
    }

    private Enterprise prepare(LedgerRow.Investor investor, Unit unit, LedgerRow.InvestorDetails details) {
        Enterprise firm = new Enterprise();
        firm.name = investor.name();
        firm.creditCode = investor.creditCode();
        firm.ownerUnit = unit;
        firm.ownerUsername = username;
        firm.status = EnterpriseStatus.CONVERTED;
        if (details != null) {
            firm.nature = details.nature();
            firm.tags.addAll(details.tags());
            firm.regionCode = details.regionCode();
            firm.countryCode = details.countryCode();
        }
        if (firm.regionCode == null && firm.countryCode == null && firm.creditCode != null) {
            firm.regionCode = CreditCode.regionCode(firm.creditCode);
        }
        if (firm.creditCode != null) {
            newByCode.put(firm.creditCode, firm);
        }
        newByKey.putIfAbsent(NameKey.of(firm.name), firm);
        created.add(firm);
        return firm;
    }
}
