package io.jenkins.plugins.deploygate.engine.capture.real;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.MigrationRef;
import java.util.Objects;

/**
 * One ERROR finding a scenario must produce, in the terms of the expectations table: its id, its
 * code, the tool it is attributed to, the migration or changeset it belongs to and its line in the
 * log.
 *
 * @param code the database's own code (SQLSTATE, MySQL error number), or null for tool findings
 * @param tool {@code flyway}, {@code liquibase}, {@code psql}, {@code mysql}, or null
 * @param migration {@code version|script|line} of the migration or changeset, {@code -} for a part
 *     that is unknown; null when the finding belongs to no migration
 */
public record ExpectedFinding(String id, String code, String tool, String migration, long line) {

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
                finding.id(), finding.code(), finding.tool(), migration(finding.migration()), finding.line());
    }

    /** {@code 3|V3__add_orders.sql|12}; null for no migration. */
    static String migration(MigrationRef ref) {
        if (ref == null) {
            return null;
        }
        return part(ref.version()) + "|" + part(ref.script()) + "|" + part(ref.line());
    }

    /** Reads one table row's finding columns: id, code, tool, migration, line. */
    static ExpectedFinding parse(String[] columns, int first) {
        return new ExpectedFinding(
                columns[first],
                orNull(columns[first + 1]),
                orNull(columns[first + 2]),
                orNull(columns[first + 3]),
                Long.parseLong(columns[first + 4]));
    }

    /** The row's finding columns, {@code -} for a missing value. */
    String columns() {
        return String.join(" ", id, part(code), part(tool), part(migration), Long.toString(line));
    }

    private static String part(Object value) {
        return value == null ? NONE : value.toString();
    }

    private static String orNull(String column) {
        return NONE.equals(column) ? null : column;
    }
}
