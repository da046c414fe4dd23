package io.jenkins.plugins.deploygate.engine.capture.redact;

/** How far a secret value runs, for the rules that mask one after a key word. Each scan is one pass. */
final class Values {

    private Values() {}

    /**
     * The end of a shell-style word starting at {@code from}: plain characters up to whitespace or
     * one of {@code stops}, and quoted parts ({@code "..."}, {@code '...'}, {@code {...}}, backslash
     * escapes honoured) to their closing character, or to the end of the line when unclosed.
     */
    static int word(String text, int from, String stops) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '{' || c == '`') {
                i = quoted(text, i);
            } else if (c == '\\' && i + 1 < text.length()) {
                i += 2;
            } else if (Character.isWhitespace(c) || stops.indexOf(c) >= 0) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /**
     * The end (just past the closing quote) of the quoted part opening at {@code open}: {@code "},
     * {@code '}, {@code `} or {@code {} (closed by {@code }}). A backslash escapes the next
     * character; in single quotes a doubled quote is SQL's escaped quote, unless what follows it
     * ends the text (MySQL quotes its statement in {@code near '... BY 'x'' at line 1}). Unclosed:
     * the end of the line.
     */
    static int quoted(String text, int open) {
        char quote = text.charAt(open);
        char close = quote == '{' ? '}' : quote;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && close != '}') {
                i++;
            } else if (c == close) {
                boolean doubled = close == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
                if (!doubled || endsTextAt(text, i + 2)) {
                    return i + 1;
                }
                i++;
            }
        }
        return text.length();
    }

    private static boolean endsTextAt(String text, int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i)) || ";,)".indexOf(text.charAt(i)) >= 0;
    }

    /** The first index at or after {@code from} that is not a space or tab. */
    static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the word starting at {@code at} is {@code word}, in any case, and ends there. */
    static boolean wordAt(String text, int at, String word) {
        int end = at + word.length();
        return text.regionMatches(true, at, word, 0, word.length())
                && (end == text.length() || !isWordChar(text.charAt(end)));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether {@code line}, trailing blanks aside, ends with a backslash: the value goes on below. */
    static boolean endsWithContinuation(String line, int valueEnd) {
        int i = line.length() - 1;
        while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && line.charAt(i) == '\\' && valueEnd >= i;
    }

    static boolean containsIgnoreCase(String text, String lowerNeedle) {
        int n = lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = text.indexOf(first) < 0 && text.indexOf(firstUpper) < 0 ? text.length() : 0;
                i + n <= text.length();
                i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
