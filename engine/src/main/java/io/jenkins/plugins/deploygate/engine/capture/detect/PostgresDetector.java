package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL errors. psql prints {@code psql:file.sql:12: ERROR:  relation "orders" does not
 * exist} (two spaces, no SQLSTATE unless VERBOSITY is verbose), or {@code ERROR:  ...} for
 * {@code -c}, and {@code psql: error: connection to server ... failed: FATAL:  ...}. Those are
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
            "(?s)\\bpsql:((?:[A-Za-z]:)?[^\\s:]{1,500}):(\\d{1,10}): (?:ERROR|FATAL|PANIC):\\s+(?:([0-9A-Z]{5}):\\s+)?(.*)$");
    private static final Pattern PSQL_CONNECT = Pattern.compile("(?s)^psql: (?:error: )?(.*)$");
    private static final Pattern SERVER_FORM =
            Pattern.compile("(?s)(?:^|\\s)(?:ERROR|FATAL|PANIC):  (?:([0-9A-Z]{5}): )?(\\S.*)$");
    /** Greedy start: the last "ERROR: " on a line is the driver's, earlier ones are tools' prefixes. */
    private static final Pattern DRIVER_FORM =
            Pattern.compile("(?s)^.*\\b(?:ERROR|FATAL): (?:([0-9A-Z]{5}): )?(\\S.*)$");

    private static final Pattern FATAL_INSIDE = Pattern.compile("(?s)FATAL:\\s+(.*)$");

    private final DetectContext context;

    PostgresDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        boolean error = text.contains("ERROR:") || text.contains("FATAL:") || text.contains("PANIC:");
        Matcher file = error && text.contains("psql:") ? PSQL_FILE.matcher(text) : null;
        if (file != null && file.find()) {
            return report(line, "psql", DbErrors.postgres(context.catalogue(), file.group(3), file.group(4), true));
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

    private boolean report(long line, String tool, DbErrors.Resolved error) {
        if (error == null) {
            return false;
        }
        context.report(Hit.of(error.entry(), tool, error.message(), line, null));
        return true;
    }
}
