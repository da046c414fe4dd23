package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An emergency exception that could waive everything that stops the gate must not find it BLOCKED:
 * the gate waits for it (and says from whom) instead. Inside the year-end freeze, inside the
 * Tuesday window, lead time passed.
 */
class AwaitedExceptionTest {

    private static final String NOW = "2026-12-22T19:00";

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @ParameterizedTest(name = "waive [{0}], approvals [{1}], rejections [{2}]: {3} {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # waive                        | approvals        | rejections | verdict | awaits
            leadTime window freeze         | alice carol dave |            | WAIT    | EXCEPTION
            leadTime window freeze         | alice            |            | WAIT    | EXCEPTION APPROVALS
            leadTime window freeze         | alice carol dave | erin       | BLOCKED |
            freeze approvals               | alice carol dave | erin       | WAIT    | EXCEPTION
            freeze approvals               | alice            |            | WAIT    | EXCEPTION
            leadTime window                | alice carol dave |            | BLOCKED |
            """)
    void theGateWaitsForAnExceptionWhenOneCouldWaiveEverythingThatStopsIt(
            String waive, String approvals, String rejections, Verdict verdict, String awaits) {
        Set<CheckId> waivable = EnumSet.noneOf(CheckId.class);
        Arrays.stream(waive.split(" ")).map(CheckId::waivable).forEach(waivable::add);
        var rules = rules(PRODUCTION.withExceptions(new ExceptionPolicy("dba", waivable, true)));

        GateDecision decision = evaluator.evaluate(
                rules,
                request("production", "2026-12-01T10:00"),
                new Approvals(users(approvals), users(rejections)),
                null,
                berlin(NOW),
                Deadline.from(berlin(NOW), null));

        assertThat(decision.verdict()).isEqualTo(verdict);
        assertThat(decision.awaits())
                .containsExactlyElementsOf(
                        users(awaits).stream().map(Awaited::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # who waits                     | summary
            frozen, approved                | waiting for an exception from dba (alice, bob) that waives the freeze, with a ticket, until Fri 25 Dec 19:00 CET (the 72h timeout): without one it cannot open before Tue 5 Jan 2027 18:00 CET
            """)
    void theSummaryNamesWhoMayGrantItAndUntilWhen(String who, String summary) {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-12-01T10:00"),
                new Approvals(List.of("alice", "carol", "dave"), List.of()),
                null,
                berlin(NOW),
                Deadline.from(berlin(NOW), null));

        assertThat(decision.summary()).as(who).isEqualTo(summary);
    }

    private static List<String> users(String spaceSeparated) {
        return spaceSeparated == null
                ? List.of()
                : List.of(spaceSeparated.trim().split("\\s+"));
    }
}
