package io.jenkins.plugins.deploygate.gate;

import io.jenkins.plugins.deploygate.engine.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision of a gate stored before decisions were kept as the engine's JSON: its separate
 * fields become a document of the engine's core keys (environment, rule, verdict, notBefore, checks)
 * plus the request and times it recorded, which {@code GateDecisionJson.read} accepts as it accepts
 * any decision written by hand. The approval tally and the exception's audit were not stored then,
 * and stay absent: an old build shows what was decided, and nothing it did not record.
 */
final class LegacyDecision {

    /** What an old record held about its decision. */
    record Fields(
            String environment,
            String changeId,
            String rule,
            String verdict,
            long notBefore,
            long evaluatedAt,
            long deadline,
            long requestedAt,
            String requestedBy,
            List<String> committers,
            List<CheckLine> checks) {}

    private LegacyDecision() {}

    static String json(GateRecord record) {
        Fields old = record.legacyFields();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", old.environment());
        json.put("rule", old.rule());
        json.put("verdict", old.verdict());
        json.put("notBefore", instant(old.notBefore()));
        json.put("checks", old.checks().stream().map(LegacyDecision::check).toList());
        json.put("change", old.changeId());
        json.put("requestedAt", instant(old.requestedAt()));
        json.put("requestedBy", old.requestedBy());
        json.put("committers", old.committers());
        json.put("evaluatedAt", instant(old.evaluatedAt()));
        json.put("deadline", instant(old.deadline()));
        return Json.write(json);
    }

    private static Map<String, Object> check(CheckLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", line.getId());
        json.put("state", line.getState());
        json.put("message", line.getMessage());
        if (line.getNotBefore() != 0) {
            json.put("notBefore", instant(line.getNotBefore()));
        }
        return json;
    }

    /** Old records store 0 for "no time". */
    private static Instant instant(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
