package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.RequirementAudit;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a decision (docs/cli.md, {@code check --format json}). The contract's keys
 * come first, in its order: {@code environment}, {@code rule}, {@code verdict}, {@code notBefore}
 * (always present, {@code null} when none), {@code checks} (each with {@code id}, {@code state},
 * {@code message}, and {@code notBefore} only when the check has one). The audit follows, for
 * reports: {@code change}, {@code requestedAt}, {@code requestedBy}, {@code committers}, {@code
 * evaluatedAt}, {@code approvalTimeout}, {@code approvals} (one tally per requirement) and {@code
 * exception} ({@code null} when none was given).
 */
public final class GateDecisionJson {

    private GateDecisionJson() {}

    /** The compact JSON text of {@code decision}. */
    public static String write(GateDecision decision) {
        return Json.write(toMap(decision));
    }

    /** {@code decision} as ordered maps and lists, for embedding in a larger document. */
    public static Map<String, Object> toMap(GateDecision decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", decision.environment());
        json.put("rule", decision.rule());
        json.put("verdict", decision.verdict());
        json.put("notBefore", decision.notBefore());
        json.put(
                "checks",
                decision.checks().stream().map(GateDecisionJson::check).toList());
        json.put("change", decision.request().changeId());
        json.put("requestedAt", decision.request().requestedAt());
        json.put("requestedBy", decision.request().requestedBy());
        json.put("committers", decision.request().committers());
        json.put("evaluatedAt", decision.evaluatedAt());
        json.put(
                "approvalTimeout",
                decision.approvalTimeout() == null ? null : DurationText.format(decision.approvalTimeout()));
        json.put(
                "approvals",
                decision.approvals() == null
                        ? List.of()
                        : decision.approvals().requirements().stream()
                                .map(GateDecisionJson::requirement)
                                .toList());
        json.put("exception", decision.exception() == null ? null : exception(decision.exception()));
        return json;
    }

    private static Map<String, Object> check(CheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", check.id().id());
        json.put("state", check.state());
        json.put("message", check.message());
        if (check.notBefore() != null) {
            json.put("notBefore", check.notBefore());
        }
        return json;
    }

    private static Map<String, Object> requirement(RequirementAudit requirement) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("approvers", requirement.approvers());
        json.put("required", requirement.required());
        json.put("met", requirement.met());
        json.put("counted", requirement.counted());
        json.put("rejectedBy", requirement.rejectedBy());
        json.put(
                "notCounted",
                requirement.notCounted().stream()
                        .map(vote -> notCounted(vote, requirement.approvers()))
                        .toList());
        return json;
    }

    private static Map<String, Object> notCounted(NotCounted vote, String approvers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user", vote.user());
        json.put("vote", vote.vote());
        json.put("reason", vote.reason());
        json.put("detail", vote.reason().describe(approvers));
        return json;
    }

    private static Map<String, Object> exception(ExceptionAudit audit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grantedBy", audit.grant().grantedBy());
        json.put("grantedAt", audit.grant().grantedAt());
        json.put("reason", audit.grant().reason());
        json.put("ticket", audit.grant().ticket());
        json.put("valid", audit.valid());
        json.put("problem", audit.problem());
        json.put("waived", audit.waived().stream().map(CheckId::id).toList());
        return json;
    }
}
