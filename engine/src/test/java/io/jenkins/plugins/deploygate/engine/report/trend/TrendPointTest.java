package io.jenkins.plugins.deploygate.engine.report.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendPointTest {

    @Test
    void countsEachErrorOnceByEngineAndAToolsOwnErrorUnderNoEngine() throws IOException {
        // Genuine output: psql could not include a file, then the MariaDB client with --force failed twice.
        try (InputStream psql = fixture("psql-15/postgres-include-of-missing-file");
                InputStream mariadb = fixture("mariadb-10.11/mariadb-force-continues-after-errors")) {
            Map<String, Integer> errors = TrendPoint.errorsByEngine(
                    new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(0))
                            .scan(new SequenceInputStream(psql, mariadb)));

            assertThat(errors).containsExactlyInAnyOrderEntriesOf(Map.of("mysql", 2, TrendPoint.NO_ENGINE, 1));
        }
    }

    @Test
    void aFailedMigrationIsOneErrorThoughItsToolReportedItToo() throws IOException {
        try (InputStream flyway = fixture("flyway-maven-9.22.3/postgres-create-table-referencing-missing-table")) {
            Map<String, Integer> errors = TrendPoint.errorsByEngine(
                    new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(1)).scan(flyway));

            assertThat(errors).containsExactlyEntriesOf(Map.of("postgresql", 1));
        }
    }

    @Test
    void aFailureWithoutAKnownErrorIsOneErrorOfNoEngine() throws IOException {
        // Genuine output: Flyway's Maven plugin cannot be resolved; nothing in it is a known error.
        try (InputStream flyway =
                Files.newInputStream(Path.of("..", "docs", "examples", "flyway-plugin-not-resolved.log"))) {
            ScanResult result =
                    new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(1)).scan(flyway);

            assertThat(result.unrecognisedFailure()).isNotNull();
            assertThat(TrendPoint.errorsByEngine(result)).containsExactlyEntriesOf(Map.of(TrendPoint.NO_ENGINE, 1));
        }
    }

    @Test
    void aCleanRunHasNoErrors() throws IOException {
        try (InputStream clean = fixture("psql-15/postgres-clean-with-notices")) {
            ScanResult result =
                    new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(0)).scan(clean);

            assertThat(TrendPoint.errorsByEngine(result)).isEmpty();
        }
    }

    private static InputStream fixture(String scenario) {
        return TrendPointTest.class.getResourceAsStream("/logs/real/" + scenario + ".log");
    }
}
