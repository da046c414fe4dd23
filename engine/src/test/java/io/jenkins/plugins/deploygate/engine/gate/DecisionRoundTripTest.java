package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stored decision is read back as the decision that was made, audits included. */
class DecisionRoundTripTest {

    private static final GateEvaluator EVALUATOR = GateEvaluator.withGroupsOf(RULES);

    static Stream<GateDecision> decisions() {
        Instant now = berlin("2026-12-22T19:00");
        return Stream.of(
                // frozen, waiting for an exception, with a deadline and votes that did not count
                EVALUATOR.evaluate(
                        RULES,
                        request("production", "2026-12-01T10:00"),
                        new Approvals(List.of("alice", "frank", "carol", "carol"), List.of("mallory")),
                        null,
                        now,
                        Deadline.from(now, null)),
                // a valid exception, a declared time the rule trusts
                EVALUATOR.evaluate(
                        rules(Fixtures.PRODUCTION.withTrustRequestedAt(true)),
                        request("production", "2026-12-21T10:00").withDeclaredRequestedAt(berlin("2026-12-01T09:00")),
                        new Approvals(List.of("bob", "carol", "dave"), List.of()),
                        new ExceptionGrant("bob", "Checkout outage", "INC-42", now),
                        now,
                        Deadline.NONE),
                // an invalid exception and a requester who is one of some users
                EVALUATOR.evaluate(
                        rules(PRODUCTION_NOTICE_AND_APPROVALS),
                        request("production", "2026-11-20T15:00").withRequester(Requester.oneOf(List.of("alice"))),
                        new Approvals(List.of("alice"), List.of("erin")),
                        new ExceptionGrant("carol", null, null, now),
                        now,
                        Deadline.NONE),
                // an unknown requester, and an environment that only looks like production
                EVALUATOR.evaluate(
                        RULES,
                        GateRequest.of("prоduction", null, now),
                        Approvals.NONE,
                        new ExceptionGrant("bob", "x", "y", now),
                        now,
                        Deadline.NONE));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void whatIsWrittenIsReadBackEqual(GateDecision decision) {
        String json = GateDecisionJson.write(decision);

        GateDecision read = GateDecisionJson.read(json, Instant.EPOCH);

        assertThat(read).isEqualTo(decision);
        assertThat(GateDecisionJson.write(read)).isEqualTo(json);
    }

    @Test
    void aDecisionWithTheCoreKeysAloneIsRequestedWhenTheCallerSays() {
        GateDecision read = GateDecisionJson.read(
                "{\"environment\":\"qa\",\"rule\":\"*\",\"verdict\":\"OPEN\",\"notBefore\":null,\"checks\":[]}",
                Instant.parse("2026-11-20T14:00:00Z"));

        assertThat(read.request().firstSeenAt()).isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
        assertThat(read.requestTime().source()).isEqualTo(RequestTime.Source.FIRST_SEEN);
        assertThat(read.approvals()).isNull();
    }

    @Test
    void aBrokenDecisionIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> GateDecisionJson.read(
                        "{\"environment\":\"qa\",\"verdict\":\"OPEN\",\"checks\":[{\"id\":\"leadTime\",\"state\":\"LATE\"}]}",
                        Instant.EPOCH))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("checks[0].state: \"LATE\" is not one of [PASSED, PENDING, FAILED, WAIVED]");
    }
}
