package io.jenkins.plugins.deploygate.engine.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.TestFindings;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SARIF document's shape; cli's SarifOutputTest validates real output against the schema. */
class SarifWriterTest {

    private static final SarifWriter WRITER = new SarifWriter("1.2");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "logs/deploy.log, logs/deploy.log",
        "logs\\deploy.log, logs/deploy.log",
        "my logs/deploy 1.log, my%20logs/deploy%201.log",
        "deploy:1.log, ./deploy:1.log",
        "/var/log/deploy.log, file:///var/log/deploy.log",
        "C:\\logs\\deploy.log, file:///C:/logs/deploy.log",
        "-, standard-input"
    })
    void aLogIsNamedByAUriAsItWasGiven(String path, String uri) {
        assertThat(SarifWriter.uriOf(path)).isEqualTo(uri);
    }

    @Test
    void severitiesBecomeLevelsAndEachIdOneRule() {
        String sarif = WRITER.write(List.of(new SarifWriter.ScannedLog(
                "deploy.log",
                result(
                        finding("oracle.ORA-00942", Severity.ERROR, "table or view does not exist", null),
                        finding("oracle.ORA-06512", Severity.INFO, "at line 5", null),
                        finding("oracle.ORA-00942", Severity.ERROR, "other table does not exist", null)))));

        assertThat(sarif)
                .startsWith("{\"$schema\":\"" + SarifWriter.SCHEMA + "\",\"version\":\"2.1.0\"")
                .contains("\"driver\":{\"name\":\"deploy-gate\",\"version\":\"1.2\"")
                .contains("{\"ruleId\":\"oracle.ORA-00942\",\"level\":\"error\"")
                .contains("{\"ruleId\":\"oracle.ORA-06512\",\"level\":\"note\"")
                .endsWith("\n");
        assertThat(sarif.split("\"shortDescription\"", -1)).hasSize(3);
    }

    @Test
    void theMigrationIsARelatedLocationAndTheFingerprintIgnoresTheLine() {
        MigrationRef migration = new MigrationRef("3", "db/V3__orders.sql", 12);
        String early = WRITER.write(List.of(new SarifWriter.ScannedLog(
                "a.log", result(finding("flyway.migration-failed", Severity.ERROR, "failed", migration)))));

        assertThat(early)
                .contains("\"relatedLocations\":[{\"id\":1,\"physicalLocation\":{\"artifactLocation\":"
                        + "{\"uri\":\"db/V3__orders.sql\"},\"region\":{\"startLine\":12}}");
        Finding later = TestFindings.of(
                "flyway.migration-failed",
                null,
                "flyway",
                null,
                Severity.ERROR,
                "Failed",
                "failed",
                90,
                1,
                migration,
                "Fix it.",
                null,
                List.of(),
                90);
        String moved = WRITER.write(List.of(new SarifWriter.ScannedLog("a.log", result(later))));
        assertThat(fingerprint(moved)).isEqualTo(fingerprint(early));
    }

    @Test
    void theToolsReportIsARelatedLocationInTheLogAndTheFailingStatementAProperty() throws IOException {
        ScanResult result;
        try (InputStream log = getClass()
                .getResourceAsStream(
                        "/logs/real/flyway-maven-9.22.3/postgres-create-table-referencing-missing-table.log")) {
            result = new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(1)).scan(log);
        }

        String sarif = WRITER.write(List.of(new SarifWriter.ScannedLog("flyway.log", result)));

        assertThat(sarif)
                .contains("\"relatedLocations\":[{\"id\":1,\"physicalLocation\":{\"artifactLocation\":"
                        + "{\"uri\":\"V2__create_orders.sql\"},\"region\":{\"startLine\":1}},\"message\":"
                        + "{\"text\":\"Migration V2__create_orders.sql (version 2, line 1)\"}},"
                        + "{\"id\":2,\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"flyway.log\"},"
                        + "\"region\":{\"startLine\":25}},\"message\":{\"text\":\"Reported by flyway: Migration"
                        + " V2__create_orders.sql failed\"}}]")
                .contains("\"properties\":{\"statement\":\"CREATE TABLE orders (\\n    id BIGINT PRIMARY KEY,");
        assertThat(sarif.split("\"ruleId\"", -1))
                .as("one result: the wrapper is none")
                .hasSize(2);
    }

    @Test
    void aLinkThatIsNoAbsoluteUriIsLeftOut() {
        Finding finding = TestFindings.of(
                "acme.lag",
                null,
                null,
                null,
                Severity.WARNING,
                "Lag",
                "45 s",
                1,
                1,
                null,
                "Wait.",
                "wiki/lag",
                List.of(),
                1);

        assertThat(WRITER.write(List.of(new SarifWriter.ScannedLog("a.log", result(finding)))))
                .doesNotContain("helpUri")
                .contains("\"level\":\"warning\"");
    }

    private static String fingerprint(String sarif) {
        int at = sarif.indexOf("\"primaryLocationLineHash\":\"") + 27;
        return sarif.substring(at, sarif.indexOf('"', at));
    }

    private static Finding finding(String id, Severity severity, String message, MigrationRef migration) {
        return TestFindings.of(
                id,
                "oracle",
                null,
                null,
                severity,
                "Title of " + id,
                message,
                3,
                1,
                migration,
                "Fix " + id,
                "https://docs.oracle.com/error-help/db/",
                List.of("line 2", "the line", "line 4"),
                2);
    }

    private static ScanResult result(Finding... findings) {
        return new ScanResult(10, 100, false, List.of(findings), 0);
    }
}
