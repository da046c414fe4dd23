package io.jenkins.plugins.deploygate.engine.capture.catalog;

import static io.jenkins.plugins.deploygate.engine.capture.catalog.Severity.ERROR;
import static io.jenkins.plugins.deploygate.engine.capture.catalog.Severity.WARNING;

import java.util.List;

/**
 * PostgreSQL errors by SQLSTATE. The patterns matter more here than for other engines: psql's
 * default output ({@code psql:file.sql:12: ERROR:  relation "orders" does not exist}) carries no
 * SQLSTATE, so the message text is what identifies the error. Patterns are mutually exclusive.
 */
final class PostgresEntries {

    private static final String LINK = "https://www.postgresql.org/docs/current/errcodes-appendix.html";

    private PostgresEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                pg(
                        "42P01",
                        "Relation does not exist",
                        "^(?:relation|table) \"[^\"]+\" does not exist",
                        "The table or view is missing in the schema the statement runs in. Check that an earlier"
                                + " migration created it, that search_path includes its schema, or qualify the name"
                                + " (schema.table); mind the case of quoted identifiers."),
                pg(
                        "42703",
                        "Column does not exist",
                        "^column \"?[^\"]+\"? (?:of relation \"[^\"]+\" )?does not exist",
                        "The column is not in the table. Check its spelling and case, and whether the migration"
                                + " that adds it ran before this one."),
                pg(
                        "42701",
                        "Column already exists",
                        "^column \"[^\"]+\" of relation \"[^\"]+\" already exists",
                        "The column was added before (often by a half-applied earlier run). Use ADD COLUMN IF NOT"
                                + " EXISTS, or remove the duplicate change."),
                pg(
                        "42P07",
                        "Relation already exists",
                        "^relation \"[^\"]+\" already exists",
                        "The object is already there. Make the script idempotent (CREATE ... IF NOT EXISTS) or"
                                + " find the earlier migration that created it; do not edit an applied migration."),
                pg(
                        "42P06",
                        "Schema already exists",
                        "schema \"[^\"]+\" already exists",
                        "Use CREATE SCHEMA IF NOT EXISTS, or let the migration tool create the schema."),
                pg(
                        "3F000",
                        "Schema does not exist",
                        "schema \"[^\"]+\" does not exist",
                        "Create the schema first, or fix the schema name in the statement or in search_path."),
                pg(
                        "42704",
                        "Object does not exist",
                        "(?:type|role|index|constraint|sequence) \"[^\"]+\" does not exist",
                        "A referenced type, role, index or constraint is missing; create it first or correct the name."),
                pg(
                        "42883",
                        "Function does not exist",
                        "function \\S.* does not exist",
                        "No function matches that name and argument types. Create it, fix the argument types, or"
                                + " add explicit casts."),
                pg(
                        "23505",
                        "Unique constraint violated",
                        "duplicate key value violates unique constraint|could not create unique index",
                        "A row with the same key already exists. De-duplicate the data, use ON CONFLICT, or check"
                                + " whether the data migration ran twice."),
                pg(
                        "23503",
                        "Foreign key violated",
                        "violates foreign key constraint",
                        "A referenced row is missing, or a referencing row still exists. Load or delete data in"
                                + " dependency order."),
                pg(
                        "23502",
                        "Not-null constraint violated",
                        "null value in column \"[^\"]+\".* violates not-null constraint|column \"[^\"]+\" (?:of relation \"[^\"]+\" )?contains null values",
                        "A NOT NULL column received no value. Give the column a DEFAULT or backfill existing rows"
                                + " before adding the constraint."),
                pg(
                        "23514",
                        "Check constraint violated",
                        "violates check constraint",
                        "Existing or new rows break the CHECK condition; fix the data first or add the constraint"
                                + " NOT VALID and validate later."),
                pg(
                        "42601",
                        "Syntax error",
                        "syntax error at (?:or near|end of input)",
                        "The SQL does not parse. Look at the reported position; a missing semicolon, comma or a"
                                + " dialect from another database is the usual cause."),
                pg(
                        "42501",
                        "Insufficient privilege",
                        "permission denied for|must be owner of",
                        "The deploying role lacks a privilege. GRANT it to the migration user or run as the"
                                + " object's owner; do not deploy as a superuser to hide it."),
                pg(
                        "2BP01",
                        "Dependent objects still exist",
                        "cannot drop .* because other objects depend on it",
                        "Drop or change the dependent views and constraints first; use CASCADE only when you know"
                                + " what it removes."),
                pg(
                        "22P02",
                        "Invalid text representation",
                        "invalid input syntax for",
                        "A value cannot be converted to the column type; clean the data or cast explicitly."),
                pg(
                        "22001",
                        "Value too long",
                        "value too long for type",
                        "Widen the column or shorten the data before inserting."),
                pg(
                        "40P01",
                        "Deadlock detected",
                        "deadlock detected",
                        "Two sessions locked the same objects in opposite orders. Retry the deployment and avoid"
                                + " running migrations while the application writes to the same tables."),
                pg(
                        "55P03",
                        "Lock not available",
                        "could not obtain lock on|canceling statement due to lock timeout",
                        "Another session holds a lock. Find it in pg_locks / pg_stat_activity, or raise"
                                + " lock_timeout for the migration."),
                pg(
                        "57014",
                        "Query canceled",
                        "canceling statement due to (?:statement timeout|user request)",
                        "The statement ran past statement_timeout or was cancelled. Raise the timeout for the"
                                + " migration or split the change into smaller batches."),
                pg(
                        "3D000",
                        "Database does not exist",
                        "database \"[^\"]+\" does not exist",
                        "The connection names a database that is not there; fix the JDBC URL or create the database."),
                pg(
                        "28P01",
                        "Password authentication failed",
                        "password authentication failed for user",
                        "The credentials are wrong or expired. Check the Jenkins credential used for the deployment."),
                pg(
                        "08001",
                        "Cannot connect to server",
                        "connection to server .* failed|could not connect to server|could not translate host name",
                        "The database is unreachable: check host, port, firewall and that the server is running."),
                pg(
                        "53300",
                        "Too many connections",
                        "too many connections|remaining connection slots are reserved",
                        "The server is out of connection slots; close idle sessions or use a pool."),
                new CatalogEntry(
                        "postgresql.25P02",
                        "postgresql",
                        null,
                        "25P02",
                        "Transaction aborted (consequence of an earlier error)",
                        "current transaction is aborted, commands ignored until end of transaction block",
                        WARNING,
                        "Not the root cause: an earlier statement in the same transaction failed. Fix the first"
                                + " error above; every statement after it fails this way until ROLLBACK.",
                        LINK));
    }

    static CatalogEntry generic() {
        return new CatalogEntry(
                "postgresql.*",
                "postgresql",
                null,
                null,
                "PostgreSQL error",
                null,
                ERROR,
                "Look the SQLSTATE up in the PostgreSQL error code appendix and read the statement in the context.",
                LINK);
    }

    private static CatalogEntry pg(String code, String title, String pattern, String fix) {
        return new CatalogEntry(
                "postgresql." + code, "postgresql", null, code, title, pattern, Severity.ERROR, fix, LINK);
    }
}
