package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase's fatal lines, which end a run with what broke it, outside a changeset's own report:
 * {@code Unexpected error running Liquibase: <message>} (its command line, 4.x), the "Exception
 * Details" of 4.2x and later ({@code ERROR: Exception Primary Class:  ChangeLogParseException},
 * {@code ERROR: Exception Primary Reason:  <message>}), and the exception line its Maven plugin and
 * stack traces print ({@code liquibase.exception.LockException: <message>}). The message becomes
 * the database error it holds, or what Liquibase itself refused: a failed precondition, a rollback
 * it cannot make, a changelog it cannot find; else a generic {@code liquibase.error}. An error of a
 * changeset carries the changeset Liquibase was running ({@link ProgressLines}), as its 4.9
 * command line names none.
 */
final class LiquibaseFatal {

    private static final String UNEXPECTED = "Unexpected error running Liquibase:";
    private static final String PRIMARY_CLASS = "Exception Primary Class:";
    private static final String PRIMARY_REASON = "Exception Primary Reason:";

    private static final Pattern EXCEPTION_LINE =
            Pattern.compile("^\\s*liquibase\\.exception\\.(\\w{1,100})Exception: ");
    private static final Pattern PRECONDITION =
            Pattern.compile("\\bPreconditions? (?:failed|error)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile(
            "does not support automatic rollback|No inverse to |cannot be rolled back|Rollback(?:Impossible|Failed)Exception",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGELOG_MISSING = Pattern.compile(
            "was not found in the configured search path|change ?log file .{0,300}? (?:does not exist|was not found)"
                    + "|(?:Could not|Cannot) find (?:the )?change ?log",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESS_CHANGESET =
            Pattern.compile("(?:Running|Rolling Back) Changeset: (\\S{1,500})");

    /** Lines after "Exception Primary Reason" in which Liquibase's full report of the same failure follows. */
    private static final int SUMMARY_LINES = 12;

    private final DetectContext context;
    private final LiquibaseDetector changesets;
    private String primaryClass;
    /** While a summary's reason is read: the last line of its full report; else 0. */
    private long summaryUntil;

    LiquibaseFatal(DetectContext context, LiquibaseDetector changesets) {
        this.context = context;
        this.changesets = changesets;
    }

    /** A progress line that held an anchor too: the detector saw it, not the scan's progress slot. */
    static void noteProgress(DetectContext context, long line, String text) {
        for (String progress : Anchors.PROGRESS) {
            if (text.contains(progress)) {
                context.progressSeen(line, text);
                return;
            }
        }
    }

    static boolean isPrecondition(String message) {
        return PRECONDITION.matcher(message).find();
    }

    boolean detect(long line, String text) {
        int at = text.indexOf(PRIMARY_CLASS);
        if (at >= 0) {
            primaryClass = text.substring(at + PRIMARY_CLASS.length()).strip();
            return true;
        }
        at = text.indexOf(PRIMARY_REASON);
        if (at >= 0) {
            summaryUntil = line + SUMMARY_LINES;
            boolean found =
                    fatal(line, text.substring(at + PRIMARY_REASON.length()).strip(), true);
            summaryUntil = 0;
            return found;
        }
        at = text.indexOf(UNEXPECTED);
        if (at >= 0) {
            boolean found = fatal(line, text.substring(at + UNEXPECTED.length()).strip(), true);
            // Liquibase's last word on this failure: the exception details before it are used up.
            primaryClass = null;
            return found;
        }
        Matcher exception = text.contains("liquibase.exception.") ? EXCEPTION_LINE.matcher(text) : null;
        if (exception != null && exception.find() && !exception.group(1).equals("MigrationFailed")) {
            return fatal(line, text.substring(exception.end()).strip(), false);
        }
        return false;
    }

    /**
     * A fatal message: what it holds, attributed to the changeset Liquibase was running. A generic
     * finding only for Liquibase's own last word ({@code generic}), not for an exception line of a
     * stack trace, whose message the last word repeats.
     */
    private boolean fatal(long line, String message, boolean generic) {
        if (message.isEmpty() || message.startsWith("Validation Failed")) {
            // The problems follow on their own lines (a checksum per changeset).
            context.decodeThrough(line + LiquibaseDetector.REASON_LINES);
            return true;
        }
        if (message.contains("Migration failed for change")) {
            return false;
        }
        if (changesets.lock(line, message)) {
            return true;
        }
        String kind = primaryClass == null ? "" : primaryClass;
        if (isPrecondition(message) || kind.startsWith("PreconditionFailed")) {
            return report("liquibase.precondition-failed", message, line);
        }
        if (ROLLBACK.matcher(message).find() || kind.startsWith("Rollback")) {
            return report("liquibase.rollback-impossible", message, line);
        }
        if (CHANGELOG_MISSING.matcher(message).find()) {
            return report("liquibase.changelog-not-found", message, line);
        }
        FailedSql sql = FailedSql.in(message);
        DbErrors.Resolved error = context.resolve(null, sql.vendorCode(), sql.before());
        if (error != null) {
            changesets.report(new Hit(
                    error.entry(),
                    "liquibase",
                    error.message(),
                    line,
                    runningChangeset(),
                    null,
                    false,
                    sql.statement(),
                    null));
            return true;
        }
        return generic && report("liquibase.error", message, line);
    }

    private boolean report(String id, String message, long line) {
        Hit hit = Hit.of(context.entry(id), "liquibase", message, line, runningChangeset());
        if (summaryUntil > 0) {
            changesets.reportSummary(hit, summaryUntil);
        } else {
            changesets.report(hit);
        }
        return true;
    }

    /** The changeset of the last progress line, when that line is a changeset's start (not a summary). */
    private MigrationRef runningChangeset() {
        ProgressLines.Progress progress = context.lastProgress();
        if (progress == null) {
            return null;
        }
        Matcher changeset = PROGRESS_CHANGESET.matcher(progress.text());
        return changeset.find() ? MigrationRef.changeset(changeset.group(1)) : null;
    }
}
