package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;

/**
 * One occurrence of a catalogued error on one line, before findings are merged.
 *
 * @param tool the tool that printed it, when the context tells; else the entry's tool
 * @param severity overrides the entry's severity when not null (SQL Server levels 0-10)
 * @param echo the occurrence repeats an earlier report of the same error (a "Caused by:" chain),
 *     so it must not raise the count
 * @param statement the failing statement the tool printed with the error, redacted; or null
 * @param wrapper the tool's own report around the error, or null
 */
public record Hit(
        CatalogEntry entry,
        String tool,
        String message,
        long line,
        MigrationRef migration,
        Severity severity,
        boolean echo,
        String statement,
        Wrapper wrapper) {

    public Hit {
        message = message == null || message.isBlank() ? entry.title() : message.strip();
        if (tool == null) {
            tool = entry.tool();
        }
        if (severity == null) {
            severity = entry.severity();
        }
        if (statement != null && statement.isBlank()) {
            statement = null;
        }
    }

    public Hit(
            CatalogEntry entry,
            String tool,
            String message,
            long line,
            MigrationRef migration,
            Severity severity,
            boolean echo) {
        this(entry, tool, message, line, migration, severity, echo, null, null);
    }

    public static Hit of(CatalogEntry entry, String tool, String message, long line, MigrationRef migration) {
        return new Hit(entry, tool, message, line, migration, null, false, null, null);
    }

    public Hit asEcho(boolean isEcho) {
        return isEcho == echo
                ? this
                : new Hit(entry, tool, message, line, migration, severity, isEcho, statement, wrapper);
    }

    public Hit withStatement(String failing) {
        return new Hit(entry, tool, message, line, migration, severity, echo, failing, wrapper);
    }

    public Hit withWrapper(Wrapper report) {
        return new Hit(entry, tool, message, line, migration, severity, echo, statement, report);
    }

    public Hit withMessage(String text) {
        return new Hit(entry, tool, text, line, migration, severity, echo, statement, wrapper);
    }

    /**
     * How much this occurrence tells about where the error broke the deployment: a migration, then
     * a failing statement. Of several reports of one error, the finding points at the one that
     * tells most (Liquibase's changeset failure with its SQL rather than its summary before it).
     */
    public int attribution() {
        return (migration != null ? 2 : 0) + (statement != null ? 1 : 0);
    }
}
