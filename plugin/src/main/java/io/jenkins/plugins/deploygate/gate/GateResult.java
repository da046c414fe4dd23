package io.jenkins.plugins.deploygate.gate;

import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the step returns and what it says when it fails, both from the engine's decision. */
final class GateResult {

    private GateResult() {}

    /**
     * The decision as the JSON of {@code check --format json} (docs/cli.md), built from strings,
     * numbers, booleans, lists and maps only: a script compares {@code result.verdict == 'OPEN'}, and the value is kept in the
     * program's saved state, which must not hold engine types.
     */
    static Map<String, Object> toMap(GateDecision decision) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) plain(GateDecisionJson.toMap(decision));
        return plain;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        if (value instanceof Instant instant) {
            // To the second, as the command line's JSON: ISO-8601 UTC with a Z.
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return value.toString(); // enums as their names
    }

    /**
     * Why the gate does not open, as the engine words it: the decision's summary, or for a decision
     * stored before decisions had one, the checks that keep it closed and a refused exception.
     */
    static String explain(GateDecision decision) {
        if (decision.summary() != null) {
            return decision.summary();
        }
        List<String> reasons = new ArrayList<>();
        for (CheckResult check : decision.checks()) {
            if (check.state() == CheckState.FAILED || check.state() == CheckState.PENDING) {
                reasons.add(check.id().id() + " " + check.state() + ": " + check.message());
            }
        }
        if (decision.exception() != null && !decision.exception().valid()) {
            reasons.add(decision.exception().problem());
        }
        return String.join("; ", reasons);
    }
}
