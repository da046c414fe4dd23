package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the approval page asks before it records a vote or an exception: the evaluator's own rules. */
class EligibilityTest {

    private final Eligibility eligibility = GateEvaluator.withGroupsOf(RULES).eligibility();

    private final GateRequest request = GateRequest.of("production", "CHG-1", berlin("2026-11-20T15:00"))
            .withRequestedBy("alice")
            .withCommitters(List.of("dave"));

    @ParameterizedTest(name = "{0} may approve: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            bob     |
            carol   |
            alice   | alice requested the change and separation of duties bars them from approving it
            dave    | dave committed to the change and separation of duties bars them from approving it
            mallory | mallory is not among the approvers of production (dba, change-board)
            """)
    void whoMayApprove(String user, String refusal) {
        assertThat(eligibility.whyNotApprover(PRODUCTION, request, user).orElse(null))
                .isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} may grant: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            bob     |
            carol   | carol is not in dba, the group that grants exceptions for production
            alice   | alice requested the change and separation of duties bars them from granting it an exception
            """)
    void whoMayGrantAnException(String user, String refusal) {
        assertThat(String.join("; ", eligibility.whyNotGranter(PRODUCTION, request, user)))
                .isEqualTo(refusal == null ? "" : refusal);
    }
}
