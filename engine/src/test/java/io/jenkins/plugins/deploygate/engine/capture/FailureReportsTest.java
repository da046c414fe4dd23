package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a failure is reported, whatever tool and version printed it: one finding for the error that
 * broke the deployment, its migration, statement and the tool's wrapper, every occurrence's line,
 * no finding for a line that only quotes an error, and a failure nobody recognised said as such.
 */
class FailureReportsTest {

    @Test
    void aRepeatedErrorListsTheLineOfEveryOccurrence() {
        ScanResult result = scan(
                0,
                "psql:a.sql:2: ERROR:  relation \"orders\" does not exist",
                "CREATE INDEX",
                "psql:a.sql:5: ERROR:  relation \"orders\" does not exist",
                "psql:a.sql:9: ERROR:  relation \"orders\" does not exist");

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.count()).isEqualTo(3);
            assertThat(finding.lines()).containsExactly(1L, 3L, 4L);
        });
    }

    @Test
    void occurrenceLinesAreBoundedButTheCountIsNot() {
        String[] log = new String[Finding.MAX_LINES + 20];
        java.util.Arrays.fill(log, "ERROR 1146 (42S02) at line 3: Table 'shop.orders' doesn't exist");

        Finding finding = scan(1, log).findings().get(0);

        assertThat(finding.count()).isEqualTo(Finding.MAX_LINES + 20);
        assertThat(finding.lines()).hasSize(Finding.MAX_LINES).startsWith(1L, 2L);
    }

    @Test
    void aLineThatOnlyQuotesAnErrorIsNoFinding() {
        ScanResult result = scan(
                0,
                "+ echo 'ORA-00942: table or view does not exist'",
                "++ printf 'ERROR 1146 (42S02): Table x doesn'\\''t exist'",
                "[2026-11-20T14:00:01.102Z] + psql -c \"SELECT 'ERROR:  relation \\\"x\\\" does not exist'\"",
                "echo \"psql:a.sql:1: ERROR:  syntax error at or near \\\"x\\\"\"",
                "$ echo ERROR 1064 (42000): You have an error in your SQL syntax");

        assertThat(result.findings()).isEmpty();
        assertThat(scan(0, "ORA-00942: table or view does not exist").findings())
                .as("what the echo prints is read as any line")
                .hasSize(1);
    }

    @Test
    void aFailedCommandWithoutAKnownErrorIsAnUnrecognisedFailureWithItsLastLinesRedacted() {
        ScanResult result = scan(
                3,
                "Starting deployment",
                "connecting with --password=Hunter2-S3cret",
                "something went wrong, see the server log");

        assertThat(result.failed()).isTrue();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.unrecognisedFailure()).isNotNull();
        assertThat(result.unrecognisedFailure().exitStatus()).isEqualTo(3);
        assertThat(result.unrecognisedFailure().firstLine()).isEqualTo(1);
        assertThat(result.unrecognisedFailure().lastLines())
                .containsExactly(
                        "Starting deployment",
                        "connecting with --password=****",
                        "something went wrong, see the server log");
        assertThat(result.toJson()).containsKey("unrecognisedFailure");
    }

    @Test
    void aFailureThatToldNoStatusIsAnUnrecognisedFailureOfUnknownStatus() {
        ScanSession session =
                new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withFailureWithoutStatus()).start();
        session.writeLine("Liquibase: update stopped");
        ScanResult result = session.finish();

        assertThat(result.unrecognisedFailure()).isNotNull();
        assertThat(result.unrecognisedFailure().exitStatus()).isNull();
        assertThat(result.unrecognisedFailure().describe()).isEqualTo("exit status unknown, no known error recognised");
        assertThat(result.unrecognisedFailure().exitStatusText()).isEqualTo("an unknown exit status");
        assertThat(result.unrecognisedFailure().toJson()).containsEntry("exitStatus", null);
        assertThat(result.silentFailure()).isFalse();
    }

    @Test
    void aStatusToldAndAFailureWithoutOneContradictEachOther() {
        assertThat(ScanOptions.defaults()
                        .withFailureWithoutStatus()
                        .withExitCode(0)
                        .commandFailed())
                .as("the status told last wins")
                .isFalse();
        assertThatThrownBy(() -> new ScanOptions(3, 2, true, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCleanRunOrAFailureWithAKnownErrorIsNoUnrecognisedFailure() {
        assertThat(scan(0, "all good").unrecognisedFailure()).isNull();
        assertThat(scan(null, "all good").unrecognisedFailure())
                .as("exit status unknown")
                .isNull();
        assertThat(scan(1, "ERROR 1049 (42000): Unknown database 'shop_prod'").unrecognisedFailure())
                .isNull();
        assertThat(scan(0, "all good").toJson()).doesNotContainKey("unrecognisedFailure");
    }

    @Test
    void anUnrecognisedFailureKeepsOnlyTheLastLines() {
        String[] log = new String[40];
        for (int i = 0; i < log.length; i++) {
            log[i] = "step " + (i + 1);
        }

        UnrecognisedFailure failure = scan(2, log).unrecognisedFailure();

        assertThat(failure.lastLines()).hasSize(UnrecognisedFailure.LAST_LINES).endsWith("step 40");
        assertThat(failure.firstLine()).isEqualTo(31);
    }

    @Test
    void flywayTenAndLaterNameTheFailedScriptAndItsDatabaseErrorIsTheOneFinding() {
        ScanResult result = scan(
                1,
                "ERROR: Failed to execute script V4__orders_note.sql",
                "---------------------------------------------",
                "SQL State  : 42P01",
                "Error Code : 0",
                "Message    : ERROR: relation \"order\" does not exist",
                "Location   : db/migration/V4__orders_note.sql (/w/db/migration/V4__orders_note.sql)",
                "Line       : 1",
                "Statement  : ALTER TABLE \"order\" ADD COLUMN note TEXT",
                "");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::line, Finding::migration, Finding::statement)
                .containsExactly(tuple(
                        "postgresql.42P01",
                        "flyway",
                        5L,
                        new MigrationRef("4", "V4__orders_note.sql", 1),
                        "ALTER TABLE \"order\" ADD COLUMN note TEXT"));
        assertThat(result.findings().get(0).wrapper())
                .isEqualTo(new Wrapper("flyway.migration-failed", "Failed to execute script V4__orders_note.sql", 1));
    }

    @Test
    void aFlywayConnectionFailureWithoutItsBlockIsItsHeadersDatabaseError() {
        ScanResult result = scan(
                1,
                "ERROR: Unable to obtain connection from database (jdbc:postgresql://db:5432/shop) for user"
                        + " 'deployer': FATAL: database \"shop_prod\" does not exist");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::line, Finding::message)
                .containsExactly(tuple("postgresql.3D000", "flyway", 1L, "database \"shop_prod\" does not exist"));
        assertThat(result.findings().get(0).wrapper().message())
                .isEqualTo("Unable to obtain connection from database (jdbc:postgresql://db:5432/shop) for user"
                        + " 'deployer':");
    }

    @Test
    void flywayWordingsOfAFailedMigrationLeftInTheHistoryAreOneEntry() {
        ScanResult result = scan(
                1,
                "Detected failed repeatable migration: refresh views",
                "Schema \"public\" contains a failed migration to version 7 !",
                "Detected failed migration to version 8 (add index).");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::migration)
                .containsExactly(
                        tuple("flyway.failed-migration-detected", null),
                        tuple("flyway.failed-migration-detected", new MigrationRef("7", null, null)),
                        tuple("flyway.failed-migration-detected", new MigrationRef("8", null, null)));
    }

    @Test
    void liquibasesSummaryOfAnErrorMovesToTheReasonThatNamesTheChangesetAndItsSql() {
        ScanResult result = scan(
                1,
                "Running Changeset: db/changelog.sql::add-email::bob",
                "UPDATE SUMMARY",
                "ERROR: Exception Details",
                "ERROR: Exception Primary Class:  PSQLException",
                "ERROR: Exception Primary Reason:  ERROR: column \"email\" of relation \"customers\" already exists",
                "ERROR: Exception Primary Source:  PostgreSQL 15.20",
                "",
                "Unexpected error running Liquibase: Migration failed for changeset db/changelog.sql::add-email::bob:",
                "     Reason: liquibase.exception.DatabaseException: ERROR: column \"email\" of relation \"customers\""
                        + " already exists [Failed SQL: (0) ALTER TABLE customers ADD COLUMN email TEXT]");

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("postgresql.42701");
            assertThat(finding.line()).isEqualTo(9);
            assertThat(finding.count()).isEqualTo(1);
            assertThat(finding.migration()).isEqualTo(new MigrationRef("add-email", "db/changelog.sql", null, "bob"));
            assertThat(finding.statement()).isEqualTo("ALTER TABLE customers ADD COLUMN email TEXT");
            assertThat(finding.wrapper().id()).isEqualTo("liquibase.changeset-failed");
        });
    }

    @Test
    void liquibasesFatalLineWithoutAChangesetTakesTheOneItWasRunning() {
        ScanResult result = scan(
                1,
                "Running Changeset: changelog.sql::create-customers::alice",
                "Running Changeset: changelog.sql::create-orders::bob",
                "",
                "Unexpected error running Liquibase: ERROR: relation \"customer\" does not exist"
                        + " [Failed SQL: (0) CREATE TABLE orders (id BIGINT REFERENCES customer (id))]");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::line, Finding::migration, Finding::statement)
                .containsExactly(tuple(
                        "postgresql.42P01",
                        "liquibase",
                        4L,
                        new MigrationRef("create-orders", "changelog.sql", null, "bob"),
                        "CREATE TABLE orders (id BIGINT REFERENCES customer (id))"));
    }

    @Test
    void liquibasesOwnRefusalsHaveTheirOwnEntries() {
        assertThat(scan(
                                1,
                                "Unexpected error running Liquibase: The file db/master.xml was not found in the configured"
                                        + " search path:")
                        .findings())
                .extracting(Finding::id)
                .containsExactly("liquibase.changelog-not-found");
        assertThat(scan(
                                1,
                                "Rolling Back Changeset: changelog.sql::backfill::bob",
                                "Unexpected error running Liquibase: Liquibase does not support automatic rollback"
                                        + " generation for raw sql changes")
                        .findings())
                .extracting(Finding::id, Finding::migration)
                .containsExactly(tuple(
                        "liquibase.rollback-impossible", new MigrationRef("backfill", "changelog.sql", null, "bob")));
        assertThat(scan(1, "Unexpected error running Liquibase: Unknown command 'updat'")
                        .findings())
                .extracting(Finding::id)
                .containsExactly("liquibase.error");
    }

    @Test
    void aMariaDbDriverWarningIsNoFindingButGivesTheToolsReportItsCode() {
        assertThat(scan(0, "[ WARN] (main) Error: 1146-42S02: Table 'shop.DATABASECHANGELOGLOCK' doesn't exist")
                        .findings())
                .isEmpty();

        ScanResult result = scan(
                1,
                "[ WARN] (main) Error: 4078-HY000: Illegal parameter data types int and geometry for operation '+'",
                "Unexpected error running Liquibase: (conn=7) Illegal parameter data types int and geometry for"
                        + " operation '+' [Failed SQL: (4078) SELECT 1 + POINT(1, 1)]");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::code, Finding::line)
                .containsExactly(tuple("mysql.4078", "4078", 2L));
    }

    @Test
    void psqlsOwnLowerCaseErrorsAndItsEchoOfTheFailingStatement() {
        ScanResult result = scan(
                3,
                "psql:deploy.sql:2: error: release/42_orders.sql: No such file or directory",
                "psql:deploy.sql:3: ERROR:  syntax error at or near \"TABEL\"",
                "LINE 1: CREATE TABEL orders (id int);",
                "               ^");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::tool, Finding::line, Finding::statement)
                .containsExactly(
                        tuple("psql.file-not-found", "psql", 1L, null),
                        tuple("postgresql.42601", "psql", 2L, "CREATE TABEL orders (id int);"));
    }

    @Test
    void noPasswordSuppliedIsAnAuthenticationProblemNotAConnectionOne() {
        ScanResult result = scan(
                2,
                "psql: error: connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied");

        assertThat(result.findings()).extracting(Finding::id).containsExactly("postgresql.no-password-supplied");
        assertThat(result.findings().get(0).fix()).doesNotContainIgnoringCase("firewall");
    }

    private static ScanResult scan(Integer exitCode, String... lines) {
        ScanSession session =
                new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(exitCode)).start();
        for (String line : List.of(lines)) {
            session.writeLine(line);
        }
        return session.finish();
    }
}
