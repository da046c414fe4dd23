package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostMortemDraftTest {

    private final String draft = ReportFormat.MARKDOWN.write(PostMortemDraft.of(deployment()
            .gate(ReportFixtures.openGate())
            // Recorded after the gate's decision in the list, but earlier in time: the timeline sorts.
            .audit(new AuditEvent(Instant.parse("2026-11-23T09:00:00Z"), "alice", AuditEvent.Action.APPROVED, "LGTM"))
            .capture("flyway", ReportFixtures.scanned(ReportFixtures.FLYWAY_MISSING_TABLE, 1))
            .build()));

    @Test
    void prefillsTheTimelineInOrder() {
        assertThat(draft)
                .containsSubsequence(
                        "## Timeline",
                        "| Fri 20 Nov 2026 15:00 CET | Requested by frank |",
                        "| Mon 23 Nov 2026 10:00 CET | alice approved: LGTM |",
                        "| Tue 24 Nov 2026 18:30 CET | Gate decided OPEN for production |",
                        "| Tue 24 Nov 2026 18:31 CET | Deployment started |",
                        "| during the run | The error that broke the deployment, at line 29 of the log: 42P01 (Relation"
                                + " does not exist) in V2\\_\\_create\\_orders.sql (version 2, line 1) |",
                        "| Tue 24 Nov 2026 18:33 CET | Deployment ended: failed |");
    }

    @Test
    void listsEveryFindingWithItsFixAndItsMigrationAsCode() {
        assertThat(draft)
                .contains("| 29 | 42P01 (Relation does not exist): relation \"customer\" does not exist |"
                        + " `V2__create_orders.sql (version 2, line 1)` |"
                        + " The table or view is not where the statement looks.");
    }

    @Test
    void startsTheRootCauseFromTheErrorItsToolsReportAndTheFailingStatement() {
        assertThat(draft)
                .containsSubsequence(
                        "## Root cause",
                        "The deployment broke on 42P01 (Relation does not exist) in V2\\_\\_create\\_orders.sql"
                                + " (version 2, line 1): `relation \"customer\" does not exist`",
                        "Flyway reported: `Migration V2__create_orders.sql failed` (log line 25)",
                        "Failing statement:\n\n```sql\nCREATE TABLE orders (\n",
                        "To fill in: why did the change fail? Start from the error above.",
                        "## What made it possible");
    }

    @Test
    void asksTheQuestionsOfABlamelessPostMortem() {
        assertThat(draft)
                .startsWith("# Post-mortem draft: CHG-1234 to production")
                .contains("**Blameless:**")
                .containsSubsequence(
                        "## Impact",
                        "## Root cause",
                        "## What made it possible",
                        "## Detection and response",
                        "## Actions",
                        "| Action | Owner | Due |");
    }
}
