package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL errors. psql prints {@code psql:file.sql:12: ERROR:  relation "orders" does not
 * exist} (two spaces, no SQLSTATE unless VERBOSITY is verbose), or {@code ERROR:  ...} for
 * {@code -c}, followed by {@code LINE 1: INSERT INTO ...} (the failing statement) and a caret; and
 * {@code psql: error: connection to server ... failed: FATAL:  ...}. Its own errors are lower case:
 * {@code psql:deploy.sql:2: error: release/42_orders.sql: No such file or directory}. Those are
 * always reported, with the generic entry when the message is unknown. The JDBC driver's form
 * ({@code ERROR: ...}, one space) is shared with other tools' own messages, so it is reported only
 * when the catalogue knows the message. NOTICE and WARNING lines are not errors.
 */
final class PostgresDetector implements Detector {

    /*
     * Lines hold no line feed, so "." matches every character (?s): otherwise ".*$" stops short of a
     * U+0085 or U+2028 inside the line, and the match backtracks through every split of what comes before.
     */
    private static final Pattern PSQL_FILE = Pattern.compile(
            "(?s)\\bpsql:((?:[A-Za-z]:)?[^\\s:]{1,500}):(\\d{1,10}): (ERROR|FATAL|PANIC|error):\\s+(?:([0-9A-Z]{5}):\\s+)?(.*)$");
    private static final Pattern PSQL_CONNECT = Pattern.compile("(?s)^psql: (?:error: )?(.*)$");
    private static final Pattern SERVER_FORM =
            Pattern.compile("(?s)(?:^|\\s)(?:ERROR|FATAL|PANIC):  (?:([0-9A-Z]{5}): )?(\\S.*)$");
    /** Greedy start: the last "ERROR: " on a line is the driver's, earlier ones are tools' prefixes. */
    private static final Pattern DRIVER_FORM =
            Pattern.compile("(?s)^.*\\b(?:ERROR|FATAL): (?:([0-9A-Z]{5}): )?(\\S.*)$");

    private static final Pattern FATAL_INSIDE = Pattern.compile("(?s)FATAL:\\s+(.*)$");

    /** psql's echo of the failing statement under its error, and the server log's. */
    private static final Pattern STATEMENT_LINE = Pattern.compile("(?s)^(?:LINE \\d{1,10}: |STATEMENT:  )(.*)$");

    /** Lines under a psql error in which its statement ("LINE n:") may follow (after DETAIL and HINT). */
    private static final int STATEMENT_WINDOW = 3;

    private final DetectContext context;
    private Object lastError;
    private long statementUntil;

    PostgresDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        if (lastError != null && line <= statementUntil && statement(text)) {
            return true;
        }
        boolean error = text.contains("ERROR:") || text.contains("FATAL:") || text.contains("PANIC:");
        Matcher file = text.contains("psql:") && (error || text.contains(": error:")) ? PSQL_FILE.matcher(text) : null;
        if (file != null && file.find()) {
            if (file.group(3).equals("error")) {
                return report(line, "psql", psqlOwn(file.group(5)));
            }
            return report(line, "psql", DbErrors.postgres(context.catalogue(), file.group(4), file.group(5), true));
        }
        Matcher connect = text.startsWith("psql: ") ? PSQL_CONNECT.matcher(text) : null;
        if (connect != null && connect.find()) {
            Matcher fatal = FATAL_INSIDE.matcher(connect.group(1));
            String message = fatal.find() ? fatal.group(1) : connect.group(1);
            return report(line, "psql", DbErrors.postgres(context.catalogue(), null, message, true));
        }
        if (!error) {
            return false;
        }
        Matcher server = SERVER_FORM.matcher(text);
        if (server.find()) {
            String tool = server.start() == 0 ? "psql" : null;
            return report(line, tool, DbErrors.postgres(context.catalogue(), server.group(1), server.group(2), true));
        }
        Matcher driver = DRIVER_FORM.matcher(text);
        return driver.find()
                && report(line, null, DbErrors.postgres(context.catalogue(), null, driver.group(2), false));
    }

    /** psql's own error (lower-case "error:"): a script it cannot open, else a psql error. */
    private DbErrors.Resolved psqlOwn(String message) {
        String text = message.strip();
        String id = text.endsWith("No such file or directory") || text.endsWith("Permission denied")
                ? "psql.file-not-found"
                : "psql.error";
        return new DbErrors.Resolved(context.entry(id), text);
    }

    /** {@code LINE 1: INSERT INTO customer ...} under the error: its statement, as psql quotes it. */
    private boolean statement(String text) {
        Matcher statement = STATEMENT_LINE.matcher(text);
        if (!statement.find()) {
            return false;
        }
        context.addStatement(lastError, LineText.limit(statement.group(1).strip(), FlywayBlock.MAX_STATEMENT));
        lastError = null;
        return true;
    }

    private boolean report(long line, String tool, DbErrors.Resolved error) {
        if (error == null) {
            return false;
        }
        lastError = context.report(Hit.of(error.entry(), tool, error.message(), line, null));
        statementUntil = line + STATEMENT_WINDOW;
        context.decodeThrough(statementUntil);
        return true;
    }
}
