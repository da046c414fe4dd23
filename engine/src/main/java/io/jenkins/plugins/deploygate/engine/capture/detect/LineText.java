package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.text.UnsafeCharacters;
import java.util.regex.Pattern;

/**
 * Turns a raw console line into the text detectors read. Jenkins and the tools around a
 * deployment decorate lines: console notes and ANSI colours, timestamps ({@code [2026-11-20T14:00:01.123Z] },
 * {@code 12:00:01 }), Maven levels ({@code [ERROR] }), docker compose service columns ({@code flyway-1  | }).
 * Detectors anchor their patterns after these prefixes.
 */
public final class LineText {

    static final char ESC = '\u001B';
    /** The one-character forms of {@code ESC [} and {@code ESC ]}. */
    static final char CSI = '\u009B';

    static final char OSC = '\u009D';

    /** Ends a text that was cut: a message, a statement or a line longer than what is kept of it. */
    public static final String CUT = " …";

    private static final Pattern PREFIX = Pattern.compile("^(?:"
            + "\\[\\d{4}-\\d\\d-\\d\\d[T ][0-9:.,]+(?:Z|[+-]\\d\\d:?\\d\\d)?\\]\\s?"
            + "|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d| UTC)?\\s+"
            + "|\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?\\s+"
            + "|\\[(?:ERROR|INFO|WARNING|WARN|DEBUG|SEVERE|FINE)\\]\\s?"
            + "|\\[Pipeline\\]\\s"
            + "|[A-Za-z0-9][\\w.-]*\\s+\\|\\s"
            + "){1,8}");

    private LineText() {}

    /**
     * The line as shown in a report: without escape sequences, control characters (tabs kept) and
     * bidirectional formatting characters (see {@link UnsafeCharacters}). Jenkins console notes
     * ({@code ESC[8mha:...ESC[0m}) and operating system commands ({@code ESC]8;;https://...BEL},
     * a terminal's hyperlinks and window titles) go whole, not only their escape character.
     */
    public static String display(String raw) {
        int i = 0;
        while (i < raw.length() && !needsWork(raw.charAt(i))) {
            i++;
        }
        if (i == raw.length()) {
            return raw;
        }
        StringBuilder text = new StringBuilder(raw.length()).append(raw, 0, i);
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ESC || c == CSI || c == OSC) {
                i = Escapes.end(raw, i);
            } else {
                if (!UnsafeCharacters.isUnsafe(c)) {
                    text.append(c);
                }
                i++;
            }
        }
        return text.toString();
    }

    private static boolean needsWork(char c) {
        return c < 0x20 ? c != '\t' : c >= 0x7F && UnsafeCharacters.isUnsafe(c);
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
        return text.length() <= max ? text : text.substring(0, max) + CUT;
    }
}
