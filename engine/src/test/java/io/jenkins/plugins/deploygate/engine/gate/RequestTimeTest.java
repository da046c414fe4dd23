package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.approvedBy;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import org.junit.jupiter.api.Test;

/** The pipeline cannot backdate a request: the lead time counts from the gate's first sighting unless the rule trusts it. */
class RequestTimeTest {

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    /** First seen on Monday; the pipeline claims the Friday before. */
    private final GateRequest backdated =
            request("production", "2026-11-23T10:00").withDeclaredRequestedAt(berlin("2026-11-20T15:00"));

    @Test
    void byDefaultTheLeadTimeCountsFromTheFirstSightingAndSaysTheDeclaredTimeDidNotCount() {
        GateDecision decision = evaluate(rules(PRODUCTION_NOTICE_AND_APPROVALS), backdated);

        assertThat(decision.requestTime())
                .isEqualTo(new RequestTime(berlin("2026-11-23T10:00"), RequestTime.Source.FIRST_SEEN));
        assertThat(decision.check(CheckId.LEAD_TIME).orElseThrow().message())
                .isEqualTo("production needs 2 business days' notice: first seen Mon 23 Nov 10:00 CET (the pipeline's"
                        + " requestedAt, Fri 20 Nov 15:00 CET, does not count: production does not trust it), allowed"
                        + " from Wed 25 Nov 10:00 CET");
        assertThat(decision.notBefore()).isEqualTo(berlin("2026-11-25T10:00"));
    }

    @Test
    void aRuleThatTrustsThePipelineCountsFromTheDeclaredTimeAndSaysWhoDeclaredIt() {
        GateDecision decision = evaluate(rules(PRODUCTION_NOTICE_AND_APPROVALS.withTrustRequestedAt(true)), backdated);

        assertThat(decision.requestTime().declared()).isTrue();
        assertThat(decision.check(CheckId.LEAD_TIME).orElseThrow().message())
                .isEqualTo("production needs 2 business days' notice: requested Fri 20 Nov 15:00 CET (declared by the"
                        + " pipeline), allowed from Tue 24 Nov 15:00 CET");
        assertThat(GateDecisionJson.toMap(decision))
                .containsEntry("requestedAt", berlin("2026-11-20T15:00"))
                .containsEntry("requestSource", RequestTime.Source.DECLARED)
                .containsEntry("firstSeenAt", berlin("2026-11-23T10:00"));
    }

    @Test
    void aTrustingRuleWithoutADeclaredTimeCountsFromTheFirstSighting() {
        GateDecision decision = evaluate(
                rules(PRODUCTION_NOTICE_AND_APPROVALS.withTrustRequestedAt(true)),
                request("production", "2026-11-23T10:00"));

        assertThat(decision.requestTime().source()).isEqualTo(RequestTime.Source.FIRST_SEEN);
    }

    private GateDecision evaluate(io.jenkins.plugins.deploygate.engine.rules.GateRules rules, GateRequest request) {
        return evaluator.evaluate(
                rules, request, approvedBy("alice", "carol", "dave"), null, berlin("2026-11-23T10:00"), Deadline.NONE);
    }
}
