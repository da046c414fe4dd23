package io.jenkins.plugins.deploygate.engine.capture.detect;

/**
 * Where a terminal escape sequence (ECMA-48) ends, so that {@link LineText#display} drops it whole.
 * A control sequence ({@code ESC [} or U+009B, parameters, intermediates, a final byte) ends at
 * its final byte; a control string ({@code ESC ]} or U+009D for an operating system command, and
 * {@code ESC P}, {@code ESC X}, {@code ESC ^}, {@code ESC _}) at BEL or the string terminator
 * {@code ESC \} (U+009C), or at the end of the line when it is not terminated, as a terminal would
 * swallow it too. One pass, no backtracking.
 */
final class Escapes {

    private static final String CONSOLE_NOTE = "\u001B[8mha:";
    private static final String CONSOLE_NOTE_END = "\u001B[0m";
    private static final char BEL = '\u0007';
    private static final char ST = '\u009C';

    private Escapes() {}

    /** The index just past the sequence that starts at {@code from}. */
    static int end(String text, int from) {
        char first = text.charAt(from);
        if (first == LineText.CSI) {
            return controlSequenceEnd(text, from + 1);
        }
        if (first == LineText.OSC) {
            return controlStringEnd(text, from + 1);
        }
        if (from + 1 == text.length()) {
            return from + 1;
        }
        char second = text.charAt(from + 1);
        if (second == '[') {
            if (text.startsWith(CONSOLE_NOTE, from)) {
                // Jenkins' notes hold a serialized object; the whole note goes, or only its colour code if unclosed.
                int close = text.indexOf(CONSOLE_NOTE_END, from + CONSOLE_NOTE.length());
                if (close >= 0) {
                    return close + CONSOLE_NOTE_END.length();
                }
            }
            return controlSequenceEnd(text, from + 2);
        }
        if (second == ']' || second == 'P' || second == 'X' || second == '^' || second == '_') {
            return controlStringEnd(text, from + 2);
        }
        // ESC, intermediate bytes (ESC ( B selects a character set), one final byte.
        int i = from + 1;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        return i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7E ? i + 1 : i;
    }

    private static int controlSequenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x3F) {
            i++;
        }
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E ? i + 1 : i;
    }

    private static int controlStringEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEL || c == ST) {
                return i + 1;
            }
            if (c == LineText.ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
        }
        return text.length();
    }
}
