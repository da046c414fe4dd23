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
        int i = 0;
        int n = content.length();
        while (i < n && content.charAt(i) == ' ') {
            i++;
        }
        int plus = i;
        while (i < n && content.charAt(i) == '+') {
            i++;
        }
        if (i > plus && i < n && content.charAt(i) == ' ') {
            // set -x: "+ cmd", nested shells "++ cmd".
            return true;
        }
        i = plus;
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
}
