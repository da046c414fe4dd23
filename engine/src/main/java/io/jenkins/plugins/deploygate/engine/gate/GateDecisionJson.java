package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.RequirementAudit;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.json.JsonReader;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a decision ({@code check --format json}, described in {@code docs/cli.md}),
 * written and read back. The first keys are the stable core, in this order: {@code environment},
 * {@code rule}, {@code verdict}, {@code notBefore} (always present, {@code null} when none),
 * {@code checks} (each with {@code id}, {@code state}, {@code message}, and {@code notBefore} only
 * when the check has one). Then the summary and the audit, for reports and for stored builds:
 * {@code summary}, {@code awaits}, {@code change}, {@code requestedAt} and {@code requestSource}
 * (the time the lead time counted from, and {@code FIRST_SEEN} or {@code DECLARED}), {@code
 * firstSeenAt}, {@code declaredRequestedAt}, {@code requestedBy}, {@code possibleRequesters},
 * {@code committers}, {@code evaluatedAt}, {@code deadline}, {@code approvalTimeout}, {@code
 * approvals} (one tally per requirement) and {@code exception} ({@code null} when none was given).
 * Instants are UTC, to the second.
 *
 * <p>What {@link #write} writes, {@link #read} reads back as an equal decision (to the second), so
 * that a stored build shows what was decided then, not what today's rules would decide.
 */
public final class GateDecisionJson {

    private GateDecisionJson() {}

    /** The compact JSON text of {@code decision}. */
    public static String write(GateDecision decision) {
        return Json.write(toMap(decision));
    }

    /**
     * The decision {@code json} holds: what {@link #write} wrote, or a document with the core keys
     * alone (the audit keys are read when present).
     *
     * @param whenUnknown the request time of a document that records none (neither {@code
     *     firstSeenAt}, {@code requestedAt} nor {@code evaluatedAt})
     * @throws IllegalArgumentException naming the key and what is wrong with it
     */
    public static GateDecision read(String json, Instant whenUnknown) {
        return new DecisionReader(whenUnknown).decision(JsonReader.read(json));
    }

    /** {@code decision} as ordered maps and lists, for embedding in a larger document. */
    public static Map<String, Object> toMap(GateDecision decision) {
        GateRequest request = decision.request();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", decision.environment());
        json.put("rule", decision.rule());
        json.put("verdict", decision.verdict());
        json.put("notBefore", decision.notBefore());
        json.put(
                "checks",
                decision.checks().stream().map(GateDecisionJson::check).toList());
        json.put("summary", decision.summary());
        json.put("awaits", decision.awaits());
        json.put("change", request.changeId());
        json.put("requestedAt", decision.requestTime().at());
        json.put("requestSource", decision.requestTime().source());
        json.put("firstSeenAt", request.firstSeenAt());
        json.put("declaredRequestedAt", request.declaredRequestedAt());
        json.put("requestedBy", request.requestedBy());
        json.put(
                "possibleRequesters",
                request.requester().candidates() == null || request.requester().isKnown()
                        ? null
                        : request.requester().candidates());
        json.put("committers", request.committers());
        json.put("evaluatedAt", decision.evaluatedAt());
        json.put("deadline", decision.deadline());
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
