package io.jenkins.plugins.deploygate.engine.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scan found: counts of what was read, the findings in order of first occurrence, and
 * whether errors were printed by a command that nevertheless exited 0 ({@code silentFailure}).
 *
 * @param findingsDropped occurrences not kept because the scan already held the maximum number of
 *     distinct findings; 0 in any ordinary log
 */
public record ScanResult(
        long linesScanned, long bytesScanned, boolean silentFailure, List<Finding> findings, long findingsDropped) {

    public ScanResult {
        findings = List.copyOf(findings);
    }

    /** True when at least one finding has severity ERROR: the scan's exit status is then 1. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    /**
     * The document of {@code scan --format json} (docs/cli.md). {@code findingsDropped} is added only when findings were
     * dropped, so that ordinary output has exactly the contract's keys.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("linesScanned", linesScanned);
        json.put("bytesScanned", bytesScanned);
        json.put("silentFailure", silentFailure);
        json.put("findings", findings.stream().map(Finding::toJson).toList());
        if (findingsDropped > 0) {
            json.put("findingsDropped", findingsDropped);
        }
        return json;
    }
}
