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
                        "The table or view is not where the statement looks. In order: check the name for a typo;"
                                + " check that the migration that creates it ran before this one, in this database;"
                                + " check search_path (SHOW search_path) or qualify the name with its schema; a name"
                                + " created quoted in mixed case (\"Orders\") must be quoted the same way."),
                pg(
                        "42703",
                        "Column does not exist",
                        "^column \"?[^\"]+\"? (?:of relation \"[^\"]+\" )?does not exist",
                        "The column is not in the table. Check its spelling (and case, if it was created quoted) and"
                                + " that the migration adding it ran before this one; \\d table in psql lists the"
                                + " columns."),
                pg(
                        "42701",
                        "Column already exists",
                        "^column \"[^\"]+\" of relation \"[^\"]+\" already exists",
                        "The column exists already. If an earlier run of this change failed half-way outside a"
                                + " transaction and left it, check it is the column you expect and drop it here, then"
                                + " run again. If another migration added it, remove the duplicate from this one; never"
                                + " edit a migration that was applied. ADD COLUMN IF NOT EXISTS only when the existing"
                                + " column is certainly the same."),
                pg(
                        "42P07",
                        "Relation already exists",
                        "^relation \"[^\"]+\" already exists",
                        "An object of that name exists already. Find who made it: an earlier migration (this one is"
                                + " then a duplicate), a half-applied earlier run, or someone by hand. Use CREATE ... IF"
                                + " NOT EXISTS only when the existing object is certainly the same; never edit a"
                                + " migration that was applied."),
                pg(
                        "42P06",
                        "Schema already exists",
                        "schema \"[^\"]+\" already exists",
                        "The schema exists already: use CREATE SCHEMA IF NOT EXISTS, or let the migration tool create"
                                + " its schemas and remove the statement."),
                pg(
                        "3F000",
                        "Schema does not exist",
                        "schema \"[^\"]+\" does not exist",
                        "The schema is missing: check its name, create it in an earlier migration, or fix search_path"
                                + " or the tool's schema setting."),
                pg(
                        "42704",
                        "Object does not exist",
                        "(?:type|role|index|constraint|sequence) \"[^\"]+\" does not exist",
                        "A type, role, index, constraint or sequence of that name does not exist: check the spelling"
                                + " and that the migration creating it ran first. Roles belong to the server, not to a"
                                + " database: a DBA creates them."),
                pg(
                        "42883",
                        "Function does not exist",
                        "function \\S.* does not exist",
                        "No function of that name takes these argument types. In order: check the function's"
                                + " spelling and schema (search_path, or qualify it); then the argument types:"
                                + " PostgreSQL does not cast between text and numbers by itself, so cast explicitly"
                                + " (::integer) or call an overload that exists (\\df name lists them); a function of an"
                                + " extension needs its CREATE EXTENSION first."),
                pg(
                        "23505",
                        "Unique constraint violated",
                        "duplicate key value violates unique constraint|could not create unique index",
                        "A row with the same key exists. Find the duplicates (GROUP BY the key HAVING count(*) > 1)"
                                + " and decide which row stays; check whether the data migration ran, in part, before."
                                + " Use ON CONFLICT only when skipping or merging the row is what the change means. For"
                                + " CREATE UNIQUE INDEX, remove the duplicates first."),
                pg(
                        "23503",
                        "Foreign key violated",
                        "violates foreign key constraint",
                        "A row and its foreign key disagree. Loading data: load the parent rows first, or fix the"
                                + " child's key. Adding the constraint over existing rows: find the orphans (LEFT JOIN"
                                + " the parent, WHERE its key IS NULL) and fix or delete them; or add the constraint"
                                + " NOT VALID, which holds for new rows, and run ALTER TABLE ... VALIDATE CONSTRAINT"
                                + " once they are clean. Deleting a parent: delete or re-point its children first."),
                pg(
                        "23502",
                        "Not-null constraint violated",
                        "null value in column \"[^\"]+\".* violates not-null constraint|column \"[^\"]+\" (?:of relation \"[^\"]+\" )?contains null values",
                        "A NOT NULL column has no value. Inserting: supply one, or give the column a DEFAULT. Setting"
                                + " NOT NULL over existing rows: backfill them first (UPDATE ... WHERE col IS NULL, in"
                                + " batches on a large table), then set NOT NULL in a later step."),
                pg(
                        "23514",
                        "Check constraint violated",
                        "violates check constraint",
                        "Rows break the CHECK condition. Find them (WHERE NOT (condition)) and fix them first; on a"
                                + " large table add the constraint NOT VALID and run VALIDATE CONSTRAINT once they are"
                                + " clean."),
                pg(
                        "42601",
                        "Syntax error",
                        "syntax error at (?:or near|end of input)",
                        "The statement does not parse. Look at the reported position and the token before it: a"
                                + " missing or extra comma, an unbalanced quote or parenthesis, a missing semicolon"
                                + " between statements, or another database's syntax (MySQL backticks, Oracle"
                                + " VARCHAR2)."),
                pg(
                        "42501",
                        "Insufficient privilege",
                        "permission denied for|must be owner of",
                        "The deploying role may not do this. \"permission denied for table (schema, sequence)\": the"
                                + " object's owner grants the privilege named to the migration role (GRANT INSERT ON"
                                + " ... TO deployer; USAGE on the schema and on sequences). \"must be owner of\": ALTER,"
                                + " DROP and other DDL need the owner, which no GRANT of privileges gives: run the"
                                + " migration as the owning role, or make the migration role a member of it (GRANT"
                                + " app_owner TO deployer, and SET ROLE app_owner in the migration), or have the owner"
                                + " transfer the table (ALTER TABLE ... OWNER TO). Do not deploy as a superuser to get"
                                + " past it."),
                pg(
                        "2BP01",
                        "Dependent objects still exist",
                        "cannot drop .* because other objects depend on it",
                        "Views, foreign keys or functions depend on what you drop or change; the DETAIL lines name"
                                + " them. Drop or change them first in this migration and recreate them after. CASCADE"
                                + " removes every dependent object without naming it: use it only when you know them."),
                pg(
                        "22P02",
                        "Invalid text representation",
                        "invalid input syntax for",
                        "A value cannot be read as the column's type (text into a number, a bad date or UUID). Find"
                                + " the rows that do not convert and clean them first, or convert explicitly (ALTER"
                                + " COLUMN ... TYPE ... USING, with a CASE for the bad values)."),
                pg(
                        "22001",
                        "Value too long",
                        "value too long for type",
                        "A value is longer than the column allows. Find the long values (WHERE length(col) > n), then"
                                + " widen the column or shorten the data deliberately."),
                pg(
                        "40P01",
                        "Deadlock detected",
                        "deadlock detected",
                        "This session and another each waited for a lock the other held, and PostgreSQL cancelled"
                                + " this statement; its transaction was rolled back. Run the migration again once the"
                                + " other work is done (the DETAIL and the server log name the other process). If the"
                                + " application writes the same rows, deploy outside its busy hours, and have data"
                                + " migrations touch rows in one order (by primary key)."),
                pg(
                        "55P03",
                        "Lock not available",
                        "could not obtain lock on|canceling statement due to lock timeout",
                        "Another session holds a lock the migration needs, and lock_timeout ended the wait. Find the"
                                + " holder (pg_stat_activity with pg_blocking_pids(), or pg_locks): often a long"
                                + " transaction or a session idle in transaction. Let it finish or end it, then run"
                                + " again. Keep lock_timeout short rather than raising it: while ALTER TABLE waits for"
                                + " its lock, every later query on the table waits behind it and the application"
                                + " stalls."),
                pg(
                        "57014",
                        "Query canceled",
                        "canceling statement due to (?:statement timeout|user request)",
                        "The statement ran past statement_timeout or was cancelled. Check first that it was not"
                                + " waiting for a lock (pg_stat_activity). Split a long data change into batches, or"
                                + " raise statement_timeout for the migration's session only (SET in the migration),"
                                + " not for the server."),
                pg(
                        "3D000",
                        "Database does not exist",
                        "database \"[^\"]+\" does not exist",
                        "The connection names a database that is not on that server. Check the name in the URL (and"
                                + " the environment's: shop, shop_prod) and that the deployment points at the right"
                                + " server; create the database only when it is truly new."),
                pg(
                        "28P01",
                        "Password authentication failed",
                        "password authentication failed for user",
                        "The server refused the password for that user. Check the credential the deployment uses (the"
                                + " Jenkins credential and its value, PGPASSWORD, the tool's password setting) and"
                                + " whether the password was changed or expired (VALID UNTIL); the server's log names"
                                + " the pg_hba.conf line that applied."),
                new CatalogEntry(
                        "postgresql.no-password-supplied",
                        "postgresql",
                        null,
                        null,
                        "No password supplied",
                        "no password supplied|but no password was provided",
                        ERROR,
                        "The server asks this user for a password and the client sent none: the deployment passed"
                                + " no password (an empty credential, PGPASSWORD or the tool's password setting unset,"
                                + " psql -w with no matching .pgpass line). Supply it through the deployment's"
                                + " credential. It is not a network problem; the server was reached.",
                        LINK),
                pg(
                        "28000",
                        "Connection not authorised",
                        "no pg_hba.conf entry for|role \"[^\"]+\" does not exist|is not permitted to log in",
                        "The server does not let this user connect: no pg_hba.conf line admits this host, user and"
                                + " database, or the role does not exist or may not log in. Check the user name in the"
                                + " connection; a DBA adds the pg_hba.conf line (or ALTER ROLE ... LOGIN) and reloads."),
                pg(
                        "57P03",
                        "Server not accepting connections",
                        "the database system is (?:starting up|shutting down|in recovery mode)",
                        "The server is starting, stopping or recovering. Retry in a moment; if it lasts, its log says"
                                + " why."),
                pg(
                        "08001",
                        "Cannot connect to server",
                        "connection to server .* failed|could not connect to server|could not translate host name"
                                + "|Connection to \\S+ refused|The connection attempt failed",
                        "The client could not reach the server. \"Connection refused\": nothing listens on that host"
                                + " and port (check both in the URL, and that the server runs and listens there);"
                                + " \"timeout\": a firewall between the agent and the server drops the connection;"
                                + " \"could not translate host name\": the name does not resolve (DNS)."),
                pg(
                        "53300",
                        "Too many connections",
                        "too many connections|remaining connection slots are reserved|sorry, too many clients",
                        "The server has no connection slot left (max_connections). Find who holds them"
                                + " (pg_stat_activity; often idle sessions of an application), close them or put a"
                                + " pool in front; raise max_connections only with the memory it costs."),
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
