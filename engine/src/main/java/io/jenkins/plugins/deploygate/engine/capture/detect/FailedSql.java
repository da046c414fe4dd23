package io.jenkins.plugins.deploygate.engine.capture.detect;

/**
 * Liquibase's {@code [Failed SQL: (1146) ALTER TABLE customer ADD COLUMN email VARCHAR(200)]}
 * after a database error: the vendor code in parentheses and the failing statement. Parsed with
 * {@code indexOf}, not a pattern, as the statement may be long.
 *
 * @param before the text before the marker (the error message), stripped
 * @param vendorCode the number in parentheses, 0 when there is none
 * @param statement the statement, without the closing bracket; null when the text has no marker
 */
record FailedSql(String before, int vendorCode, String statement) {

    static final String MARKER = "[Failed SQL: ";

    /** As much of a statement as a finding keeps. */
    static final int MAX_STATEMENT = FlywayBlock.MAX_STATEMENT;

    /** {@code text} read around its marker; without one, all of it is {@code before}. */
    static FailedSql in(String text) {
        int marker = text.indexOf(MARKER);
        if (marker < 0) {
            return new FailedSql(text.strip(), 0, null);
        }
        int from = marker + MARKER.length();
        int vendorCode = 0;
        if (text.startsWith("(", from)) {
            int close = text.indexOf(')', from);
            if (close > 0 && close - from <= 12) {
                vendorCode = parseCode(text.substring(from + 1, close));
                from = close + 1;
            }
        }
        String statement = text.substring(from).strip();
        if (statement.endsWith("]")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        return new FailedSql(
                text.substring(0, marker).strip(),
                vendorCode,
                statement.isEmpty() ? null : LineText.limit(statement, MAX_STATEMENT));
    }

    boolean hasStatement() {
        return statement != null;
    }

    private static int parseCode(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
