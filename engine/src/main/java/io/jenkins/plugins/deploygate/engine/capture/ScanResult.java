package io.jenkins.plugins.deploygate.engine.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scan found: counts of what was read, the findings in order of first occurrence, whether
 * errors were printed by a command that nevertheless exited 0 ({@code silentFailure}), and whether
 * a command that failed printed no error the scanner knows ({@code unrecognisedFailure}).
 *
 * @param findingsDropped occurrences not kept because the scan already held the maximum number of
 *     distinct findings; 0 in any ordinary log
 * @param unrecognisedFailure the command exited with a status other than 0 and no ERROR finding
 *     explains it; null otherwise
 */
public record ScanResult(
        long linesScanned,
        long bytesScanned,
        boolean silentFailure,
        List<Finding> findings,
        long findingsDropped,
        UnrecognisedFailure unrecognisedFailure) {

    public ScanResult {
        findings = List.copyOf(findings);
        if (unrecognisedFailure != null && findings.stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("a scan with errors is not an unrecognised failure");
        }
    }

    /** A result without an unrecognised failure: as stored before it was kept. */
    public ScanResult(
            long linesScanned, long bytesScanned, boolean silentFailure, List<Finding> findings, long findingsDropped) {
        this(linesScanned, bytesScanned, silentFailure, findings, findingsDropped, null);
    }

    /** True when at least one finding has severity ERROR. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The deployment failed by what the scan saw: an ERROR finding, or a failure nobody recognised. */
    public boolean failed() {
        return hasErrors() || unrecognisedFailure != null;
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    /**
     * The document of {@code scan --format json} (docs/cli.md). {@code findingsDropped} and {@code
     * unrecognisedFailure} are added only when there is something to say, so that ordinary output
     * has exactly the contract's keys.
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
        if (unrecognisedFailure != null) {
            json.put("unrecognisedFailure", unrecognisedFailure.toJson());
        }
        return json;
    }
}
