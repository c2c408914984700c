package io.attract.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** File names as the uploader gave them, made safe to keep and to send back in a Content-Disposition header. */
public final class FileNames {

    static final int MAX = 200;

    private FileNames() {}

    /**
     * The last path segment without control or header-breaking characters, ending in the extension of what the file
     * is: "回单.exe" holding a PNG is kept as "回单.exe.png".
     */
    public static String clean(String given, SniffedType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*<>?|:;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "附件";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String suffix = type.extensions.contains(extension) ? "" : "." + type.extension();
        int room = MAX - suffix.length();
        if (name.length() > room) {
            name = name.substring(0, room);
        }
        return name + suffix;
    }

    /** RFC 6266: an ASCII fallback for old clients and the exact name as RFC 5987 {@code filename*}. */
    public static String contentDisposition(String name, boolean inline) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
