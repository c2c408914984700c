package io.attract.common.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Near misses for a name a sheet mentions that the system does not have (责任单位, 组团, 园区, 产业): up to three known
 * things, best first, that likely are the same, so a message can ask “是否为：北园街道办事处？”. Names compare without
 * spaces and full-width forms, and without the endings that only say what kind of body it is (街道办事处, 管委会, 组团,
 * 园区, 有限公司 …). Equal names come first, then one name inside the other (北园街道 ~ 北园街道办事处, 天桥东街街道 ~
 * 天桥东街道办事处), then abbreviations (投促局 ~ 区投资促进局: its characters in order) and close spellings
 * (character-bigram Dice ≥ {@link #SIMILAR}). Sharing only the kind of body (北园街道, 药山街道) suggests nothing.
 */
public final class NameSuggestions {

    public static final int MAX = 3;
    /** Dice similarity of character bigrams above which two names are spelt alike: 天桥东街 ~ 天桥东接 is 0.67. */
    public static final double SIMILAR = 0.5;

    /** Longest first, so 街道办事处 goes before 办事处; stripped repeatedly while two characters remain. */
    private static final List<String> KIND_ENDINGS = List.of(
            "街道办事处", "管理委员会", "有限责任公司", "股份有限公司", "人民政府", "产业园区", "有限公司", "办事处", "管委会", "委员会", "产业园", "街道", "园区", "组团",
            "片区");

    private static final int EQUAL = 3;
    private static final int CONTAINED = 2;
    private static final int ALIKE = 1;

    private record Scored<T>(T candidate, int closeness, double similarity) {}

    private NameSuggestions() {}

    /** Up to {@link #MAX} of the candidates, best first, whose names likely mean the same thing as the written name. */
    public static <T> List<T> suggest(
            String written, Collection<? extends T> candidates, Function<? super T, String> nameOf) {
        String name = compact(written);
        if (name.isEmpty()) {
            return List.of();
        }
        String key = withoutKind(name);
        List<Scored<T>> close = new ArrayList<>();
        for (T candidate : candidates) {
            String other = compact(nameOf.apply(candidate));
            if (other.isEmpty()) {
                continue;
            }
            String otherKey = withoutKind(other);
            int closeness = key.equals(otherKey)
                    ? EQUAL
                    : contains(key, otherKey)
                            ? CONTAINED
                            : abbreviates(name, other) || dice(key, otherKey) >= SIMILAR ? ALIKE : 0;
            if (closeness > 0) {
                close.add(new Scored<>(candidate, closeness, dice(name, other)));
            }
        }
        return close.stream()
                .sorted(Comparator.<Scored<T>>comparingInt(Scored::closeness)
                        .thenComparingDouble(Scored::similarity)
                        .reversed())
                .limit(MAX)
                .map(Scored::candidate)
                .toList();
    }

    /** Half-width, lower-case, without spaces or brackets. */
    static String compact(String name) {
        return name == null
                ? ""
                : Text.halfWidth(name).replaceAll("[\\s()\\[\\]【】“”\"]", "").toLowerCase(Locale.ROOT);
    }

    /** 天桥东街街道 → 天桥东街, 新材料产业园区 → 新材料; never shorter than two characters. */
    static String withoutKind(String name) {
        for (String ending : KIND_ENDINGS) {
            if (name.endsWith(ending) && name.length() - ending.length() >= 2) {
                return withoutKind(name.substring(0, name.length() - ending.length()));
            }
        }
        return name;
    }

    private static boolean contains(String a, String b) {
        return Math.min(a.length(), b.length()) >= 2 && (a.contains(b) || b.contains(a));
    }

    /** One name of three or more characters found, in order, in a longer one: 投促局 in 区投资促进局. */
    private static boolean abbreviates(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 3 || shorter.length() == longer.length()) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
    }

    /** Dice coefficient of the two names' sets of adjacent character pairs; 0 when either has none. */
    static double dice(String a, String b) {
        Set<String> pairsOfA = bigrams(a);
        Set<String> pairsOfB = bigrams(b);
        if (pairsOfA.isEmpty() || pairsOfB.isEmpty()) {
            return 0;
        }
        long shared = pairsOfA.stream().filter(pairsOfB::contains).count();
        return 2.0 * shared / (pairsOfA.size() + pairsOfB.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }
}
