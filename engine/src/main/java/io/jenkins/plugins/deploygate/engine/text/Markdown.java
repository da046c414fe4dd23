package io.jenkins.plugins.deploygate.engine.text;

/**
 * Escaping for Markdown (CommonMark / GitHub). Log text in a Markdown report is either inline text
 * ({@link #escape}: no emphasis, links, HTML or table breaks), inline code ({@link #code}) or a
 * fenced block ({@link #fence}); in none of them can it start markup of its own.
 */
public final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]#|~!";

    private Markdown() {}

    /** {@code text} as literal inline text, on one line (line breaks become spaces). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} as an inline code span, delimited by more backticks than it contains. */
    public static String code(String text) {
        String value = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        int longest = longestRun(value, '`');
        String fence = "`".repeat(longest + 1);
        String pad = value.startsWith("`") || value.endsWith("`") || value.isBlank() ? " " : "";
        return fence + pad + value + pad + fence;
    }

    /** {@code text} as a fenced code block, fenced by more backticks than any run inside it. */
    public static String fence(String text) {
        String value = text == null ? "" : text;
        String fence = "`".repeat(Math.max(3, longestRun(value, '`') + 1));
        return fence + "\n" + value + (value.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
