package io.attract.enterprise;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A firm's name reduced to what tells firms apart, for duplicate detection: half-width characters, no spaces
 * or brackets, no "(集团)", and no legal-form suffix (有限公司, 有限责任公司, 股份有限公司 …).
 * 济南新材料（集团）股份有限公司 and 济南新材料有限公司 share the key 济南新材料.
 */
public final class NameKey {

    private static final Pattern GROUP = Pattern.compile("[(（]集团[)）]");
    private static final Pattern SUFFIX = Pattern.compile("(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|股份公司|公司)$");
    private static final Pattern NOISE = Pattern.compile("[\\s()（）\\[\\]【】·.,，、\"'“”]");

    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = toHalfWidth(name.strip());
        s = GROUP.matcher(s).replaceAll("");
        s = NOISE.matcher(s).replaceAll("");
        String previous;
        do {
            previous = s;
            s = SUFFIX.matcher(s).replaceAll("");
        } while (!s.equals(previous) && !s.isEmpty());
        return s.toLowerCase(Locale.ROOT);
    }

    static String toHalfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x3000) {
                out.append(' ');
            } else if (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF08 && c != 0xFF09) {
                out.appendCodePoint(c - 0xFEE0);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
