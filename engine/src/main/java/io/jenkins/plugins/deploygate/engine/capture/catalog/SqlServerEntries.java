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
                        "The table or view is missing or in another schema; qualify it (dbo.name) and check that the"
                                + " creating script ran in the same database (USE)."),
                ms(
                        "207",
                        "Invalid column name",
                        "Invalid column name",
                        "The column is not in the table; check spelling and whether its migration ran."),
                ms(
                        "2714",
                        "Object already exists",
                        "There is already an object named",
                        "Guard the CREATE with IF OBJECT_ID(...) IS NULL, or use CREATE OR ALTER."),
                ms(
                        "2627",
                        "Unique key violation",
                        "Violation of (?:PRIMARY|UNIQUE) KEY constraint",
                        "A row with that key exists; de-duplicate the data or MERGE."),
                ms(
                        "547",
                        "Constraint conflict",
                        "conflicted with the (?:FOREIGN KEY|REFERENCE|CHECK) constraint",
                        "The data breaks a foreign key or check constraint; load in dependency order or fix data."),
                ms(
                        "515",
                        "Cannot insert NULL",
                        "Cannot insert the value NULL into column",
                        "A NOT NULL column got no value; supply one or add a DEFAULT."),
                ms(
                        "102",
                        "Incorrect syntax",
                        "Incorrect syntax near",
                        "The batch does not parse; check the text near the quoted token and GO separators."),
                ms(
                        "156",
                        "Incorrect syntax near keyword",
                        "Incorrect syntax near the keyword",
                        "A keyword is out of place; often a missing ';' or a feature of a newer SQL Server version."),
                ms(
                        "3701",
                        "Cannot drop object",
                        "Cannot drop the .* because it does not exist",
                        "Use DROP ... IF EXISTS, or fix the name."),
                ms(
                        "18456",
                        "Login failed",
                        "Login failed for user",
                        "Wrong credentials or no access to the database; check the Jenkins credential."),
                ms(
                        "4060",
                        "Cannot open database",
                        "Cannot open database",
                        "The database does not exist or the login has no user in it."),
                ms(
                        "1205",
                        "Deadlock victim",
                        "was deadlocked on .* and has been chosen as the deadlock victim",
                        "Retry the deployment; avoid concurrent writes during migrations."));
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
