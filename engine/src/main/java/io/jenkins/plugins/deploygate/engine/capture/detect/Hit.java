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
 */
public record Hit(
        CatalogEntry entry,
        String tool,
        String message,
        long line,
        MigrationRef migration,
        Severity severity,
        boolean echo) {

    public Hit {
        message = message == null || message.isBlank() ? entry.title() : message.strip();
        if (tool == null) {
            tool = entry.tool();
        }
        if (severity == null) {
            severity = entry.severity();
        }
    }

    public static Hit of(CatalogEntry entry, String tool, String message, long line, MigrationRef migration) {
        return new Hit(entry, tool, message, line, migration, null, false);
    }

    public Hit asEcho(boolean isEcho) {
        return isEcho == echo ? this : new Hit(entry, tool, message, line, migration, severity, isEcho);
    }
}
