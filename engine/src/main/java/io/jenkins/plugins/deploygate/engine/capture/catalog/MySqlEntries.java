package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.List;
import java.util.Locale;

/** MySQL and MariaDB server errors, identified by their error number. */
final class MySqlEntries {

    private static final String LINK = "https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html";

    private MySqlEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                my(
                        "1146",
                        "ER_NO_SUCH_TABLE",
                        "Table doesn't exist",
                        "Table '[^']+' doesn't exist",
                        "The table is not in that database. In order: check the name, and its case (table names are"
                                + " case-sensitive on Linux unless lower_case_table_names is set); check the database"
                                + " the statement runs in (the connection's, or USE); check that the migration that"
                                + " creates it ran before this one."),
                my(
                        "1050",
                        "ER_TABLE_EXISTS_ERROR",
                        "Table already exists",
                        "Table '[^']+' already exists",
                        "A table of that name exists. Find who made it: an earlier run of this migration that failed"
                                + " half-way (MySQL and MariaDB commit DDL at once, so what ran stays), an earlier"
                                + " migration, or someone by hand. If the failed run left it, drop it here and run"
                                + " again; use IF NOT EXISTS only when the existing table is certainly the same."),
                my(
                        "1054",
                        "ER_BAD_FIELD_ERROR",
                        "Unknown column",
                        "Unknown column '[^']+'",
                        "The column is not in the table: check its spelling, and that the migration adding it ran"
                                + " before this one (SHOW COLUMNS FROM the table)."),
                my(
                        "1060",
                        "ER_DUP_FIELDNAME",
                        "Duplicate column name",
                        "Duplicate column name",
                        "The column exists already. Most often an earlier run of this migration failed half-way:"
                                + " MySQL and MariaDB commit each DDL statement at once, so the columns it added before"
                                + " the failing statement stayed, and a repair does not remove them. Check the column"
                                + " holds nothing you need, drop it on this database (ALTER TABLE ... DROP COLUMN),"
                                + " and migrate again. Never edit a migration that was applied elsewhere to step"
                                + " around it; if another migration added the column, remove the duplicate here."),
                my(
                        "1062",
                        "ER_DUP_ENTRY",
                        "Duplicate entry for key",
                        "Duplicate entry '.*' for key",
                        "A row with that key exists. Find the duplicates and decide which row stays; check whether"
                                + " the data migration ran, in part, before (each statement commits on its own outside"
                                + " a transaction). Use INSERT IGNORE or ON DUPLICATE KEY UPDATE only when skipping or"
                                + " merging the row is what the change means."),
                my(
                        "1064",
                        "ER_PARSE_ERROR",
                        "SQL syntax error",
                        "You have an error in your SQL syntax",
                        "The statement does not parse on this server. The text after \"near\" is where parsing"
                                + " stopped (near '' means the statement ended early, after a trailing comma for"
                                + " example): look for a typo, a reserved word used as a name (quote it with"
                                + " backticks), or syntax of another database or a newer server version."),
                my(
                        "1045",
                        "ER_ACCESS_DENIED_ERROR",
                        "Access denied",
                        "Access denied for user '[^']*'@'[^']*' \\(using password",
                        "The server refused the login. \"using password: NO\": the deployment sent no password (an"
                                + " empty or missing credential); \"YES\": the password is wrong, or no account"
                                + " matches this user from this host (accounts are 'user'@'host', matched on the"
                                + " client's address). Check the credential the deployment uses; a DBA checks the"
                                + " account (SELECT user, host FROM mysql.user)."),
                my(
                        "1044",
                        "ER_DBACCESS_DENIED_ERROR",
                        "Access denied to database",
                        "Access denied for user '[^']*'@'[^']*' to database",
                        "The login works but the account has no rights on that database. Check the database name in"
                                + " the connection; a DBA grants what the migrations need there (GRANT ... ON db.* TO"
                                + " 'deployer'@'host')."),
                my(
                        "1049",
                        "ER_BAD_DB_ERROR",
                        "Unknown database",
                        "Unknown database '[^']+'",
                        "The connection names a database that is not on that server: check its name and the server;"
                                + " create it only when it is truly new."),
                my(
                        "1451",
                        "ER_ROW_IS_REFERENCED_2",
                        "Cannot delete or update a parent row",
                        "Cannot delete or update a parent row",
                        "Child rows still reference the row (the message names the constraint and the table): delete"
                                + " or re-point them first, in the same migration."),
                my(
                        "1452",
                        "ER_NO_REFERENCED_ROW_2",
                        "Cannot add or update a child row",
                        "Cannot add or update a child row",
                        "A child row names a parent that does not exist. Loading data: load the parents first, or fix"
                                + " the keys. Adding the foreign key over existing rows: find the orphans (LEFT JOIN"
                                + " the parent WHERE its key IS NULL) and fix or delete them first."),
                my(
                        "1213",
                        "ER_LOCK_DEADLOCK",
                        "Deadlock",
                        "Deadlock found when trying to get lock",
                        "InnoDB found a deadlock and rolled this transaction back. Run it again once the other work"
                                + " is done (SHOW ENGINE INNODB STATUS shows the last deadlock); in data migrations"
                                + " touch rows in one order and keep transactions short."),
                my(
                        "1205",
                        "ER_LOCK_WAIT_TIMEOUT",
                        "Lock wait timeout exceeded",
                        "Lock wait timeout exceeded",
                        "Another transaction held the lock longer than the wait allows (innodb_lock_wait_timeout for"
                                + " rows, lock_wait_timeout for DDL). Find it (SHOW PROCESSLIST,"
                                + " information_schema.innodb_trx, performance_schema.metadata_locks): often a long or"
                                + " forgotten open transaction. Let it finish or end it, then run again. Do not raise"
                                + " the timeout for DDL: while ALTER TABLE waits, every later query on the table waits"
                                + " behind it."),
                my(
                        "1091",
                        "ER_CANT_DROP_FIELD_OR_KEY",
                        "Can't drop column or key",
                        "Can't DROP '[^']+'",
                        "The column or index is not there (a half-applied earlier run may have dropped it): check"
                                + " with SHOW CREATE TABLE and fix the name, or use DROP ... IF EXISTS on MariaDB."),
                my(
                        "1040",
                        "ER_CON_COUNT_ERROR",
                        "Too many connections",
                        "Too many connections",
                        "The server has no connection left (max_connections). Find who holds them (SHOW"
                                + " PROCESSLIST), close idle ones or pool them; raise max_connections only with the"
                                + " memory it costs."),
                client(
                        "2002",
                        "Can't connect to server",
                        "Can't connect to (?:local )?(?:MySQL |MariaDB )?server (?:on|through)",
                        "Nothing answered at that host and port, or socket: (111/115) connection refused means no"
                                + " server listens there. Check host and port (3306) in the connection, that the"
                                + " server runs, and a firewall between the agent and the server."),
                client(
                        "2003",
                        "Can't connect to MySQL server",
                        "Can't connect to MySQL server on",
                        "Nothing answered at that host and port: check them, that the server runs and listens on"
                                + " the network (bind-address, skip-networking), and a firewall between."),
                client(
                        "2005",
                        "Unknown server host",
                        "Unknown (?:MySQL |MariaDB )?server host",
                        "The server's host name does not resolve: check its spelling and the agent's DNS."),
                client(
                        "2013",
                        "Lost connection to server",
                        "Lost connection to (?:MySQL |MariaDB )?server",
                        "The server closed the connection: it restarted, a statement outran net_read_timeout, or a"
                                + " packet exceeded max_allowed_packet. The server's error log says which."));
    }

    /** An error of the client library (2000 and up): the client's reference, not the server's. */
    private static CatalogEntry client(String code, String title, String pattern, String fix) {
        return error(
                code, title, pattern, fix, "https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html");
    }

    static CatalogEntry generic() {
        return new CatalogEntry(
                "mysql.*",
                "mysql",
                null,
                null,
                "MySQL error",
                null,
                Severity.ERROR,
                "Look the error number up in the MySQL (or MariaDB) server error reference.",
                LINK);
    }

    private static CatalogEntry my(String code, String symbol, String title, String pattern, String fix) {
        return error(code, title, pattern, fix, LINK + "#error_" + symbol.toLowerCase(Locale.ROOT));
    }

    /** An error numbered {@code code}, documented at {@code link}. */
    private static CatalogEntry error(String code, String title, String pattern, String fix, String link) {
        return new CatalogEntry("mysql." + code, "mysql", null, code, title, pattern, Severity.ERROR, fix, link);
    }
}
