package io.jenkins.plugins.deploygate.engine.text;

/**
 * The characters no rendering may pass on as they are: C0 controls but the tab, DEL and the C1
 * controls, which terminals interpret (U+009B and U+009D start the same sequences as ESC [ and
 * ESC ]); and the Unicode bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reorder what a reader sees so that text can say one thing and show another.
 * Log text loses them where it enters a result; every writer replaces those that reach it by another
 * way (a rule's name, a reason someone typed) with U+FFFD.
 */
public final class UnsafeCharacters {

    /** What a writer shows instead of an unsafe character. */
    public static final char REPLACEMENT = '\uFFFD';

    private UnsafeCharacters() {}

    /** Whether {@code c} is a control or bidirectional formatting character (tab, line feed excluded). */
    public static boolean isUnsafe(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code text} with each unsafe character, line feeds included, replaced by {@link #REPLACEMENT}. */
    public static String replaceOnOneLine(String text) {
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c == '\n' || isUnsafe(c);
            if (unsafe && replaced == null) {
                replaced = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replaced != null) {
                replaced.append(unsafe ? REPLACEMENT : c);
            }
        }
        return replaced == null ? text : replaced.toString();
    }
}
