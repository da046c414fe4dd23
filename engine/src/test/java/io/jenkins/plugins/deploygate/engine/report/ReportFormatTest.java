package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private final DeploymentReport report = deployment()
            .gate(ReportFixtures.openGate())
            .capture("flyway", ReportFixtures.scanned(ReportFixtures.FLYWAY_MISSING_TABLE, 1))
            .contacts(java.util.List.of("gina"))
            .build();

    @Test
    void stakeholderJsonHoldsTheStatusAndNoFindings() {
        String json = ReportFormat.JSON.render(report, Audience.STAKEHOLDERS);

        assertThat(json)
                .startsWith("{\"audience\":\"stakeholders\",\"job\":\"orders-db\",\"build\":\"42\","
                        + "\"environment\":\"production\",\"change\":\"CHG-1234\",\"outcome\":\"FAILED\","
                        + "\"startedAt\":\"2026-11-24T17:31:00Z\",\"finishedAt\":\"2026-11-24T17:33:30Z\","
                        + "\"exception\":{\"used\":false,\"grantedBy\":null},\"contacts\":[\"gina\"]")
                .contains("\"causeUnrecognised\":false")
                .doesNotContain("findings", "42P01", "checks", "rootCause", "statement", "wrapper");
    }

    @Test
    void developerJsonCarriesTheCapturesAndGatesInTheCommandsShapes() {
        String json = ReportFormat.JSON.render(report, Audience.DEVELOPERS);

        assertThat(json)
                .contains("\"captures\":[{\"name\":\"flyway\",\"linesScanned\":43,\"bytesScanned\":2403,"
                        + "\"silentFailure\":false,\"findings\":[{\"id\":\"postgresql.42P01\"")
                .contains("\"gates\":[{\"environment\":\"production\",\"rule\":\"production\",\"verdict\":\"OPEN\"")
                .contains("\"errors\":1");
    }

    @Test
    void developerJsonNamesTheErrorThatBrokeTheDeploymentAndTheCaptureThatFoundIt() {
        String json = ReportFormat.JSON.render(report, Audience.DEVELOPERS);

        assertThat(json)
                .contains("\"causeUnrecognised\":false")
                .contains("\"rootCause\":{\"capture\":\"flyway\",\"id\":\"postgresql.42P01\"")
                .contains("\"statement\":\"CREATE TABLE orders (\\n    id BIGINT PRIMARY KEY,")
                .contains("\"wrapper\":{\"id\":\"flyway.migration-failed\",\"message\":\"Migration"
                        + " V2__create_orders.sql failed\",\"line\":25}");
    }

    @Test
    void namesFormatsInAnyCaseAndRefusesOthersByName() {
        assertThat(ReportFormat.named("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThatThrownBy(() -> ReportFormat.named("pdf"))
                .hasMessage("format: \"pdf\" is not one of html, markdown, text, json");
    }
}
