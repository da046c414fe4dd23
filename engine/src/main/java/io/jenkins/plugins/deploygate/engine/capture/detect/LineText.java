package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Pattern;

/**
 * Turns a raw console line into the text detectors read. Jenkins and the tools around a
 * deployment decorate lines: console notes and ANSI colours, timestamps ({@code [2026-11-20T14:00:01.123Z] },
 * {@code 12:00:01 }), Maven levels ({@code [ERROR] }), docker compose service columns ({@code flyway-1  | }).
 * Detectors anchor their patterns after these prefixes.
 */
public final class LineText {

    /** Jenkins console notes ({@code ESC[8mha:...ESC[0m}) and ANSI escape sequences. */
    private static final Pattern ESCAPES =
            Pattern.compile("\u001B\\[8mha:[^\u001B]*\u001B\\[0m|\u001B\\[[0-9;?]*[A-Za-z]");

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private static final Pattern PREFIX = Pattern.compile("^(?:"
            + "\\[\\d{4}-\\d\\d-\\d\\d[T ][0-9:.,]+(?:Z|[+-]\\d\\d:?\\d\\d)?\\]\\s?"
            + "|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d| UTC)?\\s+"
            + "|\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?\\s+"
            + "|\\[(?:ERROR|INFO|WARNING|WARN|DEBUG|SEVERE|FINE)\\]\\s?"
            + "|\\[Pipeline\\]\\s"
            + "|[A-Za-z0-9][\\w.-]*\\s+\\|\\s"
            + "){1,8}");

    private LineText() {}

    /** The line as shown in a report: without escapes and control characters (tabs kept). */
    public static String display(String raw) {
        String text = raw;
        if (text.indexOf('\u001B') >= 0) {
            text = ESCAPES.matcher(text).replaceAll("");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return CONTROL.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** The display text without the decorating prefixes, for detectors. */
    public static String content(String display) {
        if (display.isEmpty()) {
            return display;
        }
        char first = display.charAt(0);
        if (first == '[' || Character.isLetterOrDigit(first)) {
            var matcher = PREFIX.matcher(display);
            if (matcher.lookingAt()) {
                return display.substring(matcher.end());
            }
        }
        return display;
    }

    /** {@code text} cut to {@code max} characters, marked when cut. */
    public static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " …";
    }
}
