package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.List;

/** Failures of the migration tools themselves, beside the database error they may carry. */
final class ToolEntries {

    private static final String FLYWAY = "https://documentation.red-gate.com/flyway";

    private ToolEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                tool(
                        "flyway.migration-failed",
                        "flyway",
                        "Flyway migration failed",
                        "Migration \\S* failed",
                        "The migration stopped at the statement shown. Fix the database error reported with it; if"
                                + " the database has no transactional DDL (MySQL, Oracle) undo the half-applied part,"
                                + " run flyway repair, then migrate again.",
                        FLYWAY),
                tool(
                        "flyway.checksum-mismatch",
                        "flyway",
                        "Flyway checksum mismatch",
                        "Migration checksum mismatch for migration",
                        "An applied migration was edited. Revert the edit and put the change in a new migration;"
                                + " run flyway repair only if the edit was deliberate and harmless.",
                        FLYWAY),
                tool(
                        "flyway.failed-migration-detected",
                        "flyway",
                        "Failed migration in schema history",
                        "Detected failed migration to version",
                        "An earlier run failed half-way. Remove what it applied, run flyway repair to clear the"
                                + " failed entry, then migrate again.",
                        FLYWAY),
                tool(
                        "flyway.applied-migration-missing",
                        "flyway",
                        "Applied migration missing locally",
                        "Detected applied migration not resolved locally",
                        "The schema history records a migration whose script is gone. Restore the script; if it"
                                + " was removed on purpose, run flyway repair to mark it deleted.",
                        FLYWAY),
                tool(
                        "flyway.migration-not-applied",
                        "flyway",
                        "Migration skipped (out of order)",
                        "Detected resolved migration not applied to database",
                        "A script is older than the schema's current version and was never applied. Apply it with"
                                + " outOfOrder, give it a newer version, or ignore it explicitly.",
                        FLYWAY),
                tool(
                        "flyway.no-schema-history",
                        "flyway",
                        "Existing schema without Flyway history",
                        "Found non-empty schema\\(s\\) .* but no schema history table",
                        "Flyway found objects but no history table: baseline the schema at the version it matches"
                                + " (flyway baseline), or point Flyway at the right schema and table.",
                        FLYWAY),
                tool(
                        "liquibase.changeset-failed",
                        "liquibase",
                        "Liquibase changeset failed",
                        "Migration failed for change ?set",
                        "The changeset stopped on the database error reported with it. Fix the changeset (or add a"
                                + " precondition), clean up what it applied if the database has no transactional"
                                + " DDL, and update again.",
                        "https://docs.liquibase.com/commands/update/update.html"),
                tool(
                        "liquibase.checksum-mismatch",
                        "liquibase",
                        "Liquibase checksum changed",
                        "was: \\S+ but is now: \\S+",
                        "A deployed changeset was edited. Revert it and add a new changeset; if the edit is"
                                + " intended, add a validCheckSum or run clear-checksums knowingly.",
                        "https://docs.liquibase.com/commands/utility/clear-checksums.html"),
                tool(
                        "liquibase.lock-held",
                        "liquibase",
                        "Liquibase change log lock held",
                        "Could not acquire change ?log lock",
                        "Another update holds the lock, or a killed run left it. Make sure nothing else deploys,"
                                + " then run release-locks.",
                        "https://docs.liquibase.com/commands/utility/release-locks.html"));
    }

    private static CatalogEntry tool(String id, String tool, String title, String pattern, String fix, String link) {
        return new CatalogEntry(id, null, tool, null, title, pattern, Severity.ERROR, fix, link);
    }
}
