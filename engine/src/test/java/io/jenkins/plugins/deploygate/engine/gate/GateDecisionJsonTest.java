package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.PRODUCTION_NOTICE_AND_APPROVALS;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateDecisionJsonTest {

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @Test
    void contractKeysComeFirstInTheContractsOrderThenTheAudit() {
        GateDecision decision = evaluator.evaluate(
                rules(PRODUCTION_NOTICE_AND_APPROVALS),
                request("production", "2026-11-20T15:00"),
                new Approvals(List.of("alice", "carol", "dave", "frank"), List.of()),
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        String json = GateDecisionJson.write(decision);

        assertThat(json)
                .startsWith("{\"environment\":\"production\",\"rule\":\"production\",\"verdict\":\"WAIT\","
                        + "\"notBefore\":\"2026-11-24T14:00:00Z\",\"checks\":[{\"id\":\"leadTime\",\"state\":\"PENDING\","
                        + "\"message\":\"production needs 2 business days' notice: first seen Fri 20 Nov 15:00 CET,"
                        + " allowed from Tue 24 Nov 15:00 CET\",\"notBefore\":\"2026-11-24T14:00:00Z\"},"
                        + "{\"id\":\"approvals\",\"state\":\"PASSED\",\"message\":\"production needs");
        assertThat(json)
                .contains("\"summary\":\"not before Tue 24 Nov 15:00 CET: the 2 business days' notice ends Tue 24 Nov"
                        + " 15:00 CET\",\"awaits\":[\"TIME\"],\"change\":\"CHG-1234\","
                        + "\"requestedAt\":\"2026-11-20T14:00:00Z\",\"requestSource\":\"FIRST_SEEN\","
                        + "\"firstSeenAt\":\"2026-11-20T14:00:00Z\",\"declaredRequestedAt\":null,"
                        + "\"requestedBy\":\"frank\",\"possibleRequesters\":null,"
                        + "\"committers\":[\"gina\"],\"evaluatedAt\":\"2026-11-20T14:00:00Z\",\"deadline\":null,"
                        + "\"approvalTimeout\":null,"
                        + "\"approvals\":[{\"approvers\":\"dba\",\"required\":1,\"met\":true,\"counted\":[\"alice\"],"
                        + "\"rejectedBy\":[],\"notCounted\":[{\"user\":\"carol\",\"vote\":\"APPROVAL\","
                        + "\"reason\":\"NOT_ELIGIBLE\",\"detail\":\"not in dba\"}")
                .endsWith(",\"exception\":null}");
    }

    @Test
    void checkWithoutNotBeforeOmitsItButTheDecisionAlwaysHasOne() {
        GateDecision decision = evaluator.evaluate(
                RULES,
                request("staging-1", "2026-11-20T10:00"),
                new Approvals(List.of("bob"), List.of()),
                null,
                berlin("2026-11-20T15:00"),
                Deadline.NONE);

        assertThat(GateDecisionJson.write(decision))
                .startsWith(
                        "{\"environment\":\"staging-1\",\"rule\":\"staging*\",\"verdict\":\"OPEN\",\"notBefore\":null,"
                                + "\"checks\":[{\"id\":\"leadTime\",\"state\":\"PASSED\",\"message\":\"staging* needs 4h notice:"
                                + " first seen Fri 20 Nov 10:00 CET, allowed from Fri 20 Nov 14:00 CET\"},");
    }

    @Test
    void exceptionAuditRecordsWhoWhenWhyAndWhichChecks() {
        ExceptionGrant grant = new ExceptionGrant("bob", "Outage fix", "INC-42", berlin("2026-12-22T10:00"));

        GateDecision decision = evaluator.evaluate(
                RULES,
                request("production", "2026-12-22T09:00"),
                new Approvals(List.of(), List.of()),
                grant,
                berlin("2026-12-22T10:00"),
                Deadline.NONE);

        assertThat(GateDecisionJson.write(decision))
                .endsWith("\"exception\":{\"grantedBy\":\"bob\",\"grantedAt\":\"2026-12-22T09:00:00Z\","
                        + "\"reason\":\"Outage fix\",\"ticket\":\"INC-42\",\"valid\":true,\"problem\":null,"
                        + "\"waived\":[\"leadTime\",\"window\",\"freeze\"]}}");
        assertThat(GateDecisionJson.toMap(decision)).containsEntry("approvalTimeout", "72h");
    }
}
