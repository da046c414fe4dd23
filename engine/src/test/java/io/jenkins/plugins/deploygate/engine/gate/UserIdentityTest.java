package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Vote;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids are compared by the caller's identity port, everywhere: duplicates, requester and committers, user lists. */
class UserIdentityTest {

    private static final EnvironmentRule TWO_OF_THREE = EnvironmentRule.open("production")
            .withApprovals(List.of(ApprovalRequirement.ofUsers(List.of("alice", "bob", "frank"), 2)))
            .withSeparationOfDuties(true);

    @ParameterizedTest(name = "{0}: approved by [{1}], requested by {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # identity     | approvals        | requester | counted    | not counted
            exact          | alice bob        | frank     | alice bob  |
            exact          | Alice bob        | frank     | bob        | Alice:NOT_ELIGIBLE
            ignoring case  | Alice bob        | frank     | Alice bob  |
            ignoring case  | alice ALICE      | frank     | alice      | ALICE:DUPLICATE
            ignoring case  | Frank alice      | frank     | alice      | Frank:REQUESTER
            exact          | Frank alice      | frank     | alice      | Frank:NOT_ELIGIBLE
            ignoring case  | GINA alice bob   | frank     | alice bob  | GINA:NOT_ELIGIBLE
            """)
    void votesAreComparedByTheIdentityPort(
            String identity, String approvals, String requester, String counted, String notCounted) {
        UserIdentity port = identity.equals("exact") ? UserIdentity.EXACT : UserIdentity.IGNORING_CASE;
        GateRules rules = rules(TWO_OF_THREE);
        GateRequest request = GateRequest.of("production", "CHG-1", berlin("2026-11-20T15:00"))
                .withRequestedBy(requester)
                .withCommitters(List.of("gina"));

        GateDecision decision = new GateEvaluator(Membership.ofRules(rules, port), port)
                .evaluate(
                        rules,
                        request,
                        new Approvals(List.of(approvals.split(" ")), List.of()),
                        null,
                        berlin("2026-11-20T16:00"),
                        Deadline.NONE);

        ApprovalAudit.RequirementAudit tally =
                decision.approvals().requirements().get(0);
        assertThat(tally.counted()).containsExactly(counted.split(" "));
        assertThat(tally.notCounted())
                .containsExactlyElementsOf(
                        notCounted == null
                                ? List.of()
                                : List.of(new NotCounted(
                                        notCounted.split(":")[0],
                                        Vote.APPROVAL,
                                        Reason.valueOf(notCounted.split(":")[1]))));
    }
}
