package io.jenkins.plugins.deploygate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What deployGate returns holds only types a Pipeline script compares and the program state may keep. */
class GateResultTest {

    private static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");

    private static GateDecision waitingDecision() {
        GateRules rules = new GateRules(
                BusinessCalendar.DEFAULT,
                List.of(),
                List.of(EnvironmentRule.open("production")
                        .withLeadTime(LeadTime.parse("48h"))
                        .withApprovals(List.of(ApprovalRequirement.ofUsers(List.of("alice"), 1)))));
        GateRequest request = GateRequest.of("production", "CHG-1", NOW)
                .withRequestedBy("carol")
                .withCommitters(List.of("dave"));
        return GateEvaluator.withGroupsOf(rules).evaluate(rules, request, null, null, NOW, Deadline.NONE);
    }

    @Test
    void theDecisionMapHoldsPlainValuesOnly() {
        Map<String, Object> result = GateResult.toMap(waitingDecision());

        assertThat(result.get("verdict")).isEqualTo("WAIT");
        assertThat(result.get("notBefore")).isEqualTo("2026-11-22T14:00:00Z");
        assertThat(result.get("requestedAt")).isEqualTo("2026-11-20T14:00:00Z");
        assertPlain(result);
    }

    @Test
    void timesAreGivenToTheSecondLikeTheCommandLinesJson() {
        Instant now = NOW.plusNanos(123_456_789);
        GateRules rules = new GateRules(BusinessCalendar.DEFAULT, List.of(), List.of(EnvironmentRule.open("dev")));
        GateRequest request = GateRequest.of("dev", "CHG-2", now).withRequestedBy("carol");

        Map<String, Object> result = GateResult.toMap(
                GateEvaluator.withGroupsOf(rules).evaluate(rules, request, null, null, now, Deadline.NONE));

        assertThat(result.get("requestedAt")).isEqualTo("2026-11-20T14:00:00Z");
        assertThat(result.get("evaluatedAt")).isEqualTo("2026-11-20T14:00:00Z");
    }

    @Test
    void theExplanationIsTheEnginesSummary() {
        GateDecision decision = waitingDecision();

        assertThat(GateResult.explain(decision))
                .isEqualTo(decision.summary())
                .startsWith("not before Sun 22 Nov 14:00 UTC")
                .contains("waiting for 1 approval from [alice]");
    }

    @Test
    void aStoredDecisionWithoutASummaryIsExplainedByTheChecksThatHoldTheGate() {
        GateDecision stored = GateDecisionJson.read(
                """
                {"environment":"production","rule":"production","verdict":"WAIT","notBefore":null,
                 "checks":[{"id":"leadTime","state":"PENDING","message":"production needs 48h notice"},
                           {"id":"approvals","state":"PENDING","message":"production needs 1 of dba"}]}
                """,
                NOW);

        assertThat(GateResult.explain(stored))
                .isEqualTo(
                        "leadTime PENDING: production needs 48h notice; approvals PENDING: production needs 1 of dba");
    }

    private static void assertPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(GateResultTest::assertPlain);
        } else if (value instanceof List<?> list) {
            list.forEach(GateResultTest::assertPlain);
        } else if (value != null) {
            assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class);
        }
    }
}
