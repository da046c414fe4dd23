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
                        "The table is missing in that database; check the database name, the order of migrations"
                                + " and lower_case_table_names on case-sensitive servers."),
                my(
                        "1050",
                        "ER_TABLE_EXISTS_ERROR",
                        "Table already exists",
                        "Table '[^']+' already exists",
                        "Use CREATE TABLE IF NOT EXISTS or find the earlier change that created it."),
                my(
                        "1054",
                        "ER_BAD_FIELD_ERROR",
                        "Unknown column",
                        "Unknown column '[^']+'",
                        "The column is not in the table; check spelling and migration order."),
                my(
                        "1060",
                        "ER_DUP_FIELDNAME",
                        "Duplicate column name",
                        "Duplicate column name",
                        "The column was added already, often by an earlier half-applied run (MySQL DDL is not"
                                + " transactional); drop the duplicate ADD COLUMN."),
                my(
                        "1062",
                        "ER_DUP_ENTRY",
                        "Duplicate entry for key",
                        "Duplicate entry '.*' for key",
                        "A row with that key exists; de-duplicate the data or use INSERT ... ON DUPLICATE KEY UPDATE."),
                my(
                        "1064",
                        "ER_PARSE_ERROR",
                        "SQL syntax error",
                        "You have an error in your SQL syntax",
                        "The statement does not parse on this server version; check the text near the quoted part."),
                my(
                        "1045",
                        "ER_ACCESS_DENIED_ERROR",
                        "Access denied",
                        "Access denied for user",
                        "Wrong user, password or host; check the Jenkins credential and the account's host part."),
                my(
                        "1049",
                        "ER_BAD_DB_ERROR",
                        "Unknown database",
                        "Unknown database '[^']+'",
                        "The database in the connection does not exist; fix the URL or create it."),
                my(
                        "1451",
                        "ER_ROW_IS_REFERENCED_2",
                        "Cannot delete or update a parent row",
                        "Cannot delete or update a parent row",
                        "Child rows still reference it; delete or re-point them first."),
                my(
                        "1452",
                        "ER_NO_REFERENCED_ROW_2",
                        "Cannot add or update a child row",
                        "Cannot add or update a child row",
                        "The referenced parent row is missing; load parents first."),
                my(
                        "1213",
                        "ER_LOCK_DEADLOCK",
                        "Deadlock",
                        "Deadlock found when trying to get lock",
                        "Retry; avoid running migrations while the application writes to the same rows."),
                my(
                        "1205",
                        "ER_LOCK_WAIT_TIMEOUT",
                        "Lock wait timeout exceeded",
                        "Lock wait timeout exceeded",
                        "Another transaction holds the lock; find it (SHOW ENGINE INNODB STATUS) or retry later."),
                my(
                        "1091",
                        "ER_CANT_DROP_FIELD_OR_KEY",
                        "Can't drop column or key",
                        "Can't DROP '[^']+'",
                        "The column or index is already gone; guard the DROP or fix the name."));
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
        return new CatalogEntry(
                "mysql." + code,
                "mysql",
                null,
                code,
                title,
                pattern,
                Severity.ERROR,
                fix,
                LINK + "#error_" + symbol.toLowerCase(Locale.ROOT));
    }
}
