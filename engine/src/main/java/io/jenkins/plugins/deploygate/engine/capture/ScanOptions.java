package io.jenkins.plugins.deploygate.engine.capture;

/**
 * How to scan.
 *
 * @param contextLines lines of context kept before and after each finding (0 to {@link
 *     #MAX_CONTEXT})
 * @param exitCode the deployment command's own exit status, or null when unknown; errors found
 *     while it is 0 make a silent failure, no known error while it is not an unrecognised failure
 * @param failedWithoutStatus the command failed but told no exit status ({@code exitCode} is then
 *     null): no known error in its output is an unrecognised failure of unknown status
 * @param maxFindings distinct findings kept; further ones are counted as dropped, so memory stays
 *     bounded whatever the log holds
 */
public record ScanOptions(int contextLines, Integer exitCode, boolean failedWithoutStatus, int maxFindings) {

    public static final int DEFAULT_CONTEXT = 3;
    public static final int MAX_CONTEXT = 100;
    public static final int DEFAULT_MAX_FINDINGS = 1000;

    public ScanOptions {
        if (contextLines < 0 || contextLines > MAX_CONTEXT) {
            throw new IllegalArgumentException(
                    "context must be between 0 and " + MAX_CONTEXT + ", was " + contextLines);
        }
        if (failedWithoutStatus && exitCode != null) {
            throw new IllegalArgumentException("a command that told its exit status " + exitCode + " told one");
        }
        if (maxFindings < 1) {
            throw new IllegalArgumentException("maxFindings must be 1 or more, was " + maxFindings);
        }
    }

    public static ScanOptions defaults() {
        return new ScanOptions(DEFAULT_CONTEXT, null, false, DEFAULT_MAX_FINDINGS);
    }

    public ScanOptions withContext(int lines) {
        return new ScanOptions(lines, exitCode, failedWithoutStatus, maxFindings);
    }

    public ScanOptions withExitCode(Integer code) {
        return new ScanOptions(contextLines, code, false, maxFindings);
    }

    /** The command failed without telling its exit status (a Jenkins {@code error} step, say). */
    public ScanOptions withFailureWithoutStatus() {
        return new ScanOptions(contextLines, null, true, maxFindings);
    }

    /** Whether the command is known to have failed, with or without a status. */
    public boolean commandFailed() {
        return exitCode != null ? exitCode != 0 : failedWithoutStatus;
    }

    public ScanOptions withMaxFindings(int max) {
        return new ScanOptions(contextLines, exitCode, failedWithoutStatus, max);
    }
}
