package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate says who can still act: the members who may approve, and who may not because of their part in the change. */
class WhoCanActTest {

    private final GateRequest byAlice = GateRequest.of("production", "CHG-1", berlin("2026-11-20T15:00"))
            .withRequestedBy("alice")
            .withCommitters(List.of("carol"));

    @Test
    void theApprovalsSayWhoIsNeededAndWhoMayNotApprove() {
        GateDecision decision = evaluate(GateEvaluator.withGroupsOf(RULES), "dave");

        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .isEqualTo("production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave, erin); alice"
                        + " (the requester) and carol (a committer) may not approve: dba 0 of 1, change-board 1 of 2"
                        + " (dave)");
        assertThat(decision.summary())
                .isEqualTo("not before Tue 24 Nov 15:00 CET: the 2 business days' notice ends Tue 24 Nov 15:00 CET;"
                        + " waiting for 1 approval from dba (bob) and 1 approval from change-board (erin)");
    }

    @Test
    void membersADirectoryCannotListAreMarkedAsPossiblyMore() {
        Membership realm = new Membership() {
            @Override
            public boolean isMember(String user, String group) {
                return group.equals("dba") && user.equals("zoe");
            }

            @Override
            public GroupMembers members(String group) {
                return group.equals("dba") ? new GroupMembers(List.of("zoe"), false) : GroupMembers.UNKNOWN;
            }
        };

        GateDecision decision = evaluate(new GateEvaluator(realm.or(Membership.ofRules(RULES)), UserIdentity.EXACT));

        assertThat(decision.check(CheckId.APPROVALS).orElseThrow().message())
                .startsWith("production needs 1 of dba (zoe, alice, bob, ...) and 2 of change-board (carol, dave, erin,"
                        + " ...);");
        assertThat(decision.summary())
                .endsWith("waiting for 1 approval from dba (zoe, bob, ...) and 2 approvals from"
                        + " change-board (dave, erin, ...)");
    }

    private GateDecision evaluate(GateEvaluator evaluator, String... approvers) {
        return evaluator.evaluate(
                rules(PRODUCTION_NOTICE_AND_APPROVALS),
                byAlice,
                new Approvals(List.of(approvers), List.of()),
                null,
                berlin("2026-11-23T10:00"),
                Deadline.NONE);
    }
}
