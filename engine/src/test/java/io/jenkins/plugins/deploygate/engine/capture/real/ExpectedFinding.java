package io.jenkins.plugins.deploygate.engine.capture.real;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ERROR finding a scenario must produce, in the terms of the expectations table: its id, its
 * code, the tool it is attributed to, the migration or changeset it belongs to, its line in the
 * log and the failing statement kept with it.
 *
 * @param code the database's own code (SQLSTATE, MySQL error number), or null for tool findings
 * @param tool {@code flyway}, {@code liquibase}, {@code psql}, {@code mysql}, or null
 * @param migration {@code version|script|line} of the migration, and {@code |author} for a
 *     Liquibase changeset ({@code create-orders|changelog.sql|-|bob}), {@code -} for a part that is
 *     unknown; null when the finding belongs to no migration
 * @param statement the failing statement, its white space collapsed to single spaces; null when
 *     the finding keeps none
 */
public record ExpectedFinding(String id, String code, String tool, String migration, long line, String statement) {

    private static final String NONE = "-";

    public ExpectedFinding {
        Objects.requireNonNull(id, "id");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** The same shape taken from what the scanner found, so that the two compare as values. */
    public static ExpectedFinding of(Finding finding) {
        return new ExpectedFinding(
                finding.id(),
                finding.code(),
                finding.tool(),
                migration(finding.migration()),
                finding.line(),
                finding.statement() == null ? null : collapse(finding.statement()));
    }

    /** {@code 3|V3__add_orders.sql|12}, {@code create-orders|changelog.sql|-|bob}; null for no migration. */
    static String migration(MigrationRef ref) {
        if (ref == null) {
            return null;
        }
        String parts = part(ref.version()) + "|" + part(ref.script()) + "|" + part(ref.line());
        return ref.author() == null ? parts : parts + "|" + ref.author();
    }

    /**
     * Reads one table row's finding columns: id, code, tool, migration, line, and the statement in
     * the columns after them, if any.
     */
    static ExpectedFinding parse(String[] columns, int first) {
        String statement = columns.length > first + 5
                ? String.join(" ", Arrays.copyOfRange(columns, first + 5, columns.length))
                : null;
        return new ExpectedFinding(
                columns[first],
                orNull(columns[first + 1]),
                orNull(columns[first + 2]),
                orNull(columns[first + 3]),
                Long.parseLong(columns[first + 4]),
                statement);
    }

    /** The row's finding columns, {@code -} for a missing value; the statement last when there is one. */
    String columns() {
        String columns = String.join(" ", id, part(code), part(tool), part(migration), Long.toString(line));
        return statement == null ? columns : columns + " " + statement;
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String part(Object value) {
        return value == null ? NONE : value.toString();
    }

    private static String orNull(String column) {
        return NONE.equals(column) ? null : column;
    }
}
