package io.jenkins.plugins.deploygate.engine.json;

import io.jenkins.plugins.deploygate.engine.text.UnsafeCharacters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON with the JDK alone, for the documents of the contract ({@code check}, {@code scan},
 * {@code report}). A model turns itself into {@link Map}s (in key order, so use a
 * {@link java.util.LinkedHashMap}), {@link Collection}s, strings, numbers, booleans, {@link
 * Instant}s and {@code null}; this class does the rest. Instants are written in UTC with a
 * {@code Z}, to the second, as the contract requires.
 */
public final class Json {

    private Json() {}

    /** The compact JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendString(out, text);
        return out.toString();
    }

    /** The contract's form of an instant: UTC, whole seconds, {@code Z}. */
    public static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            appendString(out, text.toString());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            appendNumber(out, number);
        } else if (value instanceof Instant instant) {
            appendString(out, instant(instant));
        } else if (value instanceof Enum<?> constant) {
            appendString(out, constant.name());
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof Collection<?> items) {
            appendArray(out, items);
        } else {
            throw new IllegalArgumentException(
                    "Cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void appendNumber(StringBuilder out, Number number) {
        double asDouble = number.doubleValue();
        if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
            throw new IllegalArgumentException("JSON has no form for the number " + number);
        }
        out.append(number);
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, String.valueOf(entry.getKey()));
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, Collection<?> items) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            append(out, item);
        }
        out.append(']');
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> appendChar(out, c);
            }
        }
        out.append('"');
    }

    /**
     * Control characters are escaped as JSON requires; so are U+2028/U+2029 and {@code <}, {@code
     * >}, {@code &}, so that a JSON document embedded in an HTML page can never close its script
     * element or start a new tag, whatever the log said. C1 controls and bidirectional formatting
     * characters become U+FFFD, so that whoever shows a decoded string shows what it says.
     */
    private static void appendChar(StringBuilder out, char c) {
        if (c >= 0x7F && UnsafeCharacters.isUnsafe(c)) {
            out.append(UnsafeCharacters.REPLACEMENT);
        } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>' || c == '&') {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }
}
