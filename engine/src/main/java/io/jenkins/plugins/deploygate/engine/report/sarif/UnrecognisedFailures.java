package io.jenkins.plugins.deploygate.engine.report.sarif;

import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failed command whose output holds no error Deploy Gate knows, as SARIF: a result of its own
 * rule, an error, so that a tool reading the SARIF never takes the failed deployment for a clean
 * one. It is located at the output's last line, where the command stopped.
 */
final class UnrecognisedFailures {

    static final String RULE_ID = "deploy-gate.unrecognised-failure";

    private UnrecognisedFailures() {}

    static Map<String, Object> rule() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", RULE_ID);
        rule.put("shortDescription", SarifWriter.text("Failure with no known error"));
        rule.put(
                "help",
                SarifWriter.text("The command failed, but nothing in its output is an error Deploy Gate knows. Read"
                        + " the output's last lines: a tool that stops usually says why there. If it is an error"
                        + " Deploy Gate should know, add it to the error catalogue."));
        rule.put("defaultConfiguration", Map.of("level", SarifWriter.level(Severity.ERROR)));
        rule.put("properties", Map.of("tags", List.of("database-deployment")));
        return rule;
    }

    static Map<String, Object> result(String uri, UnrecognisedFailure failure) {
        String message = failure.describe();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", RULE_ID);
        result.put("level", SarifWriter.level(Severity.ERROR));
        result.put("message", SarifWriter.text(message));
        result.put("locations", List.of(Map.of("physicalLocation", lastLine(uri, failure))));
        result.put("partialFingerprints", Map.of("primaryLocationLineHash", SarifWriter.fingerprint(RULE_ID, message)));
        return result;
    }

    /** The output's last line; the log alone when the command printed nothing. */
    private static Map<String, Object> lastLine(String uri, UnrecognisedFailure failure) {
        List<String> lines = failure.lastLines();
        if (lines.isEmpty()) {
            return Map.of("artifactLocation", SarifWriter.artifact(uri));
        }
        return SarifWriter.logLine(uri, failure.lastLine(), lines.get(lines.size() - 1));
    }
}
