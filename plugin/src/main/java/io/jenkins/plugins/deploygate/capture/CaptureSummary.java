package io.jenkins.plugins.deploygate.capture;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendPoint;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What one {@code captureDeployErrors} block found, in numbers: the part kept in {@code build.xml}
 * so that the build page, the REST API and the job trend never load the findings themselves.
 */
@ExportedBean(defaultVisibility = 2)
public final class CaptureSummary {

    private final String id;
    private final String name;
    private final long linesScanned;
    private final long bytesScanned;
    private final boolean silentFailure;
    private final boolean bodyFailed;
    private final int errors;
    private final int warnings;
    private final long findingsDropped;
    private final TreeMap<String, Integer> errorsByEngine = new TreeMap<>();

    /**
     * @param id the block's flow node id, unique within the build
     * @param name what the block deployed with ({@code flyway}), or the step's name
     * @param bodyFailed whether the block's body itself failed
     */
    public CaptureSummary(String id, String name, ScanResult result, boolean bodyFailed) {
        this.id = id;
        this.name = name;
        this.linesScanned = result.linesScanned();
        this.bytesScanned = result.bytesScanned();
        this.silentFailure = result.silentFailure();
        this.bodyFailed = bodyFailed;
        this.errors = (int) result.errorCount();
        this.warnings = (int) result.findings().stream()
                .filter(finding -> finding.severity() == Severity.WARNING)
                .count();
        this.findingsDropped = result.findingsDropped();
        for (Finding finding : result.findings()) {
            if (finding.isError()) {
                String engine = finding.engine() == null ? TrendPoint.NO_ENGINE : finding.engine();
                errorsByEngine.merge(engine, 1, Integer::sum);
            }
        }
    }

    public String getId() {
        return id;
    }

    @Exported
    public String getName() {
        return name;
    }

    @Exported
    public long getLinesScanned() {
        return linesScanned;
    }

    public long getBytesScanned() {
        return bytesScanned;
    }

    /** Errors were printed while the block's body reported success. */
    @Exported
    public boolean isSilentFailure() {
        return silentFailure;
    }

    @Exported
    public boolean isBodyFailed() {
        return bodyFailed;
    }

    @Exported
    public int getErrors() {
        return errors;
    }

    @Exported
    public int getWarnings() {
        return warnings;
    }

    @Exported
    public long getFindingsDropped() {
        return findingsDropped;
    }

    /** Error findings per database engine ({@code other} for a tool's own errors), for the trend. */
    public Map<String, Integer> getErrorsByEngine() {
        return errorsByEngine == null ? Map.of() : Map.copyOf(errorsByEngine);
    }
}
