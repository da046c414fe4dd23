package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private final DeploymentReport report = deployment()
            .gate(ReportFixtures.openGate())
            .capture("flyway", ReportFixtures.flywayFailure(false))
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
                .doesNotContain("findings", "42P01", "checks");
    }

    @Test
    void developerJsonCarriesTheCapturesAndGatesInTheCommandsShapes() {
        String json = ReportFormat.JSON.render(report, Audience.DEVELOPERS);

        assertThat(json)
                .contains("\"captures\":[{\"name\":\"flyway\",\"linesScanned\":1200,\"bytesScanned\":64000,"
                        + "\"silentFailure\":false,\"findings\":[{\"id\":\"flyway.migration-failed\"")
                .contains("\"gates\":[{\"environment\":\"production\",\"rule\":\"production\",\"verdict\":\"OPEN\"")
                .contains("\"errors\":2");
    }

    @Test
    void namesFormatsInAnyCaseAndRefusesOthersByName() {
        assertThat(ReportFormat.named("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThatThrownBy(() -> ReportFormat.named("pdf"))
                .hasMessage("format: \"pdf\" is not one of html, markdown, text, json");
    }
}
