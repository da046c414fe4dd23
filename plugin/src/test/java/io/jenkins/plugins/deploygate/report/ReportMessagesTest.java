package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.capture.PipelineFixtures;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.report.Audience;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.Outcome;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The e-mails' content, checked without a mail server: what each audience may and may not read. */
class ReportMessagesTest {

    private static final DeploymentReport FAILED = DeploymentReport.builder()
            .job("shop-deploy")
            .build("42")
            .environment("production")
            .changeId("CHG-1234")
            .outcome(Outcome.FAILED)
            .capture("flyway", scan(PipelineFixtures.flywayOutput()))
            .contacts(List.of("Alice Example"))
            .buildUrl("https://ci.example.com/job/shop-deploy/42/")
            .reportUrl("https://ci.example.com/job/shop-deploy/42/deploy-report/")
            .build();

    @Test
    void stakeholdersReadTheStatusWithoutAnyTechnicalDetail() {
        ReportMessages mail = ReportMessages.of(FAILED, Audience.STAKEHOLDERS);

        assertThat(mail.subject()).isEqualTo("[Deploy Gate] CHG-1234 to production: failed");
        assertThat(mail.html())
                .contains("CHG-1234", "production", "Alice Example")
                .doesNotContain("42P01")
                .doesNotContain("customers")
                .doesNotContain("V3__add_orders")
                .doesNotContain("CREATE TABLE")
                .doesNotContain("db-prod-1")
                .doesNotContain(PipelineFixtures.SECRET)
                .doesNotContain("flyway repair");
    }

    @Test
    void developersReadEveryFindingWithItsFixButNoSecret() {
        ReportMessages mail = ReportMessages.of(FAILED, Audience.DEVELOPERS);

        assertThat(mail.subject()).startsWith("[Deploy Gate] ");
        // The fix of the database's error: Flyway's "Migration failed" around it is no finding of its own.
        String fix = FAILED.findings().get(0).fix();
        assertThat(mail.html())
                .contains("42P01", "V3__add_orders.sql", HtmlWriter.escape(fix))
                .doesNotContain(PipelineFixtures.SECRET);
    }

    private static ScanResult scan(String log) {
        return LogScanner.defaults().scan(log.getBytes(StandardCharsets.UTF_8));
    }
}
