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
            .capture("flyway", ReportFixtures.flywayFailure(false))
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
                        "| during the run | First error, at line 41 of the log: flyway.migration-failed",
                        "| Tue 24 Nov 2026 18:33 CET | Deployment ended: failed |");
    }

    @Test
    void listsEveryFindingWithItsFixAndItsMigrationAsCode() {
        assertThat(draft)
                .contains("| 43 | 42P01 (Relation does not exist): relation \"orders\" does not exist |"
                        + " `V3__add_orders.sql (version 3, line 12)` |"
                        + " Create the table in an earlier migration, or correct its name or schema. |");
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
