package io.attract.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTagCode;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ranks the target firms of a node (docs/api-chains.md, "Candidate ranking"): points for awarded tags (capped),
 * registered capital, recent visits (capped), an open lead and a followed status; ties by capital, then name in
 * pinyin order. The reasons' points always add up to the score.
 */
public final class CandidateRanking {

    public static final int TAG_CAP = 40;
    public static final int VISIT_POINTS = 6;
    public static final int VISIT_CAP = 24;
    public static final int OPEN_LEAD_POINTS = 6;
    public static final int FOLLOWING_POINTS = 5;
    public static final int SCORE_CAP = 100;
    /** How far back visits count, in days before today. */
    public static final int VISIT_WINDOW_DAYS = 180;

    static final Map<EnterpriseTagCode, Integer> TAG_POINTS = new EnumMap<>(Map.ofEntries(
            Map.entry(EnterpriseTagCode.CHAIN_LEADER, 30),
            Map.entry(EnterpriseTagCode.FORTUNE_500, 25),
            Map.entry(EnterpriseTagCode.UNICORN, 25),
            Map.entry(EnterpriseTagCode.CHINA_500, 20),
            Map.entry(EnterpriseTagCode.PRIVATE_500, 15),
            Map.entry(EnterpriseTagCode.LISTED, 15),
            Map.entry(EnterpriseTagCode.LITTLE_GIANT, 15),
            Map.entry(EnterpriseTagCode.HIDDEN_CHAMPION, 12),
            Map.entry(EnterpriseTagCode.GAZELLE, 12),
            Map.entry(EnterpriseTagCode.INDUSTRY_TOP10, 10),
            Map.entry(EnterpriseTagCode.BACKBONE, 10),
            Map.entry(EnterpriseTagCode.SRDI, 8),
            Map.entry(EnterpriseTagCode.HIGH_TECH, 5)));

    private static final BigDecimal CAPITAL_LARGE = new BigDecimal("100000");
    private static final BigDecimal CAPITAL_MEDIUM = new BigDecimal("10000");
    private static final BigDecimal CAPITAL_SMALL = new BigDecimal("1000");

    public enum ReasonKind {
        TAG,
        CAPITAL,
        VISITS,
        OPEN_LEAD,
        FOLLOWING
    }

    /** Why a candidate scores: the UI words it; {@code tag}, {@code amount} (万元) or {@code count} as the kind needs. */
    @Schema(extensions = @Extension(name = "x-absent-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(
            @Schema(required = true) ReasonKind kind,
            @Schema(required = true) int points,
            EnterpriseTagCode tag,
            BigDecimal amount,
            Integer count) {}

    /** What ranking reads of a firm: tags, registered capital (万元), visits in the window, an open lead, status. */
    public record Candidate(
            long enterpriseId,
            String name,
            Collection<EnterpriseTagCode> tags,
            BigDecimal registeredCapital,
            int recentVisits,
            boolean openLead,
            EnterpriseStatus status) {}

    public record Ranked(Candidate candidate, int score, List<Reason> reasons) {}

    private CandidateRanking() {}

    /** Best first. */
    public static List<Ranked> rank(Collection<Candidate> candidates) {
        return candidates.stream().map(CandidateRanking::score).sorted(ORDER).toList();
    }

    public static Ranked score(Candidate c) {
        List<Reason> reasons = new ArrayList<>();
        int tagRoom = TAG_CAP;
        List<EnterpriseTagCode> tags = c.tags().stream()
                .distinct()
                .sorted(Comparator.comparing((EnterpriseTagCode t) -> -TAG_POINTS.getOrDefault(t, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (EnterpriseTagCode tag : tags) {
            int points = Math.min(TAG_POINTS.getOrDefault(tag, 0), tagRoom);
            if (points > 0) {
                reasons.add(new Reason(ReasonKind.TAG, points, tag, null, null));
                tagRoom -= points;
            }
        }
        int capital = capitalPoints(c.registeredCapital());
        if (capital > 0) {
            reasons.add(new Reason(ReasonKind.CAPITAL, capital, null, c.registeredCapital(), null));
        }
        if (c.recentVisits() > 0) {
            reasons.add(new Reason(
                    ReasonKind.VISITS,
                    Math.min(VISIT_CAP, VISIT_POINTS * c.recentVisits()),
                    null,
                    null,
                    c.recentVisits()));
        }
        if (c.openLead()) {
            reasons.add(new Reason(ReasonKind.OPEN_LEAD, OPEN_LEAD_POINTS, null, null, null));
        }
        if (c.status() == EnterpriseStatus.FOLLOWING) {
            reasons.add(new Reason(ReasonKind.FOLLOWING, FOLLOWING_POINTS, null, null, null));
        }
        return new Ranked(c, capScore(reasons), List.copyOf(reasons));
    }

    /** Trims the last reasons so that their points add up to at most {@link #SCORE_CAP}. */
    private static int capScore(List<Reason> reasons) {
        int total = 0;
        for (int i = 0; i < reasons.size(); i++) {
            Reason r = reasons.get(i);
            int points = Math.min(r.points(), SCORE_CAP - total);
            if (points != r.points()) {
                reasons.set(i, new Reason(r.kind(), points, r.tag(), r.amount(), r.count()));
            }
            total += points;
        }
        reasons.removeIf(r -> r.points() == 0);
        return total;
    }

    static int capitalPoints(BigDecimal capital) {
        if (capital == null || capital.signum() <= 0) {
            return 0;
        }
        if (capital.compareTo(CAPITAL_LARGE) >= 0) {
            return 25;
        }
        if (capital.compareTo(CAPITAL_MEDIUM) >= 0) {
            return 18;
        }
        return capital.compareTo(CAPITAL_SMALL) >= 0 ? 10 : 4;
    }

    private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt((Ranked r) -> -r.score())
            .thenComparing(
                    r -> r.candidate().registeredCapital() == null
                            ? BigDecimal.ZERO
                            : r.candidate().registeredCapital(),
                    Comparator.reverseOrder())
            .thenComparing(r -> r.candidate().name(), PINYIN)
            .thenComparingLong(r -> r.candidate().enterpriseId());
}
