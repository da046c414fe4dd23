package io.jenkins.plugins.deploygate.capture;

import hudson.model.Result;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a deployment ended, as far as Jenkins tells it: succeeded (status 0), failed with a known
 * status, failed without one, or not known to have either succeeded or failed. Jenkins keeps no
 * exit status of its own: a failing Pipeline {@code sh}, {@code bat}, {@code powershell} or {@code
 * pwsh} step says it only in its exception's message ("script returned exit code 3",
 * workflow-durable-task-step's {@code DurableTaskStep}); an {@code error} step, an exception of the
 * script or an interruption says none, and a freestyle build step only fails the build.
 *
 * <p>A failure whose status is unknown is scanned as a failure without a status, so that the engine
 * still tells a failure without a known error from a clean run, and says the status is unknown.
 */
public final class ExitStatus {

    /** Causes looked at below the failure (a chain may loop); a wrapped step failure is one down. */
    private static final int MAX_CAUSES = 10;

    /** The whole message of DurableTaskStep's failure; any other wording is not an exit status. */
    private static final Pattern SCRIPT_EXIT = Pattern.compile("script returned exit code (-?\\d{1,10})");

    private static final ExitStatus SUCCEEDED = new ExitStatus(Ending.SUCCEEDED, 0);
    /** Neither success nor failure is known: no silent and no unrecognised failure can be told. */
    private static final ExitStatus UNKNOWN = new ExitStatus(Ending.UNKNOWN, null);

    private static final ExitStatus FAILED_UNTOLD = new ExitStatus(Ending.FAILED, null);

    private enum Ending {
        SUCCEEDED,
        FAILED,
        UNKNOWN
    }

    private final Ending ending;
    private final Integer status;

    private ExitStatus(Ending ending, Integer status) {
        this.ending = ending;
        this.status = status;
    }

    public static ExitStatus succeeded() {
        return SUCCEEDED;
    }

    /**
     * The failure of a Pipeline block's body: the status its shell step reported in the failure or
     * one of its causes, else a failure of unknown status. A status of 0 in a failure contradicts
     * itself and counts as unknown.
     */
    public static ExitStatus failedWith(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth <= MAX_CAUSES; depth++, cause = cause.getCause()) {
            Integer status = scriptExit(cause.getMessage());
            if (status != null && status != 0) {
                return new ExitStatus(Ending.FAILED, status);
            }
        }
        return FAILED_UNTOLD;
    }

    /**
     * A freestyle build's result so far: success, a failure (worse than unstable; Jenkins does not
     * tell the step's status), or, for an unstable build, neither.
     *
     * @param result the build's result, null while nothing set it (which is success)
     */
    public static ExitStatus ofBuild(Result result) {
        if (result == null || result.isBetterOrEqualTo(Result.SUCCESS)) {
            return SUCCEEDED;
        }
        return result.isWorseThan(Result.UNSTABLE) ? FAILED_UNTOLD : UNKNOWN;
    }

    private static Integer scriptExit(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = SCRIPT_EXIT.matcher(message.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return Integer.valueOf(matcher.group(1));
        } catch (NumberFormatException outOfRange) {
            return null;
        }
    }

    /** The deployment failed, whether or not its status is known. */
    public boolean failed() {
        return ending == Ending.FAILED;
    }

    /** The status the deployment ended with: 0 for success, null when Jenkins did not tell it. */
    public Integer status() {
        return status;
    }

    /**
     * What the engine's scan is told: status 0 for success, the status of a failure or a failure
     * without one, nothing when neither is known.
     */
    ScanOptions forScan(ScanOptions options) {
        return switch (ending) {
            case SUCCEEDED -> options.withExitCode(0);
            case FAILED -> status != null ? options.withExitCode(status) : options.withFailureWithoutStatus();
            case UNKNOWN -> options.withExitCode(null);
        };
    }
}
