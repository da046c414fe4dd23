package io.jenkins.plugins.deploygate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleNormaliserTest {

    private final ConsoleNormaliser normaliser =
            new ConsoleNormaliser(Map.of("/tmp/deploy-gate-scenario-42", ConsoleNormaliser.WORKSPACE, "46005", "5432"));

    @Test
    void replacesThisRunsDirectoryAndPortButNotOtherNumbers() {
        assertThat(normaliser.normalise("[INFO] Database: jdbc:postgresql://127.0.0.1:46005/shop (PostgreSQL 15.20)\n"
                        + "Location   : sql/V2.sql (/tmp/deploy-gate-scenario-42/sql/V2.sql) 146005 460051"))
                .isEqualTo("[INFO] Database: jdbc:postgresql://127.0.0.1:5432/shop (PostgreSQL 15.20)\n"
                        + "Location   : sql/V2.sql (/work/shop-db/sql/V2.sql) 146005 460051");
    }

    @Test
    void fixesTimesAndDurationsKeepingTheirShape() {
        assertThat(normaliser.normalise("[INFO] Finished at: 2026-12-01T22:34:00Z\n"
                        + "[INFO] Total time:  2.109 s\n"
                        + "Starting Liquibase at 22:35:11 (version 4.9.1 #1978 built at 2022-03-28 19:39+0000)\n"
                        + "Successfully validated 2 migrations (execution time 00:00.061s)\n"
                        + "[INFO] ChangeSet changelog.sql::a::b ran successfully in 35ms\n"
                        + "at 2026-12-01 22:34:00.123 and (conn=17)\n"
                        + "  \"timestamp\" : \"2026-12-02T00:18:12.265747501\",\n"
                        + "    \"executionTime\" : 61\n"
                        + "  \"totalMigrationTime\" : 73\n"))
                .isEqualTo("[INFO] Finished at: 2026-11-20T14:00:00Z\n"
                        + "[INFO] Total time:  1.000 s\n"
                        + "Starting Liquibase at 14:00:00 (version 4.9.1 #1978 built at 2022-03-28 19:39+0000)\n"
                        + "Successfully validated 2 migrations (execution time 00:00.010s)\n"
                        + "[INFO] ChangeSet changelog.sql::a::b ran successfully in 10ms\n"
                        + "at 2026-11-20 14:00:00.000 and (conn=1)\n"
                        + "  \"timestamp\" : \"2026-11-20T14:00:00.000000000\",\n"
                        + "    \"executionTime\" : 10\n"
                        + "  \"totalMigrationTime\" : 10\n");
    }

    @Test
    void aNanosecondTimestampNormalisesTheSameWhateverZerosItsClockDropped() {
        // Flyway's JSON prints the nanoseconds without their trailing zeros: 8 digits for ...670.
        assertThat(normaliser.normalise("\"timestamp\" : \"2026-12-02T00:18:12.26574767\""))
                .isEqualTo(normaliser.normalise("\"timestamp\" : \"2026-12-02T00:18:12.265747501\""))
                .isEqualTo("\"timestamp\" : \"2026-11-20T14:00:00.000000000\"");
    }

    @Test
    void deadlockProcessesAndTransactionsKeepWhoWaitsForWhom() {
        assertThat(
                        normaliser.normalise(
                                "  Detail: Process 4242 waits for ShareLock on transaction 771; blocked by"
                                        + " process 4243.\nProcess 4243 waits for ShareLock on transaction 770; blocked by process 4242."))
                .isEqualTo("  Detail: Process 1000 waits for ShareLock on transaction 700; blocked by process 1001.\n"
                        + "Process 1001 waits for ShareLock on transaction 701; blocked by process 1000.");
    }

    @Test
    void neverAddsOrRemovesALine() {
        String output = "a\n\n2026-12-01T22:34:00Z\n\n";

        assertThat(normaliser.normalise(output).split("\n", -1)).hasSameSizeAs(output.split("\n", -1));
    }
}
