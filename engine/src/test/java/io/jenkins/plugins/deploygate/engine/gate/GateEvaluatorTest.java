package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.approvedBy;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateEvaluatorTest {

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @Test
    void contractExampleWaitsUntilTuesdayAfterAFridayRequest() {
        GateDecision decision = evaluator.evaluate(
                rules(PRODUCTION_NOTICE_AND_APPROVALS),
                request("production", "2026-11-20T15:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.rule()).isEqualTo("production");
        assertThat(decision.notBefore()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(decision.checks()).extracting(CheckResult::id).containsExactly(CheckId.LEAD_TIME, CheckId.APPROVALS);
        CheckResult leadTime = decision.check(CheckId.LEAD_TIME).orElseThrow();
        assertThat(leadTime.state()).isEqualTo(CheckState.PENDING);
        assertThat(leadTime.notBefore()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(leadTime.message())
                .isEqualTo("production needs 2 business days' notice: first seen Fri 20 Nov 15:00 CET,"
                        + " allowed from Tue 24 Nov 15:00 CET");
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().state()).isEqualTo(CheckState.PASSED);
    }

    @Test
    void noticeWindowAndFreezeCombineIntoOneNotBefore() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-11-20T15:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        // Lead time allows Tuesday 15:00; the next window after that opens Tuesday 18:00.
        assertThat(decision.notBefore()).isEqualTo(berlin("2026-11-24T18:00"));
        assertThat(decision.check(CheckId.WINDOW).orElseThrow().notBefore()).isEqualTo(berlin("2026-11-24T18:00"));
        assertThat(decision.check(CheckId.FREEZE).orElseThrow().state()).isEqualTo(CheckState.PASSED);
        assertThat(decision.checks())
                .extracting(CheckResult::id)
                .containsExactly(CheckId.LEAD_TIME, CheckId.WINDOW, CheckId.FREEZE, CheckId.APPROVALS);
    }

    @Test
    void leadTimeEndingInsideTheFreezeWaitsForTheFirstWindowAfterIt() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-12-16T10:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-12-16T10:00"),
                Deadline.NONE);

        // Allowed from Fri 18 Dec 10:00, frozen until Mon 4 Jan 00:00, first window Tue 5 Jan 18:00.
        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.notBefore()).isEqualTo(berlin("2027-01-05T18:00"));
    }

    @Test
    void insideTheFreezeTheGateWaitsForAnExceptionTheRuleAllowsAndSaysWhenTheFreezeEnds() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-12-01T10:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-12-22T19:00"),
                Deadline.NONE);

        CheckResult freeze = decision.check(CheckId.FREEZE).orElseThrow();
        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.awaits()).containsExactly(Awaited.EXCEPTION);
        assertThat(decision.summary())
                .isEqualTo("waiting for an exception from dba (alice, bob) that waives the freeze, with a ticket");
        assertThat(freeze.state()).isEqualTo(CheckState.FAILED);
        assertThat(freeze.message()).isEqualTo("Year-end freeze: production is frozen until Mon 4 Jan 2027 00:00 CET");
        assertThat(freeze.notBefore()).isEqualTo(berlin("2027-01-04T00:00"));
        assertThat(decision.notBefore()).isEqualTo(berlin("2027-01-05T18:00"));
    }

    @Test
    void insideTheFreezeOfARuleWithoutExceptionsTheGateIsBlocked() {
        GateDecision decision = evaluator.evaluate(
                rules(PRODUCTION.withExceptions(null)),
                request("production", "2026-12-01T10:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-12-22T19:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.awaits()).isEmpty();
        assertThat(decision.summary()).isEqualTo("the freeze check failed, and production allows no exceptions");
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
        "2026-12-17T23:59:59, PASSED",
        "2026-12-18T00:00, FAILED",
        "2027-01-03T23:59:59, FAILED",
        "2027-01-04T00:00, PASSED"
    })
    void freezeHoldsFromItsStartInclusiveToItsEndExclusive(String now, CheckState state) {
        GateRules frozen = rules(EnvironmentRule.open("production").withFreezes(List.of(Fixtures.YEAR_END)));

        GateDecision decision = evaluator.evaluate(
                frozen, request("production", "2026-12-01T10:00"), Approvals.NONE, null, berlin(now), Deadline.NONE);

        assertThat(decision.check(CheckId.FREEZE).orElseThrow().state()).isEqualTo(state);
        assertThat(decision.verdict()).isEqualTo(state == CheckState.PASSED ? Verdict.OPEN : Verdict.BLOCKED);
    }

    @Test
    void abuttingFreezesEndTogether() {
        Freeze second = new Freeze(
                LocalDateTime.parse("2027-01-04T00:00"), LocalDateTime.parse("2027-01-11T00:00"), "Audit freeze");
        GateRules frozen = rules(EnvironmentRule.open("production").withFreezes(List.of(second, Fixtures.YEAR_END)));

        GateDecision decision = evaluator.evaluate(
                frozen,
                request("production", "2026-12-01T10:00"),
                Approvals.NONE,
                null,
                berlin("2026-12-20T10:00"),
                Deadline.NONE);

        assertThat(decision.notBefore()).isEqualTo(berlin("2027-01-11T00:00"));
        assertThat(decision.check(CheckId.FREEZE).orElseThrow().message()).endsWith("until Mon 11 Jan 2027 00:00 CET");
    }

    @Test
    void notBeforeIsNullWhenNoWindowOpensOutsideFreezesWithin366Days() {
        Freeze long1 =
                new Freeze(LocalDateTime.parse("2026-11-01T00:00"), LocalDateTime.parse("2028-01-01T00:00"), "Long");
        GateRules never = rules(EnvironmentRule.open("production")
                .withWindows(List.of(ChangeWindow.parse("Tue 18:00-22:00")))
                .withFreezes(List.of(long1)));

        GateDecision decision = evaluator.evaluate(
                never,
                request("production", "2026-11-20T15:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.notBefore()).isNull();
    }

    @Test
    void insideAWindowAfterTheLeadTimeTheGateIsOpenWithoutNotBefore() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-11-20T15:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-11-24T18:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.notBefore()).isNull();
        assertThat(decision.checks())
                .allSatisfy(check -> assertThat(check.notBefore()).isNull());
        assertThat(decision.check(CheckId.WINDOW).orElseThrow().message())
                .isEqualTo(
                        "production deploys only in Tue,Thu 18:00-22:00 (Europe/Berlin): open until Tue 24 Nov 22:00 CET");
        assertThat(decision.approvalTimeout()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void missingApprovalsWaitWithoutATimeToWaitFor() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-11-20T15:00"),
                approvedBy("alice"),
                null,
                berlin("2026-11-24T19:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.notBefore()).isNull();
        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().state()).isEqualTo(CheckState.PENDING);
    }

    @Test
    void unknownEnvironmentIsBlockedAndListsTheConfiguredNames() {
        GateRules noCatchAll = rules(PRODUCTION, Fixtures.STAGING);

        GateDecision decision = evaluator.evaluate(
                noCatchAll,
                request("prodution", "2026-11-20T15:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.rule()).isNull();
        assertThat(decision.checks()).singleElement().satisfies(check -> {
            assertThat(check.id()).isEqualTo(CheckId.ENVIRONMENT);
            assertThat(check.state()).isEqualTo(CheckState.FAILED);
            assertThat(check.message())
                    .isEqualTo("no rule for environment \"prodution\"; configured: production, staging*;"
                            + " did you mean production?");
        });
    }

    @Test
    void catchAllWithoutChecksOpensTheGate() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("dev-7", "2026-11-20T15:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.rule()).isEqualTo("*");
        assertThat(decision.checks()).isEmpty();
        assertThat(decision.notBefore()).isNull();
    }

    @Test
    void globRuleAppliesToMatchingEnvironmentsAndReportsItsName() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("staging-eu", "2026-11-20T15:00"),
                approvedBy("bob"),
                null,
                berlin("2026-11-20T18:00"),
                Deadline.NONE);

        assertThat(decision.rule()).isEqualTo("staging*");
        assertThat(decision.environment()).isEqualTo("staging-eu");
        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.notBefore()).isEqualTo(berlin("2026-11-20T19:00"));
        assertThat(decision.check(CheckId.LEAD_TIME).orElseThrow().message())
                .isEqualTo(
                        "staging* needs 4h notice: first seen Fri 20 Nov 15:00 CET, allowed from Fri 20 Nov 19:00 CET");
    }

    @Test
    void waivedChecksDoNotDelayNotBefore() {
        ExceptionGrant grant = new ExceptionGrant("bob", "Outage fix", "INC-42", berlin("2026-11-20T15:30"));

        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-11-20T15:00"),
                approvedBy("alice", "carol", "dave"),
                grant,
                berlin("2026-11-20T15:30"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.notBefore()).isNull();
    }

    @Test
    void membershipComesFromThePort() {
        Membership realm = (user, group) -> group.equals("dba") && user.equals("zoe");
        GateRules onlyDba = rules(EnvironmentRule.open("production")
                .withApprovals(
                        List.of(io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement.ofGroup("dba", 1))));

        GateDecision decision = new GateEvaluator(realm, UserIdentity.EXACT)
                .evaluate(
                        onlyDba,
                        request("production", "2026-11-20T15:00"),
                        approvedBy("alice", "zoe"),
                        null,
                        berlin("2026-11-20T15:00"),
                        Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.approvals().requirements().get(0).counted()).containsExactly("zoe");
    }

    @Test
    void durationLeadTimeOnlyIsPendingUntilItElapses() {
        GateRules notice = rules(EnvironmentRule.open("qa").withLeadTime(LeadTime.parse("90m")));

        GateDecision before = evaluator.evaluate(
                notice,
                request("qa", "2026-11-20T15:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-20T16:29:59"),
                Deadline.NONE);
        GateDecision at = evaluator.evaluate(
                notice,
                request("qa", "2026-11-20T15:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-20T16:30"),
                Deadline.NONE);

        assertThat(before.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(before.notBefore()).isEqualTo(berlin("2026-11-20T16:30"));
        assertThat(at.verdict()).isEqualTo(Verdict.OPEN);
    }

    @Test
    void leadTimeEndingInsideANightWindowIsAllowedAtOnce() {
        GateRules night = rules(EnvironmentRule.open("production")
                .withLeadTime(LeadTime.parse("1 business day"))
                .withWindows(List.of(ChangeWindow.parse("Thu 22:00-02:00"))));

        GateDecision decision = evaluator.evaluate(
                night,
                request("production", "2026-11-19T01:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-19T12:00"),
                Deadline.NONE);

        // Allowed from Fri 01:00, inside Thursday's window that runs until Fri 02:00.
        assertThat(decision.notBefore()).isEqualTo(berlin("2026-11-20T01:00"));
        assertThat(decision.check(CheckId.WINDOW).orElseThrow().notBefore()).isEqualTo(berlin("2026-11-19T22:00"));
    }

    @Test
    void leadTimeEndingAtTheWindowEndWaitsForTheNextWindow() {
        GateRules night = rules(EnvironmentRule.open("production")
                .withLeadTime(LeadTime.parse("1 business day"))
                .withWindows(List.of(ChangeWindow.parse("Thu 22:00-02:00"))));

        GateDecision decision = evaluator.evaluate(
                night,
                request("production", "2026-11-19T02:00"),
                Approvals.NONE,
                null,
                berlin("2026-11-19T12:00"),
                Deadline.NONE);

        assertThat(decision.notBefore()).isEqualTo(berlin("2026-11-26T22:00"));
    }

    @Test
    void waiverOfTheFreezeAloneStillWaitsForTheWindow() {
        EnvironmentRule rule = PRODUCTION.withExceptions(new io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy(
                "dba", java.util.Set.of(CheckId.FREEZE), false));
        ExceptionGrant grant = new ExceptionGrant("bob", "Hotfix", null, berlin("2026-12-21T10:00"));

        GateDecision decision = evaluator.evaluate(
                rules(rule),
                request("production", "2026-12-01T10:00"),
                approvedBy("alice", "carol", "dave"),
                grant,
                berlin("2026-12-21T10:00"),
                Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.notBefore()).isEqualTo(berlin("2026-12-22T18:00"));
    }
}
