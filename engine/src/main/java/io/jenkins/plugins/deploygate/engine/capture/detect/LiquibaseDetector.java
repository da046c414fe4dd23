package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase's failures inside a changeset: {@code Migration failed for changeset
 * db/changelog.xml::create-orders::alice:} followed by {@code Reason:
 * liquibase.exception.DatabaseException: ... [Failed SQL: (0) ...]} (or the older "Change Set ...
 * failed" and "ChangeSet ... encountered an exception" forms), changed checksums ({@code
 * path::id::author was: 8:... but is now: 8:...}) and a held change log lock. The database error
 * (or the failed precondition) is the finding, with the changeset as its migration (id, changelog
 * and author) and the failing SQL as its statement; the changeset's failure is its {@link
 * Wrapper}, and a finding of its own only when no reason follows. Liquibase's fatal lines outside
 * a changeset are {@link LiquibaseFatal}'s.
 */
final class LiquibaseDetector implements Detector {

    static final String CHANGESET_FAILED = "liquibase.changeset-failed";

    /** Lines after a changeset failure in which its reason is expected. */
    static final int REASON_LINES = 8;

    /** Lines after an error in which its "[Failed SQL: ...]" may follow (after PostgreSQL's Detail and Position). */
    private static final int STATEMENT_WINDOW = 3;

    private static final Pattern CHANGESET = Pattern.compile(
            "(?:Migration failed for change ?set (\\S{1,500}?):?(?=\\s|$)|Change ?Set ([^\\s:]{1,300}::[^\\s:]{1,300}::[^\\s:]{1,300}) (?:failed|encountered an exception))",
            Pattern.CASE_INSENSITIVE);
    /** Where the database error starts in a reason line; parsed with indexOf, not a backtracking pattern. */
    private static final List<String> REASON_MARKERS = List.of("Reason:", "DatabaseException:");

    private static final Pattern LOCK =
            Pattern.compile("Could not acquire change ?log lock\\.?\\s+Currently locked by ");

    /** The holder (host, address and time) is short; a longer rest of the line is not this message. */
    private static final int MAX_HOLDER = 301;

    private final DetectContext context;
    private final LiquibaseFatal fatal;
    private Failing failing;
    private Hit awaitingStatement;
    private long statementUntil;
    private Summary summary;

    /**
     * A finding from Liquibase's exception summary ("Exception Primary Reason: Preconditions
     * Failed"), until its own report of the same failure (the changeset's reason) says it in full.
     */
    private record Summary(String id, Object handle, long until) {}

    /** A changeset that failed, while its reason is awaited. */
    private record Failing(MigrationRef changeset, Wrapper wrapper, Object handle, long until) {}

    LiquibaseDetector(DetectContext context) {
        this.context = context;
        this.fatal = new LiquibaseFatal(context, this);
    }

    @Override
    public boolean detect(long line, String text) {
        LiquibaseFatal.noteProgress(context, line, text);
        if (awaitingStatement != null && completeStatement(line, text)) {
            return true;
        }
        // Literal guards first: these patterns are costly on the many lines that cannot match.
        Matcher changeset = text.contains("::") ? CHANGESET.matcher(text) : null;
        if (changeset != null && changeset.find()) {
            String path = changeset.group(1) != null ? changeset.group(1) : changeset.group(2);
            MigrationRef ref = MigrationRef.changeset(path);
            String message = "Migration failed for changeset " + path;
            Object handle = context.report(Hit.of(context.entry(CHANGESET_FAILED), "liquibase", message, line, ref));
            failing = new Failing(ref, new Wrapper(CHANGESET_FAILED, message, line), handle, line + REASON_LINES);
            context.decodeThrough(failing.until());
            reason(line, text.substring(changeset.end()));
            return true;
        }
        if (failing != null && line <= failing.until() && reason(line, text)) {
            return true;
        }
        if (text.contains(" but is now: ") && checksum(line, text)) {
            return true;
        }
        if (lock(line, text)) {
            return true;
        }
        return fatal.detect(line, text);
    }

    /** The lock held by another deployment: {@code Could not acquire change log lock. Currently locked by ...}. */
    boolean lock(long line, String text) {
        Matcher lock = text.contains(" lock") ? LOCK.matcher(text) : null;
        String holder = lock != null && lock.find() ? text.substring(lock.end()).strip() : "";
        if (holder.isEmpty() || holder.length() > MAX_HOLDER) {
            return false;
        }
        context.report(Hit.of(
                context.entry("liquibase.lock-held"),
                "liquibase",
                "Could not acquire change log lock. Currently locked by " + holder,
                line,
                null));
        return true;
    }

