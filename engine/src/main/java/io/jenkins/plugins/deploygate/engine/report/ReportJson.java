package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as JSON, one document per audience. The stakeholders' document holds the same facts
 * as their status page and nothing more; the developers' holds the captures in the shape of
 * {@code deploy-gate scan} and the gates in the shape of {@code deploy-gate check}.
 */
final class ReportJson {

    private ReportJson() {}

    static Map<String, Object> of(DeploymentReport report, Audience audience) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("audience", audience.name().toLowerCase(java.util.Locale.ROOT));
        json.put("job", report.job());
        json.put("build", report.build());
        json.put("environment", report.environment());
        json.put("change", report.changeId());
        json.put("outcome", report.outcome());
        json.put("startedAt", report.startedAt());
        json.put("finishedAt", report.finishedAt());
        json.put("exception", exception(report));
        json.put("contacts", report.contacts());
        json.put("buildUrl", report.buildUrl());
        // A word, not log text: whether it failed with nothing in its output Deploy Gate knows.
        json.put("causeUnrecognised", report.causeUnrecognised());
        if (audience == Audience.DEVELOPERS) {
            json.put("reportUrl", report.reportUrl());
            json.put("errors", report.errorCount());
            json.put("silentFailure", report.silentFailure());
            json.put("nextSteps", NextSteps.of(report));
            json.put("rootCause", rootCause(report));
            json.put(
                    "captures",
                    report.captures().stream().map(ReportJson::capture).toList());
            json.put(
                    "gates",
                    report.gates().stream().map(GateDecisionJson::toMap).toList());
            json.put("audit", report.audit().stream().map(ReportJson::event).toList());
        }
        return json;
    }

    private static Map<String, Object> exception(DeploymentReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("used", report.exceptionUsed().isPresent());
        json.put("grantedBy", report.exceptionUsed().map(AuditEvent::who).orElse(null));
        return json;
    }

    /** The finding that broke the deployment, in the shape of {@code scan}, with the capture that found it. */
    private static Map<String, Object> rootCause(DeploymentReport report) {
        Finding cause = report.rootCause().orElse(null);
        if (cause == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        report.captures().stream()
                .filter(capture -> capture.result().findings().stream().anyMatch(finding -> finding == cause))
                .findFirst()
                .ifPresent(capture -> json.put("capture", capture.name()));
        json.putAll(cause.toJson());
        return json;
    }

    private static Map<String, Object> capture(DeploymentReport.Capture capture) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", capture.name());
        json.putAll(capture.result().toJson());
        return json;
    }

    private static Map<String, Object> event(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", event.at());
        json.put("who", event.who());
        json.put("action", event.action());
        json.put("detail", event.detail());
        return json;
    }
}
