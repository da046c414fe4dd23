package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionsTest {

    private static final String NOW = "2026-12-22T10:00";

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @Test
    void validExceptionWaivesTheListedChecksAndRecordsWhoWhenWhy() {
        ExceptionGrant grant = new ExceptionGrant("bob", "Outage fix", "INC-42", berlin(NOW));

        GateDecision decision = evaluate(grant, "alice", "carol", "dave");

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.exception().valid()).isTrue();
        assertThat(decision.exception().waived()).containsExactly(CheckId.LEAD_TIME, CheckId.WINDOW, CheckId.FREEZE);
        assertThat(decision.check(CheckId.FREEZE).orElseThrow()).satisfies(freeze -> {
            assertThat(freeze.state()).isEqualTo(CheckState.WAIVED);
            assertThat(freeze.notBefore()).isNull();
            assertThat(freeze.message())
                    .isEqualTo(
                            "waived by bob at Tue 22 Dec 10:00 CET: Outage fix (ticket INC-42);"
                                    + " otherwise FAILED: Year-end freeze: production is frozen until Mon 4 Jan 2027 00:00 CET");
        });
    }

    @Test
    void validExceptionLeavesUnlistedChecksAlone() {
        ExceptionGrant grant = new ExceptionGrant("bob", "Outage fix", "INC-42", berlin(NOW));

        GateDecision decision = evaluate(grant, "alice");

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().state()).isEqualTo(CheckState.PENDING);
    }

    @Test
    void exceptionMayWaiveApprovalsWhenThePolicyListsThem() {
        EnvironmentRule rule = Fixtures.PRODUCTION.withExceptions(
                new ExceptionPolicy("dba", Set.of(CheckId.APPROVALS, CheckId.FREEZE), false));
        ExceptionGrant grant = new ExceptionGrant("alice", "Data fix", null, berlin("2026-11-24T19:00"));

        GateDecision decision = evaluator.evaluate(
                Fixtures.rules(rule),
                request("production", "2026-11-20T15:00"),
                Approvals.NONE,
                grant,
                berlin("2026-11-24T19:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.exception().waived()).containsExactly(CheckId.FREEZE, CheckId.APPROVALS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # granted by | reason     | ticket | problem
            carol        | Outage fix | INC-42 | carol is not in dba, the group that grants exceptions for production
            frank        | Outage fix | INC-42 | frank is not in dba, the group that grants exceptions for production; frank requested the change and separation of duties bars them from granting it an exception
            bob          |            | INC-42 | an exception needs a reason
            bob          | Outage fix |        | production requires a ticket for an exception
            """)
    void invalidExceptionWaivesNothingAndSaysWhy(String grantedBy, String reason, String ticket, String problem) {
        ExceptionGrant grant = new ExceptionGrant(grantedBy, reason, ticket, berlin(NOW));

        GateDecision decision = evaluate(grant, "alice", "carol", "dave");

        // Ignored as if never given: the frozen gate still waits for a valid exception.
        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.awaits()).containsExactly(Awaited.EXCEPTION);
        assertThat(decision.checks()).noneMatch(check -> check.state() == CheckState.WAIVED);
        assertThat(decision.exception().valid()).isFalse();
        assertThat(decision.exception().waived()).isEmpty();
        assertThat(decision.exception().problem()).isEqualTo("exception by " + grantedBy + " not applied: " + problem);
    }

    @Test
    void committerMayNotGrantUnderSeparationOfDuties() {
        GateRequest byCommitter = GateRequest.of("production", "CHG-1", berlin("2026-11-20T15:00"))
                .withRequestedBy("frank")
                .withCommitters(List.of("alice"));
        ExceptionGrant grant = new ExceptionGrant("alice", "Outage fix", "INC-42", berlin(NOW));

        GateDecision decision =
                evaluator.evaluate(RULES, byCommitter, Approvals.NONE, grant, berlin(NOW), Deadline.NONE);

        assertThat(decision.exception().problem())
                .isEqualTo("exception by alice not applied: alice committed to the change and separation of duties"
                        + " bars them from granting it an exception");
    }

    @Test
    void ruleWithoutPolicyAllowsNoException() {
        EnvironmentRule strict = EnvironmentRule.open("production").withLeadTime(LeadTime.parse("2 business days"));
        ExceptionGrant grant = new ExceptionGrant("bob", "Outage fix", "INC-42", berlin(NOW));

        GateDecision decision = evaluator.evaluate(
                Fixtures.rules(strict), request("production", NOW), Approvals.NONE, grant, berlin(NOW), Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.exception().problem())
                .isEqualTo("exception by bob not applied: production allows no exceptions");
    }

    private GateDecision evaluate(ExceptionGrant grant, String... approvers) {
        return evaluator.evaluate(
                RULES,
                request("production", NOW),
                new Approvals(List.of(approvers), List.of()),
                grant,
                berlin(NOW),
                Deadline.NONE);
    }
}
