package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Vote;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A build nobody started by hand (an upstream job, an SCM push, a timer) has no known requester;
 * separation of duties must not switch off for it.
 */
class UnknownRequesterTest {

    private static final String NOW = "2026-11-24T19:00";

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @Test
    void whenTheRequesterCouldBeAnyoneNoApprovalCountsAndTheCheckRefuses() {
        GateDecision decision =
                evaluate(rules(PRODUCTION_NOTICE_AND_APPROVALS), Requester.unknown(), "alice", "carol", "dave");

        CheckResult approvals = decision.check(CheckId.APPROVALS).orElseThrow();
        assertThat(approvals.state()).isEqualTo(CheckState.FAILED);
        assertThat(approvals.message())
                .isEqualTo("production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave, erin); the"
                        + " requester is unknown, so under separation of duties no approval can count: dba 0 of 1,"
                        + " change-board 0 of 2; not counted: alice (requester unknown, not in change-board), carol"
                        + " (not in dba, requester unknown), dave (not in dba, requester unknown)");
        assertThat(decision.approvals().requirements().get(0).notCounted())
                .contains(new NotCounted("alice", Vote.APPROVAL, Reason.REQUESTER_UNKNOWN));
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.summary()).isEqualTo("the approvals check failed, and production allows no exceptions");
    }

    @Test
    void whenTheRequesterIsOneOfSomeUsersNoneOfThemCountsAndTheOthersDo() {
        Requester oneOf = Requester.oneOf(List.of("alice", "frank"));

        GateDecision decision =
                evaluate(rules(PRODUCTION_NOTICE_AND_APPROVALS), oneOf, "alice", "bob", "carol", "dave");

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.approvals().requirements().get(0).counted()).containsExactly("bob");
        assertThat(decision.approvals().requirements().get(0).notCounted())
                .contains(new NotCounted("alice", Vote.APPROVAL, Reason.POSSIBLE_REQUESTER));
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .contains("; the requester is unknown, so alice (could have started the build) may not approve:")
                .contains("alice (could have started the build, not in change-board)");
    }

    @Test
    void withoutSeparationOfDutiesAnUnknownRequesterChangesNothing() {
        GateDecision decision = evaluate(
                rules(PRODUCTION_NOTICE_AND_APPROVALS.withSeparationOfDuties(false)),
                Requester.unknown(),
                "alice",
                "carol",
                "dave");

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
    }

    @Test
    void anExceptionCannotBeGrantedWhileTheRequesterCouldBeAnyone() {
        GateRules rules = rules(PRODUCTION_NOTICE_AND_APPROVALS.withExceptions(
                new ExceptionPolicy("dba", Set.of(CheckId.APPROVALS, CheckId.LEAD_TIME), false)));
        ExceptionGrant grant = new ExceptionGrant("bob", "Hotfix", null, berlin(NOW));

        GateDecision granted = evaluator.evaluate(
                rules, request(Requester.unknown()), Approvals.NONE, grant, berlin(NOW), Deadline.NONE);
        GateDecision waiting = evaluator.evaluate(
                rules, request(Requester.unknown()), Approvals.NONE, null, berlin(NOW), Deadline.NONE);

        assertThat(granted.exception().problem())
                .isEqualTo(
                        "exception by bob not applied: the requester is unknown, so it could be bob and separation of"
                                + " duties bars them from granting it an exception");
        // An exception could waive the failed approvals, but none could be valid: no waiting for one.
        assertThat(waiting.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(waiting.summary())
                .isEqualTo("the approvals check failed, and no exception can be granted while the requester is"
                        + " unknown");
    }

    @Test
    void anExceptionFromSomeoneWhoCouldHaveStartedTheBuildIsNotApplied() {
        GateRules rules = rules(PRODUCTION_NOTICE_AND_APPROVALS.withExceptions(
                new ExceptionPolicy("dba", Set.of(CheckId.APPROVALS), false)));
        ExceptionGrant grant = new ExceptionGrant("bob", "Hotfix", null, berlin(NOW));

        GateDecision decision = evaluator.evaluate(
                rules, request(Requester.oneOf(List.of("bob"))), Approvals.NONE, grant, berlin(NOW), Deadline.NONE);

        assertThat(decision.exception().problem())
                .isEqualTo("exception by bob not applied: the requester is unknown and bob could have started the build"
                        + " and separation of duties bars them from granting it an exception");
    }

    private GateDecision evaluate(GateRules rules, Requester requester, String... approvers) {
        return evaluator.evaluate(
                rules,
                request(requester),
                new Approvals(List.of(approvers), List.of()),
                null,
                berlin(NOW),
                Deadline.NONE);
    }

    private static GateRequest request(Requester requester) {
        return GateRequest.of("production", "CHG-1", berlin("2026-11-20T15:00")).withRequester(requester);
    }
}
