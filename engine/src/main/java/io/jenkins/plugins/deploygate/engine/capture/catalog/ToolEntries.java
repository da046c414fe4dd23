package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.List;

/**
 * Failures of the migration tools and clients themselves. A database error the tool reports (the
 * SQL State inside Flyway's block, the reason of a Liquibase changeset) is that database's entry;
 * {@code flyway.migration-failed} and {@code liquibase.changeset-failed} stand only where the tool
 * names no database error the catalogue knows.
 */
final class ToolEntries {

    private static final String FLYWAY = "https://documentation.red-gate.com/flyway";
    private static final String LIQUIBASE = "https://docs.liquibase.com/";
    private static final String PSQL = "https://www.postgresql.org/docs/current/app-psql.html";

    private ToolEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                tool(
                        "flyway.migration-failed",
                        "flyway",
                        "Flyway migration failed",
                        "Migration \\S* failed",
                        "The migration failed and Flyway named no database error Deploy Gate knows: read the error in"
                                + " the context. On PostgreSQL the migration was rolled back. On MySQL, MariaDB and"
                                + " Oracle (no transactional DDL) the statements before the failing one stay applied:"
                                + " undo them by hand, then run flyway repair to remove the failed entry, fix the"
                                + " migration (it never completed, so changing it is allowed) and migrate again.",
                        FLYWAY),
                tool(
                        "flyway.checksum-mismatch",
                        "flyway",
                        "Flyway checksum mismatch",
                        "Migration checksum mismatch for migration",
                        "The script of an applied migration was changed after it ran. Restore it from version control"
                                + " (git log -p on the file) so that it matches what the database ran, and put the"
                                + " change in a new migration. Run flyway repair, which records the new checksum, only"
                                + " when the edit changes nothing in the database (a comment, whitespace).",
                        FLYWAY),
                tool(
                        "flyway.failed-migration-detected",
                        "flyway",
                        "Failed migration in schema history",
                        "Detected failed (?:repeatable )?migration|contains a failed (?:future |repeatable )?migration",
                        "An earlier run of this migration failed and the schema history records it, so Flyway stops."
                                + " First find what that run left: on MySQL, MariaDB and Oracle the statements before"
                                + " the failing one stay applied (on PostgreSQL nothing does). Undo them, then run"
                                + " flyway repair to remove the failed entry, fix the migration and migrate again."
                                + " Repairing before the database is clean only moves the failure to the next run"
                                + " (duplicate column, table already exists).",
                        FLYWAY),
                tool(
                        "flyway.applied-migration-missing",
                        "flyway",
                        "Applied migration missing locally",
                        "Detected applied migration not resolved locally",
                        "The schema history records a migration whose script Flyway does not find. Check the"
                                + " locations setting and that the build packaged every script (a renamed or deleted"
                                + " file, another branch). If it was renamed, restore its name; if it was removed on"
                                + " purpose, run flyway repair to mark it deleted.",
                        FLYWAY),
                tool(
                        "flyway.migration-not-applied",
                        "flyway",
                        "Migration skipped (out of order)",
                        "Detected resolved migration not applied to database",
                        "A script's version is below the schema's current one and it never ran (often after two"
                                + " branches merged). Give it a version above the current one (rename the file); if"
                                + " its order truly does not matter, run once with outOfOrder=true. Ignore it"
                                + " (ignoreMigrationPatterns) only when it must never run here.",
                        FLYWAY),
                tool(
                        "flyway.no-schema-history",
                        "flyway",
                        "Existing schema without Flyway history",
                        "Found non-empty schema\\(s\\) .* but no schema history table",
                        "The schema holds objects but no Flyway history table. Check first that Flyway looks at the"
                                + " right schema and table (schemas, defaultSchema, table settings). If this database"
                                + " was built without Flyway, baseline it once at the version it matches (flyway"
                                + " baseline -baselineVersion=N) and review which migrations will run above it.",
                        FLYWAY),
                tool(
                        "liquibase.changeset-failed",
                        "liquibase",
                        "Liquibase changeset failed",
                        "Migration failed for change ?set",
                        "The changeset failed and Liquibase named no database error Deploy Gate knows: read the error"
                                + " in the context. The changeset was not recorded as run, so fix it and update again;"
                                + " on MySQL, MariaDB and Oracle, DDL commits at once, so undo by hand what ran before"
                                + " the failing statement first.",
                        LIQUIBASE + "commands/update/update.html"),
                tool(
                        "liquibase.checksum-mismatch",
                        "liquibase",
                        "Liquibase checksum changed",
                        "was: \\S+ but is now: \\S+",
                        "A changeset that already ran was edited, and Liquibase refuses the changed checksum. Restore"
                                + " it from version control and put the change in a new changeset. If the edit is"
                                + " deliberate and changes nothing in the database (a comment, formatting), add"
                                + " validCheckSum with the new checksum to that changeset; run clear-checksums only"
                                + " when every edited changeset is known to be harmless.",
                        LIQUIBASE + "commands/utility/clear-checksums.html"),
                tool(
                        "liquibase.lock-held",
                        "liquibase",
                        "Liquibase change log lock held",
                        "Could not acquire change ?log lock",
                        "Another update holds the changelog lock (the message names the host and since when), or a"
                                + " run that was killed left it set. First make sure no deployment runs against this"
                                + " database (that host, the pipelines). Only then run liquibase release-locks:"
                                + " releasing a lock in use lets two updates run at once.",
                        LIQUIBASE + "commands/utility/release-locks.html"),
                tool(
                        "liquibase.precondition-failed",
                        "liquibase",
                        "Liquibase precondition failed",
                        "Preconditions? (?:failed|error)",
                        "A precondition of the changeset (or changelog) does not hold and its onFail is HALT, so the"
                                + " changeset did not run. The database is not in the state the changeset expects: run"
                                + " the precondition's check by hand on this database (the message gives the expected"
                                + " and actual values) and fix the data or the precondition. Choose onFail:MARK_RAN or"
                                + " CONTINUE only when skipping the changeset is right for this database.",
                        LIQUIBASE + "concepts/changelogs/preconditions.html"),
                tool(
                        "liquibase.rollback-impossible",
                        "liquibase",
                        "Liquibase cannot roll back the changeset",
                        "does not support automatic rollback|No inverse to ",
                        "Liquibase has no rollback for this changeset: raw SQL and some changes cannot be reversed"
                                + " automatically. Write the rollback into the changeset (--rollback <SQL> in formatted"
                                + " SQL, a rollback element in XML), or --rollback empty when nothing needs undoing,"
                                + " and run the rollback again. It stopped at this changeset: those rolled back before"
                                + " it stay rolled back.",
                        LIQUIBASE + "workflows/liquibase-community/using-rollback.html"),
                tool(
                        "liquibase.changelog-not-found",
                        "liquibase",
                        "Liquibase changelog not found",
                        "was not found in the configured search path",
                        "Liquibase found no changelog at that path. It resolves the path against its search path"
                                + " (the working directory, the classpath or --search-path), not as a shell would:"
                                + " check the --changelog-file value, the directory the deployment runs in, and that"
                                + " the build packaged the file.",
                        LIQUIBASE + "parameters/search-path.html"),
                tool(
                        "liquibase.error",
                        "liquibase",
                        "Liquibase failed",
                        "Unexpected error running Liquibase",
                        "Liquibase stopped on an error of its own, not a database error Deploy Gate knows. The message"
                                + " names it: configuration (an unknown option, a missing driver or URL) or the"
                                + " changelog (invalid XML, a duplicate changeset id). Run again with --log-level=INFO"
                                + " to see the steps before it.",
                        LIQUIBASE),
                tool(
                        "psql.file-not-found",
                        "psql",
                        "psql cannot open a script",
                        "No such file or directory",
                        "psql could not open the file that \\i, \\ir or -f names. \\i reads a relative path from the"
                                + " directory psql was started in, \\ir from the including script's directory: use \\ir"
                                + " in scripts, or start psql where the paths expect. Check that the file is in the"
                                + " deployed package. With ON_ERROR_STOP psql stopped here; without it the rest of the"
                                + " script ran without the missing part.",
                        PSQL),
                tool(
                        "psql.error",
                        "psql",
                        "psql error",
                        null,
                        "psql stopped on an error of its own (a meta-command it could not run, a variable that is not"
                                + " set), not one of the server: the message names it. With ON_ERROR_STOP psql stopped"
                                + " here; without it the script went on.",
                        PSQL));
    }

    private static CatalogEntry tool(String id, String tool, String title, String pattern, String fix, String link) {
        return new CatalogEntry(id, null, tool, null, title, pattern, Severity.ERROR, fix, link);
    }
}
