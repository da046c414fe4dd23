package io.jenkins.plugins.deploygate.engine.text;

/**
 * Escaping for HTML text and attribute values. Everything that comes from a log goes through
 * {@link #escape}: a log line may hold {@code <script>}, quotes or an ampersand, and must show as
 * text, never act as markup.
 */
public final class Html {

    private Html() {}

    /** {@code text} safe as HTML element content and as a quoted attribute value. Null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement =
                    switch (c) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (replacement != null || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement != null ? replacement : "\uFFFD");
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** An {@code href} value: only http(s) and mailto URLs are kept, anything else becomes {@code #}. */
    public static String url(String url) {
        if (url == null) {
            return "#";
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        boolean safe = lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
        return safe ? escape(url.strip()) : "#";
    }
}
