package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thursday 24 December is a holiday of the calendar; the window is Thursdays 18:00-22:00 and, overnight, Wed 23:00-01:00. */
class ClosedOnHolidaysTest {

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @ParameterizedTest(name = "closedOnHolidays={0}, at {1}: {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # closed on holidays | now                 | state   | next opens
            false                | 2026-12-24T19:00    | PASSED  |
            true                 | 2026-12-24T19:00    | PENDING | 2026-12-30T23:00
            true                 | 2026-12-24T00:30    | PASSED  |
            true                 | 2026-12-17T19:00    | PASSED  |
            """)
    void windowsOfARuleClosedOnHolidaysDoNotOpenOnThem(
            boolean closedOnHolidays, String now, CheckState state, String nextOpens) {
        EnvironmentRule rule = EnvironmentRule.open("production")
                .withWindows(List.of(ChangeWindow.parse("Thu 18:00-22:00"), ChangeWindow.parse("Wed 23:00-01:00")))
                .withClosedOnHolidays(closedOnHolidays);

        GateDecision decision = evaluator.evaluate(
                rules(rule),
                request("production", "2026-12-01T10:00"),
                Approvals.NONE,
                null,
                berlin(now),
                Deadline.NONE);

        CheckResult window = decision.check(CheckId.WINDOW).orElseThrow();
        assertThat(window.state()).isEqualTo(state);
        assertThat(window.notBefore()).isEqualTo(nextOpens == null ? null : berlin(nextOpens));
        if (closedOnHolidays) {
            assertThat(window.message())
                    .startsWith("production deploys only in Thu 18:00-22:00, Wed 23:00-01:00 (Europe/Berlin), not on"
                            + " holidays: ");
        }
    }
}
