package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.report.sarif.SarifWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Deploy Gate renders from one scan, by name: the scan's JSON, SARIF, text, Markdown
 * and HTML; the deployment report in every format for both audiences; the post-mortem draft in
 * every document format. A property of log text (no secret, no control character) holds only when
 * it holds in all of them.
 */
public final class EveryOutput {

    private EveryOutput() {}

    public static Map<String, String> of(ScanResult result) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("scan json", Json.write(result.toJson()));
        outputs.put("sarif", new SarifWriter("1.0").write(List.of(new SarifWriter.ScannedLog("deploy.log", result))));
        DeploymentReport report = DeploymentReport.builder()
                .job("orders-db")
                .build("7")
                .environment("production")
                .changeId("CHG-1")
                .startedAt(Instant.parse("2026-11-24T17:31:00Z"))
                .finishedAt(Instant.parse("2026-11-24T17:33:30Z"))
                .outcome(Outcome.FAILED)
                .capture("deploy", result)
                .build();
        for (ReportFormat format : ReportFormat.values()) {
            for (Audience audience : Audience.values()) {
                outputs.put(format + " report for " + audience, format.render(report, audience));
            }
            if (format != ReportFormat.JSON) {
                outputs.put(format + " scan", format.write(ScanReport.of(result)));
                outputs.put(format + " post-mortem draft", format.write(PostMortemDraft.of(report)));
            }
        }
        return outputs;
    }
}
