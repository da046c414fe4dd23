package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import org.junit.jupiter.api.Test;

/** Each tool's fixture log, with exactly the findings a developer needs from it. */
class ToolFixturesTest {

    @Test
    void flywayFailedMigrationIsTheDatabaseErrorInsideItWithTheMigrationAsItsWrapper() {
        ScanResult result = Fixtures.scan("flyway-postgres.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::code, Finding::message, Finding::line, Finding::count)
                .containsExactly(
                        tuple("postgresql.42P01", "flyway", "42P01", "relation \"customers\" does not exist", 22L, 1L));
        Finding finding = result.findings().get(0);
        assertThat(finding.migration()).isEqualTo(new MigrationRef("3", "V3__add_orders.sql", 12));
        assertThat(finding.wrapper())
                .isEqualTo(new Wrapper("flyway.migration-failed", "Migration V3__add_orders.sql failed", 18));
        assertThat(finding.statement()).startsWith("CREATE TABLE orders (\n");
        assertThat(result.errorCount()).as("the trend counts one error").isEqualTo(1);
        assertThat(result.linesScanned()).isEqualTo(55);
    }

    @Test
    void flywayMavenPluginFailureOnMysqlTakesTheEngineFromTheJdbcUrl() {
        ScanResult result = Fixtures.scan("flyway-maven-mysql.log");

        MigrationRef migration = new MigrationRef("5", "V5__add_customers.sql", 7);
        assertThat(result.findings())
                .extracting(Finding::id, Finding::engine, Finding::tool, Finding::line, Finding::migration)
                .containsExactly(tuple("mysql.1146", "mysql", "flyway", 23L, migration));
    }

    @Test
    void flywayOracleBlockSurvivesTheBlankLineAfterTheMessageAndItsCauseIsAnEcho() {
        ScanResult result = Fixtures.scan("flyway-oracle.log");

        MigrationRef migration = new MigrationRef("7", "V7__grants.sql", 2);
        assertThat(result.findings())
                .extracting(Finding::id, Finding::message, Finding::count, Finding::migration)
                .containsExactly(tuple("oracle.ORA-00942", "table or view does not exist", 1L, migration));
    }

    @Test
    void flywaySummaryLineWithoutADetailedBlockIsStillAFailedMigration() {
        ScanSession session = LogScanner.defaults().start();
        session.writeLine(
                "2026-11-20 14:00:04.702 ERROR 1 --- [main] o.f.core.internal.command.DbMigrate"
                        + "      : Migration of schema \"public\" to version \"4 - break\" failed! Changes successfully rolled back.");
        ScanResult result = session.finish();

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("flyway.migration-failed");
            assertThat(finding.migration()).isEqualTo(new MigrationRef("4", null, null));
        });
    }

    @Test
    void flywayValidationReportsChecksumMismatchAndFailedMigrationNeedingRepair() {
        ScanResult result = Fixtures.scan("flyway-validate.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::message, Finding::line, Finding::migration)
                .containsExactly(
                        tuple(
                                "flyway.checksum-mismatch",
                                "Migration checksum mismatch for migration version 2",
                                18L,
                                new MigrationRef("2", null, null)),
                        tuple(
                                "flyway.failed-migration-detected",
                                "Detected failed migration to version 3 (add orders)",
                                22L,
                                new MigrationRef("3", null, null)));
    }

    @Test
    void liquibaseChangesetFailureIsItsDatabaseErrorOnceWithTheChangesetItsAuthorAndItsSql() {
        ScanResult result = Fixtures.scan("liquibase-postgres.log");

        MigrationRef changeset = new MigrationRef("create-orders", "db/changelog.xml", null, "alice");
        assertThat(result.findings())
                .extracting(
                        Finding::id, Finding::tool, Finding::message, Finding::line, Finding::count, Finding::migration)
                .containsExactly(tuple(
                        "postgresql.42703", "liquibase", "column \"customer\" does not exist", 18L, 1L, changeset));
        assertThat(result.findings().get(0).wrapper())
                .isEqualTo(new Wrapper(
                        "liquibase.changeset-failed",
                        "Migration failed for changeset db/changelog.xml::create-orders::alice",
                        17));
        assertThat(result.findings().get(0).statement()).startsWith("CREATE INDEX");
    }

    @Test
    void liquibaseChecksumAndLockAreToolFindings() {
        ScanResult result = Fixtures.scan("liquibase-checksum-lock.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::line, Finding::count)
                .containsExactly(tuple("liquibase.checksum-mismatch", 7L, 1L), tuple("liquibase.lock-held", 17L, 1L));
        assertThat(result.findings().get(0).migration())
                .isEqualTo(new MigrationRef("2", "db/changelog/002-orders.sql", null, "bob"));
        assertThat(result.findings().get(1).message())
                .isEqualTo("Could not acquire change log lock. Currently locked by build-agent-7 (10.20.1.17)"
                        + " since 11/20/26, 1:55 PM");
    }

    @Test
    void psqlMessagesWithoutSqlstateAreMappedToTheirCodesAndNoticesIgnored() {
        ScanResult result = Fixtures.scan("psql.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::severity, Finding::line, Finding::count)
                .containsExactly(
                        tuple("postgresql.42P01", "psql", Severity.ERROR, 6L, 2L),
                        tuple("postgresql.25P02", "psql", Severity.WARNING, 9L, 2L),
                        tuple("postgresql.23505", "psql", Severity.ERROR, 13L, 1L),
                        tuple("postgresql.42601", "psql", Severity.ERROR, 15L, 1L),
                        tuple("postgresql.error", "psql", Severity.ERROR, 18L, 1L));
        assertThat(result.findings().get(1).title()).contains("consequence");
        assertThat(result.findings().get(4).message())
                .isEqualTo("cannot alter type of a column used by a view or rule");
    }

    @Test
    void sqlplusErrorsCompilationWarningAndShowErrorsListing() {
        ScanResult result = Fixtures.scan("sqlplus.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::message, Finding::line, Finding::count)
                .containsExactly(
                        tuple("oracle.ORA-00942", "sqlplus", "table or view does not exist", 11L, 2L),
                        tuple(
                                "oracle.compilation-errors",
                                "sqlplus",
                                "Procedure created with compilation errors.",
                                15L,
                                1L),
                        tuple(
                                "oracle.PLS-00201",
                                "sqlplus",
                                "identifier 'AUDIT_PKG.LOG_ORDER' must be declared",
                                23L,
                                1L),
                        tuple("oracle.ORA-06550", "sqlplus", "line 1, column 7:", 30L, 2L),
                        tuple("oracle.PLS-00905", "sqlplus", "object SHOP.ADD_ORDER is invalid", 31L, 1L),
                        tuple("oracle.SP2-0310", "sqlplus", "unable to open file \"deploy/grants_42.sql\"", 36L, 1L));
    }

    @Test
    void rawJenkinsBuildLogWithConsoleNotesAndASqlplusLogonFailure() {
        ScanResult result = Fixtures.scan("jenkins-raw-sqlplus.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::message, Finding::line)
                .containsExactly(
                        tuple("oracle.ORA-01017", "sqlplus", "invalid username/password; logon denied", 7L),
                        tuple("oracle.SP2-0751", "sqlplus", "Unable to connect to Oracle. Exiting SQL*Plus", 10L));
        assertThat(result.findings().get(0).context())
                .contains("[2026-11-20T18:02:11.400Z] + sqlplus -S deployer/****@SHOP @release.sql")
                .noneMatch(line -> line.contains("ha:////") || line.contains("\u001B"));
    }

    @Test
    void mysqlClientErrorsIncludingCodesWithoutAnEntry() {
        ScanResult result = Fixtures.scan("mysql.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::code, Finding::message, Finding::line)
                .containsExactly(
                        tuple("mysql.1146", "1146", "Table 'shop.orders' doesn't exist", 3L),
                        tuple("mysql.1062", "1062", "Duplicate entry 'SKU-1001' for key 'products.sku'", 6L),
                        tuple("mysql.3819", "3819", "Check constraint 'orders_chk_1' is violated.", 9L),
                        tuple(
                                "mysql.1045",
                                "1045",
                                "Access denied for user 'deployer'@'10.20.1.17' (using password: YES)",
                                12L));
        assertThat(result.findings().get(2).title()).isEqualTo("MySQL error 3819");
        assertThat(result.findings())
                .allSatisfy(finding -> assertThat(finding.tool()).isEqualTo("mysql"));
    }

    @Test
    void sqlcmdMessagesTakeTheirTextFromTheFollowingLine() {
        ScanResult result = Fixtures.scan("sqlcmd.log");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::message, Finding::line, Finding::count)
                .containsExactly(
                        tuple("sqlserver.208", "Invalid object name 'dbo.Orders'.", 3L, 2L),
                        tuple(
                                "sqlserver.2714",
                                "There is already an object named 'usp_AddOrder' in the database.",
                                5L,
                                1L),
                        tuple("sqlserver.50000", "Release check failed: orders table missing", 8L, 1L));
        assertThat(result.findings())
                .allSatisfy(finding -> assertThat(finding.tool()).isEqualTo("sqlcmd"));
    }

    @Test
    void otherShapesOfTheSameToolsAreRecognised() {
        ScanResult result = scanLines(
                "Unexpected error running Liquibase: Migration failed for changeset db/changelog/003.xml::add-fk::bob:",
                "     Reason: liquibase.exception.DatabaseException: ORA-02291: integrity constraint"
                        + " (SHOP.FK_ORDERS_CUST) violated - parent key not found",
                " [Failed SQL: (2291) INSERT INTO SHOP.ORDERS (ID, CUSTOMER_ID) VALUES (1, 99)]",
                "Change Set db/mysql/00093_Client.sql::00093_Client::Thomas failed.  Error: Duplicate entry '3' for"
                        + " key 'PRIMARY' [Failed SQL: (1062) INSERT INTO CLIENT VALUES (3,'X')]",
                "psql: error: connection to server at \"db-prod-1\" (10.0.0.5), port 5432 failed: FATAL:  password"
                        + " authentication failed for user \"deployer\"",
                "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'deployer'..",
                "ERROR: Migration V1_2__orders.sql failed",
                "SQL State  : S0002",
                "Error Code : 208",
                "Message    : Invalid object name 'dbo.Orders'.",
                "Line       : 4",
                "");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::line)
                .containsExactly(
                        tuple("oracle.ORA-02291", "liquibase", 2L),
                        tuple("mysql.1062", "liquibase", 4L),
                        tuple("postgresql.28P01", "psql", 5L),
                        tuple("sqlserver.18456", "sqlcmd", 6L),
                        tuple("sqlserver.208", "flyway", 10L));
        assertThat(result.findings().get(0).statement())
                .as("the [Failed SQL] on the line below the reason")
                .isEqualTo("INSERT INTO SHOP.ORDERS (ID, CUSTOMER_ID) VALUES (1, 99)");
        assertThat(result.findings().get(1).migration())
                .isEqualTo(new MigrationRef("00093_Client", "db/mysql/00093_Client.sql", null, "Thomas"));
        assertThat(result.findings().get(4).migration()).isEqualTo(new MigrationRef("1.2", "V1_2__orders.sql", 4));
    }

    @Test
    void flywayValidationAndConnectionFailuresOtherThanMigrations() {
        ScanResult result = scanLines(
                "ERROR: Unable to obtain connection from database (jdbc:postgresql://db:5432/shop) for user"
                        + " 'deployer': FATAL: password authentication failed for user \"deployer\"",
                "---------------------------------------------------------------------------",
                "SQL State  : 28P01",
                "Error Code : 0",
                "Message    : FATAL: password authentication failed for user \"deployer\"",
                "",
                "ERROR: Validate failed: Migrations have failed validation",
                "Detected applied migration not resolved locally: 1.23.0. If you removed this migration"
                        + " intentionally, run repair to mark the migration as deleted.",
                "Detected resolved migration not applied to database: 2.1. To ignore this migration, set"
                        + " -ignoreMigrationPatterns='*:ignored'.",
                "ERROR: Found non-empty schema(s) \"public\" but no schema history table. Use baseline() or set"
                        + " baselineOnMigrate to true to initialize the schema history table.");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::line, Finding::count, Finding::migration)
                .containsExactly(
                        tuple("postgresql.28P01", 5L, 1L, null),
                        tuple("flyway.applied-migration-missing", 8L, 1L, new MigrationRef("1.23.0", null, null)),
                        tuple("flyway.migration-not-applied", 9L, 1L, new MigrationRef("2.1", null, null)),
                        tuple("flyway.no-schema-history", 10L, 1L, null));
    }

    private static ScanResult scanLines(String... lines) {
        ScanSession session = LogScanner.defaults().start();
        for (String line : lines) {
            session.writeLine(line);
        }
        return session.finish();
    }

    @Test
    void successfulDeploymentHasNoFindings() {
        ScanResult result =
                Fixtures.scan("clean-deploy.log", ScanOptions.defaults().withExitCode(0));

        assertThat(result.findings()).isEmpty();
        assertThat(result.silentFailure()).isFalse();
        assertThat(result.hasErrors()).isFalse();
    }
}
