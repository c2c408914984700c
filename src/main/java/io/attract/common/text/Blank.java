package io.attract.common.text;

/** Optional text from a form: blank means "not given". */
public final class Blank {

    private Blank() {}

    /** The text without surrounding spaces, or null when it is null or blank. */
    public static String toNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
