package io.jenkins.plugins.deploygate.engine.capture.detect;

/**
 * Lines that only quote an error rather than report one: a shell's trace of the command it runs
 * ({@code + echo "ORA-00942 ..."} under {@code set -x}, as Jenkins' {@code sh} step runs), or the
 * text of a command that prints ({@code echo "ERROR 1146 ..."}, {@code printf ...}), as a script
 * listing or a shell prompt shows it. Such a line is not a finding; what the command then prints
 * is read as any line is.
 */
final class QuotedLines {

    private static final String[] PRINTING_COMMANDS = {"echo ", "printf ", "Write-Host ", "Write-Output "};

    private QuotedLines() {}

    /** Whether {@code content} (a line without its decorating prefixes) only quotes what it holds. */
    static boolean isQuote(String content) {
        if (isTrace(content)) {
            return true;
        }
        int i = leadingSpaces(content);
        if (content.startsWith("$ ", i) || content.startsWith("> ", i)) {
            i += 2;
        }
        for (String command : PRINTING_COMMANDS) {
            if (content.startsWith(command, i)) {
                return true;
            }
        }
        return false;
    }

    /** A shell's trace of the command it runs next: {@code set -x}'s "+ cmd", nested shells' "++ cmd". */
    static boolean isTrace(String content) {
        int n = content.length();
        int plus = leadingSpaces(content);
        int i = plus;
        while (i < n && content.charAt(i) == '+') {
            i++;
        }
        return i > plus && i < n && content.charAt(i) == ' ';
    }

    private static int leadingSpaces(String content) {
        int i = 0;
        while (i < content.length() && content.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
