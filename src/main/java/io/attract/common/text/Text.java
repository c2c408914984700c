package io.attract.common.text;

import java.util.Locale;

/** Text as people type it in Chinese office software, folded so that equal things compare equal. */
public final class Text {

    private Text() {}

    /** Full-width letters, digits and punctuation folded to half-width; the ideographic space to a space. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .forEach(c -> out.appendCodePoint(c == 0x3000 ? ' ' : c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
        return out.toString().strip();
    }

    /** Half-width, without any whitespace (line breaks inside cells too), upper case: how names and headers compare. */
    public static String compact(String s) {
        return s == null ? "" : halfWidth(s).replaceAll("[\\s\\u00A0]+", "").toUpperCase(Locale.ROOT);
    }
}
