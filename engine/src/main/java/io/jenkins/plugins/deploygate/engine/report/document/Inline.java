package io.jenkins.plugins.deploygate.engine.report.document;

import java.util.Locale;
import java.util.Objects;

/** A run of text inside a paragraph, a fact or a table cell: plain, code, or a link. */
public sealed interface Inline {

    String text();

    static Inline text(String text) {
        return new Plain(text);
    }

    static Inline code(String text) {
        return new Code(text);
    }

    /** A link, or plain text when {@code href} is not a safe address. */
    static Inline link(String text, String href) {
        return Link.isSafe(href) ? new Link(text, href) : new Plain(text);
    }

    record Plain(String text) implements Inline {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An identifier, an error code, a file name: shown in a fixed-width font. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A link to a page. Only relative paths and http(s) addresses are links; anything else
     * ({@code javascript:}, {@code data:}) would run code when clicked and is refused.
     */
    record Link(String text, String href) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            if (!isSafe(href)) {
                throw new IllegalArgumentException("href: \"" + href + "\" is neither relative nor http(s)");
            }
        }

        static boolean isSafe(String href) {
            if (href == null || href.isBlank()) {
                return false;
            }
            String lower = href.strip().toLowerCase(Locale.ROOT);
            int colon = lower.indexOf(':');
            int boundary = firstOf(lower, '/', '?', '#');
            boolean hasScheme = colon >= 0 && (boundary < 0 || colon < boundary);
            return !hasScheme || lower.startsWith("http://") || lower.startsWith("https://");
        }

        private static int firstOf(String text, char... candidates) {
            int first = -1;
            for (char candidate : candidates) {
                int at = text.indexOf(candidate);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }
}
