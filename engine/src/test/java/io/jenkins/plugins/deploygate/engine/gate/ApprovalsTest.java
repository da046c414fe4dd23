package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Vote;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalsTest {

    private static final EnvironmentRule QUORUM = EnvironmentRule.open("production")
            .withApprovals(
                    List.of(ApprovalRequirement.ofGroup("dba", 1), ApprovalRequirement.ofGroup("change-board", 2)));

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(Fixtures.RULES);

    /** Requester frank, committer gina; dba alice, bob; change-board carol, dave, erin. */
    @ParameterizedTest(name = "sod={0} approved by [{1}] rejected by [{2}]: {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # separation of duties | approvals              | rejections | state
            true                   | alice carol dave       |            | PASSED
            true                   | alice carol            |            | PENDING
            true                   | carol dave erin        |            | PENDING
            true                   | alice carol carol      |            | PENDING
            true                   | bob alice carol dave   |            | PASSED
            true                   | alice carol dave       | erin       | FAILED
            true                   | alice carol dave       | mallory    | PASSED
            true                   | alice carol dave       | frank      | PASSED
            false                  | alice carol dave       | frank      | PASSED
            true                   | mallory frank gina     |            | PENDING
            true                   |                        |            | PENDING
            true                   |                        | bob        | FAILED
            """)
    void everyRequirementMustBeMetAndAnEligibleRejectionFails(
            boolean separationOfDuties, String approvals, String rejections, CheckState state) {
        GateDecision decision =
                evaluate(QUORUM.withSeparationOfDuties(separationOfDuties), users(approvals), users(rejections));

        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().state()).isEqualTo(state);
    }

    @Test
    void requesterAndCommitterDoNotCountUnderSeparationOfDuties() {
        EnvironmentRule rule = EnvironmentRule.open("production")
                .withApprovals(List.of(ApprovalRequirement.ofUsers(List.of("frank", "gina", "alice"), 1)))
                .withSeparationOfDuties(true);

        GateDecision decision = evaluate(rule, List.of("frank", "gina"), List.of());

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.approvals().requirements().get(0).notCounted())
                .containsExactly(
                        new NotCounted("frank", Vote.APPROVAL, Reason.REQUESTER),
                        new NotCounted("gina", Vote.APPROVAL, Reason.COMMITTER));
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .isEqualTo(
                        "production needs 1 of [frank, gina, alice]; frank (the requester) and gina (a committer)"
                                + " may not approve: [frank, gina, alice] 0 of 1; not counted: frank (requester), gina (committer)");
    }

    @Test
    void requesterCountsWithoutSeparationOfDuties() {
        EnvironmentRule rule = EnvironmentRule.open("production")
                .withApprovals(List.of(ApprovalRequirement.ofUsers(List.of("frank", "alice"), 1)));

        assertThat(evaluate(rule, List.of("frank"), List.of()).verdict()).isEqualTo(Verdict.OPEN);
    }

    @Test
    void messageSaysWhoCountedAndWhoDidNotAndWhy() {
        GateDecision decision = evaluate(
                QUORUM.withSeparationOfDuties(true), List.of("alice", "carol", "carol", "mallory", "frank"), List.of());

        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .isEqualTo("production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave, erin):"
                        + " dba 1 of 1 (alice), change-board 1 of 2 (carol);"
                        + " not counted: carol (duplicate), mallory (not in dba, not in change-board),"
                        + " frank (not in dba, not in change-board)");
    }

    @Test
    void rejectionMessageNamesTheRejecterAndTheirGroup() {
        GateDecision decision = evaluate(QUORUM, List.of("alice", "carol", "dave"), List.of("erin"));

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .startsWith("production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave, erin):"
                        + " rejected by erin (change-board); dba 1 of 1 (alice), change-board 2 of 2 (carol, dave)");
        assertThat(decision.approvals().rejected()).isTrue();
    }

    @Test
    void oneUserInTwoGroupsCountsForBoth() {
        GateRules overlapping = new GateRules(
                Fixtures.CALENDAR,
                List.of(
                        new io.jenkins.plugins.deploygate.engine.rules.Group("dba", List.of("alice")),
                        new io.jenkins.plugins.deploygate.engine.rules.Group(
                                "change-board", List.of("alice", "carol"))),
                List.of(QUORUM));

        GateDecision decision = GateEvaluator.withGroupsOf(overlapping)
                .evaluate(
                        overlapping,
                        request("production", "2026-11-20T15:00"),
                        new Approvals(List.of("alice", "carol"), List.of()),
                        null,
                        berlin("2026-11-20T15:00"),
                        Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
    }

    private GateDecision evaluate(EnvironmentRule rule, List<String> approvals, List<String> rejections) {
        return evaluator.evaluate(
                rules(rule),
                request("production", "2026-11-20T15:00"),
                new Approvals(approvals, rejections),
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);
    }

    private static List<String> users(String spaceSeparated) {
        return spaceSeparated == null
                ? List.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).toList();
    }
}
