package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.List;

/** SQL Server errors, identified by their message number. */
final class SqlServerEntries {

    private static final String LINK = "https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/";

    private SqlServerEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                ms(
                        "208",
                        "Invalid object name",
                        "Invalid object name",
                        "The table or view is not where the statement looks. In order: check the name; qualify it"
                                + " with its schema (dbo.name), as the login's default schema may differ; check the"
                                + " database the batch runs in (USE, or -d for sqlcmd) and that the script creating it"
                                + " ran first."),
                ms(
                        "207",
                        "Invalid column name",
                        "Invalid column name",
                        "The column is not in the table: check its spelling and that the script adding it ran first."),
                ms(
                        "2714",
                        "Object already exists",
                        "There is already an object named",
                        "An object of that name exists. Find who made it (an earlier script, a half-applied run)"
                                + " before guarding the CREATE (IF OBJECT_ID(...) IS NULL) or using CREATE OR ALTER for"
                                + " code objects."),
                ms(
                        "2627",
                        "Unique key violation",
                        "Violation of (?:PRIMARY|UNIQUE) KEY constraint",
                        "A row with that key exists (the message names it). Find the duplicates and decide which row"
                                + " stays; check whether the data script ran, in part, before."),
                ms(
                        "547",
                        "Constraint conflict",
                        "conflicted with the (?:FOREIGN KEY|REFERENCE|CHECK) constraint",
                        "The data breaks a foreign key or check constraint (the message names it and the table):"
                                + " load parents before children, or find and fix the rows that break it. Adding a"
                                + " constraint over existing rows: clean them first (or WITH NOCHECK, knowingly)."),
                ms(
                        "515",
                        "Cannot insert NULL",
                        "Cannot insert the value NULL into column",
                        "A NOT NULL column got no value: supply one, or give the column a DEFAULT; for an existing"
                                + " column, fill its NULLs before making it NOT NULL."),
                ms(
                        "102",
                        "Incorrect syntax",
                        "Incorrect syntax near",
                        "The batch does not parse: look at the text near the quoted token, and at GO separators"
                                + " (GO is a sqlcmd command and must stand on its own line)."),
                ms(
                        "156",
                        "Incorrect syntax near keyword",
                        "Incorrect syntax near the keyword",
                        "A keyword is out of place; often a missing ';' or a feature of a newer SQL Server version."),
                ms(
                        "3701",
                        "Cannot drop object",
                        "Cannot drop the .* because it does not exist",
                        "The object is not there (dropped already, or another schema): check the name, or use DROP ..."
                                + " IF EXISTS when it may be absent."),
                ms(
                        "18456",
                        "Login failed",
                        "Login failed for user",
                        "The login was refused: wrong password, a disabled login, SQL logins not enabled on the"
                                + " server, or no access to the database named. Check the credential the deployment"
                                + " uses; the server's error log gives the state that says which."),
                ms(
                        "4060",
                        "Cannot open database",
                        "Cannot open database",
                        "The database named does not exist on that server, or the login has no user in it: check the"
                                + " name; a DBA maps the login to a user in that database."),
                new CatalogEntry(
                        "sqlserver.cannot-connect",
                        "sqlserver",
                        null,
                        null,
                        "Cannot connect to SQL Server",
                        "TCP Provider|Named Pipes Provider|A network-related or instance-specific error"
                                + "|Login timeout expired|The TCP/IP connection to the host .* has failed",
                        Severity.ERROR,
                        "The client could not reach the server: check the server name, instance and port (1433, or"
                                + " the instance's port with SQL Browser), that the server allows remote TCP"
                                + " connections, and a firewall between the agent and the server.",
                        LINK + "database-engine-events-and-errors"),
                ms(
                        "1205",
                        "Deadlock victim",
                        "was deadlocked on .* and has been chosen as the deadlock victim",
                        "SQL Server chose this session as a deadlock victim and rolled it back. Run it again once the"
                                + " other work is done (the system_health session holds the deadlock graph); in data"
                                + " scripts touch rows in one order and keep transactions short."));
    }

    static CatalogEntry generic() {
        return new CatalogEntry(
                "sqlserver.*",
                "sqlserver",
                null,
                null,
                "SQL Server error",
                null,
                Severity.ERROR,
                "Look the message number up in the Database Engine errors list.",
                LINK + "database-engine-events-and-errors");
    }

    private static CatalogEntry ms(String code, String title, String pattern, String fix) {
        return new CatalogEntry(
                "sqlserver." + code,
                "sqlserver",
                null,
                code,
                title,
                pattern,
                Severity.ERROR,
                fix,
                LINK + "mssqlserver-" + code + "-database-engine-error");
    }
}
