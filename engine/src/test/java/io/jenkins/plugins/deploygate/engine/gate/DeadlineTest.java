package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.approvedBy;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gate that cannot open before its deadline fails at once, instead of waiting out its timeout. */
class DeadlineTest {

    /** Lead time until Fri 18 Dec 10:00, inside the year-end freeze; first window after it: Tue 5 Jan 18:00. */
    private static final String REQUESTED = "2026-12-16T10:00";

    private static final GateRules WITHOUT_EXCEPTIONS = rules(PRODUCTION.withExceptions(null));

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # deadline                          | step timeout | verdict
            the rule's 72h                      |              | BLOCKED
            the step's 30 days                  | 720h         | WAIT
            the step's 24h                      | 24h          | BLOCKED
            """)
    void theDeadlineIsTheStepsTimeoutElseTheRulesApprovalTimeout(String deadline, String timeout, Verdict verdict) {
        Duration stepTimeout = timeout == null ? null : DurationText.parse(timeout);

        GateDecision decision = evaluate(WITHOUT_EXCEPTIONS, Deadline.from(berlin(REQUESTED), stepTimeout));

        assertThat(decision.verdict()).as(deadline).isEqualTo(verdict);
        assertThat(decision.notBefore()).isEqualTo(berlin("2027-01-05T18:00"));
    }

    @Test
    void theRefusalSaysWhenItCouldOpenWhichRulesSetThatDateAndWhichTimeoutItPasses() {
        GateDecision decision = evaluate(WITHOUT_EXCEPTIONS, Deadline.from(berlin(REQUESTED), null));

        assertThat(decision.summary())
                .isEqualTo("cannot open before Tue 5 Jan 2027 18:00 CET (the 2 business days' notice ends Fri 18 Dec"
                        + " 10:00 CET, Year-end freeze ends Mon 4 Jan 2027 00:00 CET, and production deploys only in"
                        + " Tue,Thu 18:00-22:00), beyond the 72h timeout (Sat 19 Dec 10:00 CET)");
        assertThat(decision.deadline()).isEqualTo(berlin("2026-12-19T10:00"));
        assertThat(decision.awaits()).isEmpty();
    }

    @Test
    void withoutADeadlineTheSameGateWaitsAndSaysWhatSetsTheDate() {
        GateDecision decision = evaluate(WITHOUT_EXCEPTIONS, Deadline.NONE);

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.awaits()).containsExactly(Awaited.TIME);
        assertThat(decision.deadline()).isNull();
        assertThat(decision.summary())
                .isEqualTo("not before Tue 5 Jan 2027 18:00 CET: the 2 business days' notice ends Fri 18 Dec 10:00 CET,"
                        + " Year-end freeze ends Mon 4 Jan 2027 00:00 CET, and production deploys only in Tue,Thu"
                        + " 18:00-22:00");
    }

    @Test
    void anExceptionThatCouldOpenItInTimeIsAwaitedUntilTheDeadline() {
        GateDecision decision = evaluate(RULES, Deadline.from(berlin(REQUESTED), null));

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.awaits()).containsExactly(Awaited.EXCEPTION);
        assertThat(decision.summary())
                .isEqualTo("waiting for an exception from dba (alice, bob) that waives the lead time and window, with a"
                        + " ticket, until Sat 19 Dec 10:00 CET (the 72h timeout): without one it cannot open before"
                        + " Tue 5 Jan 2027 18:00 CET");
    }

    @Test
    void aGateThatCanOpenBeforeItsDeadlineWaits() {
        GateDecision decision = evaluator.evaluate(
                WITHOUT_EXCEPTIONS,
                request("production", "2026-11-20T15:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin("2026-11-23T10:00"),
                Deadline.from(berlin("2026-11-23T10:00"), null));

        assertThat(decision.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(decision.deadline()).isEqualTo(berlin("2026-11-26T10:00"));
    }

    private GateDecision evaluate(GateRules rules, Deadline deadline) {
        return evaluator.evaluate(
                rules,
                request("production", REQUESTED),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin(REQUESTED),
                deadline);
    }
}
