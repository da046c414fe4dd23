package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StakeholderStatusTest {

    @Test
    void successSaysWhatWasDeployedWhereAndWhen() {
        DeploymentReport report = deployment().gate(ReportFixtures.openGate()).build();

        String text = ReportFormat.TEXT.render(report, Audience.STAKEHOLDERS);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(text)
                .startsWith("CHG-1234 to production: succeeded\n")
                .contains("Change CHG-1234 was deployed to production on Tue 24 Nov 2026 18:33 CET.")
                .contains("Exception used:  No")
                .contains("Approved by:     alice")
                .contains("Pipeline:        orders-db #42 <https://ci.example.com/job/orders-db/42/>");
    }

    @Test
    void failureGivesAPlainSentenceAndWhoIsOnIt() {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.openGate())
                .capture("flyway", ReportFixtures.scanned(ReportFixtures.FLYWAY_MISSING_TABLE, 1))
                .contacts(List.of("gina", "alice"))
                .build();

        String text = ReportFormat.TEXT.render(report, Audience.STAKEHOLDERS);

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(text)
                .contains(
                        "The deployment of change CHG-1234 to production did not complete on Tue 24 Nov 2026 18:33 CET.")
                .contains("Who is on it: gina, alice.");
    }

    @Test
    void aFailureNobodyRecognisedIsSaidInWordsWithoutAnythingOfTheLog() {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.openGate())
                .capture("maven", ReportFixtures.scan(ReportFixtures.pluginNotResolved(), 1))
                .build();

        for (ReportFormat format : ReportFormat.values()) {
            String status = format.render(report, Audience.STAKEHOLDERS);
            assertThat(status)
                    .as(format.name())
                    .doesNotContain("exit status", "ERROR", "Plugin", "flyway", "maven", "central", "Help 1");
        }
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ReportFormat.TEXT.render(report, Audience.STAKEHOLDERS))
                .contains("NOT COMPLETED: The deployment of change CHG-1234 to production did not complete on Tue 24"
                        + " Nov 2026 18:33 CET. It failed with no recognised cause.");
        assertThat(ReportFormat.JSON.render(report, Audience.STAKEHOLDERS)).contains("\"causeUnrecognised\":true");
    }

    @Test
    void rollbackSaysTheDatabaseIsAsBefore() {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.openGate())
                .outcome(Outcome.ROLLED_BACK)
                .build();

        assertThat(ReportFormat.TEXT.render(report, Audience.STAKEHOLDERS))
                .startsWith("CHG-1234 to production: was rolled back")
                .contains("the database is as it was before the deployment");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void neverShowsLogTextSqlErrorCodesHostNamesOrLinks(ReportFormat format) {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.openGate())
                .capture("flyway", ReportFixtures.scanned(ReportFixtures.FLYWAY_MISSING_TABLE, 1))
                .capture("sqlplus", ReportFixtures.hostileFinding())
                .build();

        String status = format.render(report, Audience.STAKEHOLDERS);

        assertThat(status)
                .doesNotContain("42P01", "ORA-", "relation", "customer", "CREATE TABLE", "SELECT", "reported")
                .doesNotContain(ReportFixtures.HOST, "script", "V2__create_orders", "documentation", "postgresql");
    }

    @Test
    void tellsWhoGrantedAnExceptionAndItsTicket() {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.gateOpenedByException())
                .audit(new AuditEvent(null, "bob", AuditEvent.Action.EXCEPTION_GRANTED, "INC-42"))
                .build();

        assertThat(ReportFormat.TEXT.render(report, Audience.STAKEHOLDERS))
                .contains("Exception used:  Yes, granted by bob (ticket INC-42)");
    }

    @Test
    void explainsAGateThatHoldsTheDeploymentInProcessWords() {
        DeploymentReport report =
                deployment().gate(ReportFixtures.waitingGate()).build();

        Document status = StakeholderStatus.of(report);

        Block.Callout callout = (Block.Callout) status.blocks().get(0);
        assertThat(callout.title()).isEqualTo("Not deployed");
        assertThat(callout.text())
                .isEqualTo("Change CHG-1234 has not been deployed to production: it is waiting for approvals.");
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    }
}
