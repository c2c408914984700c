package io.attract.enterprise;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * What a search matches against: each name (current and former) as written, its full pinyin and its pinyin
 * initials, lower-cased, separated by '|' so that a query never matches across two of them.
 * For a character with several readings the first (most common) one is used.
 */
public final class SearchKeys {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private SearchKeys() {}

    public static String of(String name, String... formerNames) {
        Set<String> keys = new LinkedHashSet<>();
        add(keys, name);
        if (formerNames != null) {
            for (String former : formerNames) {
                add(keys, former);
            }
        }
        return String.join("|", keys);
    }

    /** A query as the keys are written: half-width, lower-case, no spaces. */
    public static String query(String q) {
        return NameKey.toHalfWidth(q.strip()).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static void add(Set<String> keys, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String plain = query(name);
        keys.add(plain);
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (char c : plain.toCharArray()) {
            String reading = reading(c);
            if (reading != null) {
                full.append(reading);
                initials.append(reading.charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                full.append(c);
                initials.append(c);
            }
        }
        keys.add(full.toString());
        keys.add(initials.toString());
    }

    private static String reading(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
