package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields Flyway prints under a failure, in every version, as console lines or inside the
 * message of its JSON output:
 *
 * <pre>
 * SQL State  : 42P01
 * Error Code : 0
 * Message    : ERROR: relation "customers" does not exist
 * Location   : db/migration/V3__add_orders.sql (/work/db/migration/V3__add_orders.sql)
 * Line       : 12
 * Statement  : CREATE TABLE orders (...
 * </pre>
 *
 * A message or statement may go on over several lines; the block ends at a blank line after the
 * statement (or two before it), at a stack trace, at the next failure, at Maven's "-> [Help 1]" or
 * after {@link #MAX_LINES}.
 */
final class FlywayBlock {

    /** A block longer than this is not a Flyway block (or its statement is not worth waiting for). */
    static final int MAX_LINES = 60;

    /** As much of a statement as a finding keeps. */
    static final int MAX_STATEMENT = 4000;

    private static final Pattern FIELD =
            Pattern.compile("(?s)^\\s*(SQL State|Error Code|Message|Location|Line|Statement)\\s*:\\s?(.*)$");

    /** What Flyway 10 and later print instead of the statement unless run with -X. */
    private static final String HIDDEN_STATEMENT = "Run Flyway with -X option to see the actual statement";

    private long lines;
    private boolean sawField;
    private boolean inStatement;
    private int blankRun;
    private boolean done;
    private String sqlState;
    private int errorCode;
    private String message;
    private long messageLine;
    private Integer scriptLine;
    private String location;
    private StringBuilder statement;
    private boolean statementCut;

    /** Whether {@code text} is a field line, the start of an anonymous block (no header before it). */
    static boolean isStateField(String text) {
        Matcher field = FIELD.matcher(text);
        return field.matches() && field.group(1).equals("SQL State");
    }

    /**
     * Reads line {@code line} of the block. Returns whether it belongs to the block; when it does
     * not, or when it ends the block, {@link #done} is true afterwards.
     */
    boolean accept(long line, String text) {
        if (++lines > MAX_LINES) {
            done = true;
            if (inStatement) {
                // What the statement goes on with is not read.
                cutStatement();
            }
            return false;
        }
        if (text.isBlank()) {
            // Drivers end some messages (Oracle's) with a line feed, so one blank line before the
            // statement does not end the block; a blank line after it, or two in a row, do.
            if (statement != null || !sawField || blankRun > 0) {
                done = true;
            } else {
                blankRun++;
            }
            return true;
        }
        blankRun = 0;
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
            sawField = true;
            read(line, field.group(1), field.group(2).strip());
            return true;
        }
        String stripped = text.strip();
        if (!sawField && !stripped.isEmpty() && stripped.chars().allMatch(c -> c == '-')) {
            return true;
        }
        if (!sawField
                || stripped.startsWith("at ")
                || stripped.startsWith("Caused by:")
                || stripped.startsWith("ERROR:")
                || stripped.startsWith("-> [Help")
                || FlywayDetector.isHeader(text)) {
            done = true;
            return false;
        }
        // A continuation of a multi-line statement or message.
        if (inStatement) {
            appendStatement(text.stripTrailing());
        }
        return true;
    }

    private void read(long line, String name, String value) {
        inStatement = false;
        switch (name) {
            case "SQL State" -> sqlState = value;
            case "Error Code" -> errorCode = parseInt(value);
            case "Message" -> {
                message = value;
                messageLine = line;
            }
            case "Line" -> scriptLine = parseInt(value) > 0 ? parseInt(value) : null;
            case "Location" -> location = value;
            default -> {
                statement = new StringBuilder();
                statementCut = false;
                inStatement = !value.startsWith(HIDDEN_STATEMENT);
                if (inStatement) {
                    appendStatement(value);
                }
            }
        }
    }

    /** Adds a line of the statement; past {@link #MAX_STATEMENT} characters it is cut, and marked so. */
    private void appendStatement(String text) {
        if (statementCut) {
            return;
        }
        if (statement.length() > 0) {
            statement.append('\n');
        }
        int room = MAX_STATEMENT - statement.length();
        if (text.length() > room) {
            statement.append(text, 0, Math.max(0, room));
            cutStatement();
        } else {
            statement.append(text);
        }
    }

    /** The statement ends here, marked as cut: what follows is not kept. */
    private void cutStatement() {
        if (!statementCut) {
            statement.append(LineText.CUT);
            statementCut = true;
        }
    }

    boolean done() {
        return done;
    }

    String sqlState() {
        return sqlState;
    }

    int errorCode() {
        return errorCode;
    }

    String message() {
        return message;
    }

    /** The line of the {@code Message} field, or 0 when the block had none. */
    long messageLine() {
        return messageLine;
    }

    Integer scriptLine() {
        return scriptLine;
    }

    /** The script of the {@code Location} field ({@code db/migration/V3__add_orders.sql (/work/...)}), or null. */
    String locationScript() {
        if (location == null || location.isEmpty()) {
            return null;
        }
        String path = location.split(" ", 2)[0];
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The statement Flyway printed, or null when it printed none (or only asked for -X). */
    String statement() {
        return statement == null || statement.length() == 0 ? null : statement.toString();
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
