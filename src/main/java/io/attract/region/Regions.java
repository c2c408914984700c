package io.attract.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The GB/T 2260 code list (province, prefecture, county) shipped with the application, read once: the pickers of
 * origin regions choose from it; a province (370000) or a prefecture (370100) stands for every code below it.
 */
@ApplicationScoped
public class Regions {

    /** The year of the code list: codes change, and a stored code means what it meant that year. */
    public static final int DATA_YEAR = 2023;

    private static final String FILE = "regions/gbt2260-" + DATA_YEAR + ".tsv";

    /** Counties, and the few prefectures without any (东莞市, 中山市 …), have no children. */
    @Schema(extensions = @Extension(name = "x-absent-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Region(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            List<Region> children) {}

    public record RegionTree(int dataYear, List<Region> items) {}

    private volatile RegionTree tree;

    public RegionTree tree() {
        if (tree == null) {
            tree = new RegionTree(DATA_YEAR, read());
        }
        return tree;
    }

    private static List<Region> read() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        List<Region> provinces = new ArrayList<>();
        try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(FILE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String code = cells[0];
                Region region = new Region(code, cells[1], new ArrayList<>());
                byCode.put(code, region);
                if (code.endsWith("0000")) {
                    provinces.add(region);
                } else {
                    String parent = code.endsWith("00") ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
                    byCode.get(parent).children().add(region);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provinces;
    }
}
