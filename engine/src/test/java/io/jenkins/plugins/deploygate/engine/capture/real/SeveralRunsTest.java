package io.jenkins.plugins.deploygate.engine.capture.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One capture often holds several runs (a retry, two schemas, a migration then a psql script): an
 * error that a later run reports again is another occurrence, not the tool echoing its own report,
 * while within one run the tool's echoes still count once.
 */
class SeveralRunsTest {

    private static final String FLYWAY = "flyway-maven-9.22.3/postgres-create-table-referencing-missing-table";
    private static final String LIQUIBASE = "liquibase-4.33.0/postgres-syntax-error";
    private static final String PSQL = "psql-15/postgres-errors-continue-without-on-error-stop";

    @Test
    void theSameMigrationFailingInTwoRunsIsTwoOccurrences() {
        ScanResult once = scan(FLYWAY);
        ScanResult twice = scan(FLYWAY, FLYWAY);
        Finding first = once.findings().get(0);

        assertThat(once.findings()).singleElement().satisfies(finding -> assertThat(finding.count())
                .isEqualTo(1));
        assertThat(twice.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("postgresql.42P01");
            assertThat(finding.count()).isEqualTo(2);
            assertThat(finding.lines()).containsExactly(first.line(), first.line() + lines(FLYWAY));
            assertThat(finding.statement()).isEqualTo(first.statement());
        });
    }

    @Test
    void anotherToolReportingTheSameErrorIsAnotherOccurrence() {
        ScanResult result = scan(FLYWAY, LIQUIBASE, PSQL);

        assertThat(result.findings())
                .filteredOn(finding -> finding.id().equals("postgresql.42P01"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.count()).isEqualTo(2);
                    assertThat(finding.tool()).isEqualTo("flyway");
                    assertThat(finding.lines().get(1)).isGreaterThan(lines(FLYWAY) + lines(LIQUIBASE));
                });
        assertThat(result.errorCount()).isEqualTo(2);
    }

    /** The scenarios' outputs one after the other, as one capture holds them, each ending its last line. */
    private static ScanResult scan(String... scenarios) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        for (String scenario : scenarios) {
            byte[] output = fixture(scenario);
            log.writeBytes(output);
            if (output.length > 0 && output[output.length - 1] != '\n') {
                log.write('\n');
            }
        }
        return new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(1)).scan(log.toByteArray());
    }

    private static long lines(String scenario) {
        String text = new String(fixture(scenario), StandardCharsets.UTF_8);
        return text.lines().count();
    }

    private static byte[] fixture(String scenario) {
        return GenuineToolOutputTest.fixture(scenario);
    }
}
