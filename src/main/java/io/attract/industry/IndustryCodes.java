package io.attract.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GB/T 4754-2017 (国民经济行业分类) shipped with the application: its sections (门类, C) and divisions (大类, C27),
 * so a stored code is shown with its name wherever it stands ("C27 医药制造业"). A finer code (中类, 小类) is shown
 * with the name of its division.
 */
public final class IndustryCodes {

    public static final int EDITION = 2017;

    private static final String FILE = "industry/gbt4754-" + EDITION + ".tsv";

    public record Code(String code, String name) {}

    public record CodeList(int edition, List<Code> items) {}

    private static final Map<String, String> NAMES = read();

    private IndustryCodes() {}

    public static CodeList list() {
        List<Code> items = new ArrayList<>();
        NAMES.forEach((code, name) -> items.add(new Code(code, name)));
        return new CodeList(EDITION, Collections.unmodifiableList(items));
    }

    /** C27 → "C27 医药制造业"; C2710 → "C2710（C27 医药制造业）"; a code the list lacks stays as it is; null stays null. */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String name = NAMES.get(code);
        if (name != null) {
            return code + " " + name;
        }
        String division = code.length() > 3 ? code.substring(0, 3) : null;
        return division != null && NAMES.containsKey(division)
                ? code + "（" + division + " " + NAMES.get(division) + "）"
                : code;
    }

    /** The code of a cell as exports write it ("C27 医药制造业" → C27), or as typed (c27 → C27). */
    public static String codeOf(String cell) {
        if (cell == null) {
            return null;
        }
        String code = cell.strip().split("[\\s（(]", 2)[0];
        return code.toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> read() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = IndustryCodes.class.getClassLoader().getResourceAsStream(FILE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    names.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
