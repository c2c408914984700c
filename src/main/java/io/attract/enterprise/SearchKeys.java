package io.attract.enterprise;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.spi.IPinyinSegment;
import com.github.houbb.pinyin.support.segment.PinyinSegments;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * What a search matches against: each name (current and former) as written, its full pinyin and its pinyin
 * initials, lower-cased, separated by '|' so that a query never matches across two of them (ADR 0027).
 *
 * <p>Pinyin is read by words: the words of houbb/pinyin's phrase dictionary in their reading there (银行 "yinhang",
 * 重庆 "chongqing", 厦门 "xiamen"), every other character in its first (most common) reading as pinyin4j lists it.
 * Where a word changed a character's reading, the name with each character in its first reading follows as well
 * ("yinxing"): the keys of before, so no search that found a firm then misses it now, and a name the dictionary
 * cuts wrongly (工商行政 as 工·商行·政) is still found by its characters' common readings. A name without such a word
 * has one pair of pinyin keys, as before.
 */
public final class SearchKeys {

    private static final Pattern SYLLABLE = Pattern.compile("[a-z]+");
    private static final IPinyinSegment WORDS = PinyinSegments.defaults();
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        // The libraries load their dictionaries on first use; doing it here, in the class's initialisation, means
        // no two requests ever race to load them (about 0.7 s, once per process).
        byWords("银行");
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
        addPinyin(keys, plain, SearchKeys::byWords);
        addPinyin(keys, plain, SearchKeys::byCharacters);
    }

    /**
     * The full pinyin and the initials of {@code plain}: each run of Chinese characters read by {@code reader}
     * (one reading per character, null where none), ASCII letters and digits kept as they stand, the rest dropped.
     */
    private static void addPinyin(Set<String> keys, String plain, Function<String, List<String>> reader) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        int i = 0;
        while (i < plain.length()) {
            char c = plain.charAt(i);
            if (isHan(c)) {
                int end = i;
                while (end < plain.length() && isHan(plain.charAt(end))) {
                    end++;
                }
                for (String reading : reader.apply(plain.substring(i, end))) {
                    if (reading != null) {
                        full.append(reading);
                        initials.append(reading.charAt(0));
                    }
                }
                i = end;
            } else {
                if (Character.isLetterOrDigit(c) && c < 128) {
                    full.append(c);
                    initials.append(c);
                }
                i++;
            }
        }
        keys.add(full.toString());
        keys.add(initials.toString());
    }

    /** A run of Chinese characters cut into the dictionary's words: a word in its reading, one per character. */
    static List<String> byWords(String run) {
        List<String> out = new ArrayList<>(run.length());
        for (String segment : WORDS.segment(run)) {
            List<String> word = segment.length() > 1 ? word(segment) : null;
            out.addAll(word != null ? word : byCharacters(segment));
        }
        return out;
    }

    /** A word's reading, one syllable per character; null when the library does not read it so. */
    private static List<String> word(String segment) {
        String[] readings =
                PinyinHelper.toPinyin(segment, PinyinStyleEnum.NORMAL).split(" ");
        if (readings.length != segment.length()) {
            return null;
        }
        List<String> out = new ArrayList<>(readings.length);
        for (String reading : readings) {
            String s = reading.replace('ü', 'v').toLowerCase(Locale.ROOT);
            if (!SYLLABLE.matcher(s).matches()) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    /** Each character in its first (most common) reading; null for a character without one. */
    static List<String> byCharacters(String run) {
        List<String> out = new ArrayList<>(run.length());
        for (char c : run.toCharArray()) {
            out.add(firstReading(c));
        }
        return out;
    }

    private static String firstReading(char c) {
        try {
            String[] readings = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