    /** A line of the failed changeset's reason: its database error or its failed precondition. */
    private boolean reason(long line, String text) {
        int start = -1;
        for (String marker : REASON_MARKERS) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                start = at + marker.length();
                break;
            }
        }
        String rest;
        if (start >= 0) {
            rest = text.substring(start).strip();
        } else {
            // Liquibase 3: "Change Set ... failed.  Error: <message> [Failed SQL: ...]".
            String stripped = text.stripLeading();
            int error = stripped.startsWith(".") || stripped.startsWith("failed.") ? stripped.indexOf("Error:") : -1;
            rest = error < 0
                    ? stripped
                    : stripped.substring(error + "Error:".length()).strip();
            if (error < 0 && !LiquibaseFatal.isPrecondition(rest)) {
                return false;
            }
        }
        if (rest.isEmpty()) {
            // "Reason:" alone: the reason is on the lines below it.
            return true;
        }
        Failing changeset = failing;
        if (LiquibaseFatal.isPrecondition(rest)) {
            failing = null;
            context.retract(changeset.handle());
            report(new Hit(
                    context.entry("liquibase.precondition-failed"),
                    "liquibase",
                    rest,
                    line,
                    changeset.changeset(),
                    null,
                    false,
                    null,
                    changeset.wrapper()));
            return true;
        }
        FailedSql sql = FailedSql.in(rest);
        DbErrors.Resolved error = context.resolve(null, sql.vendorCode(), sql.before());
        if (error == null) {
            return false;
        }
        failing = null;
        context.retract(changeset.handle());
        report(new Hit(
                error.entry(),
                "liquibase",
                error.message(),
                line,
                changeset.changeset(),
                null,
                false,
                sql.statement(),
                changeset.wrapper()));
        return true;
    }

    /**
     * Reports {@code hit}: a database error once the lines below have shown its statement or not,
     * anything else now.
     */
    void report(Hit hit) {
        flushStatement();
        if (hit.statement() != null || hit.entry().engine() == null) {
            supersede(hit, context.report(hit));
            return;
        }
        awaitingStatement = hit;
        statementUntil = hit.line() + STATEMENT_WINDOW;
        context.decodeThrough(statementUntil);
    }

    /** Reports a finding of Liquibase's exception summary, which its full report may supersede. */
    void reportSummary(Hit hit, long until) {
        Object handle = context.report(hit);
        summary = handle == null ? null : new Summary(hit.entry().id(), handle, until);
    }

    /**
     * A new finding of the same error as the summary's, in other words: the summary's is taken
     * back. (The same words merge into the summary's finding, which then stays.)
     */
    private void supersede(Hit hit, Object handle) {
        if (summary != null
                && handle != null
                && hit.line() <= summary.until()
                && hit.entry().id().equals(summary.id())) {
            context.retract(summary.handle());
            summary = null;
        }
    }

    /** A line below an error that awaits its statement: Liquibase prints it after PostgreSQL's Detail lines. */
    private boolean completeStatement(long line, String text) {
        boolean continuation = line <= statementUntil
                && !text.isEmpty()
                && Character.isWhitespace(text.charAt(0))
                && !text.stripLeading().startsWith("at ");
        if (!continuation) {
            flushStatement();
            return false;
        }
        FailedSql sql = FailedSql.in(text);
        if (sql.hasStatement()) {
            Hit hit = awaitingStatement.withStatement(sql.statement());
            awaitingStatement = null;
            supersede(hit, context.report(hit));
        }
        return true;
    }

    private void flushStatement() {
        if (awaitingStatement != null) {
            Hit hit = awaitingStatement;
            awaitingStatement = null;
            supersede(hit, context.report(hit));
        }
    }

    @Override
    public void finish() {
        flushStatement();
    }

    /**
     * {@code path::id::author was: 8:aaa but is now: 8:bbb}, parsed by hand around " was: ": a
     * pattern would try every start of a long run of characters.
     */
    private boolean checksum(long line, String text) {
        int was = text.indexOf(" was: ");
        int now = was < 0 ? -1 : text.indexOf(" but is now: ", was);
        if (now < 0) {
            return false;
        }
        String changeset = text.substring(text.lastIndexOf(' ', was - 1) + 1, was);
        String before = text.substring(was + " was: ".length(), now);
        int end = text.indexOf(' ', now + " but is now: ".length());
        String after = text.substring(now + " but is now: ".length(), end < 0 ? text.length() : end);
        if (changeset.split("::").length < 3 || before.isBlank() || before.contains(" ") || after.isBlank()) {
            return false;
        }
        String message = changeset + " was: " + before + " but is now: " + after;
        context.report(Hit.of(
                context.entry("liquibase.checksum-mismatch"),
                "liquibase",
                message,
                line,
                MigrationRef.changeset(changeset)));
        return true;
    }
}
