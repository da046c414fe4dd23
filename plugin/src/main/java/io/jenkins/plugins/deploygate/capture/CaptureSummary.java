package io.jenkins.plugins.deploygate.capture;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.report.LogLinks;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The status the deployment ended with; null when Jenkins did not tell it, and in older builds. */
    private final Integer exitStatus;
    /** The deployment failed and its output holds no known error; false in older builds. */
    private final boolean unrecognisedFailure;

    private final int errors;
    private final int warnings;
    private final long findingsDropped;
    private final TreeMap<String, Integer> errorsByEngine = new TreeMap<>();
    /** Where each part of the output came from; null in builds stored before it was kept. */
    private final List<LogPart> parts;

    /**
     * @param id the block's flow node id, unique within the build
     * @param name what the block deployed with ({@code flyway}), or the step's name
     * @param exit how the block's body, or the freestyle build, ended
     * @param parts where each part of the scanned output came from, in order
     */
    public CaptureSummary(String id, String name, ScanResult result, ExitStatus exit, List<LogPart> parts) {
        this.parts = new ArrayList<>(parts);
        this.id = id;
        this.name = name;
        this.linesScanned = result.linesScanned();
        this.bytesScanned = result.bytesScanned();
        this.silentFailure = result.silentFailure();
        this.bodyFailed = exit.failed();
        this.exitStatus = exit.status();
        this.unrecognisedFailure = result.unrecognisedFailure() != null;
        this.errors = (int) result.errorCount();
        this.warnings = (int) result.findings().stream()
                .filter(finding -> finding.severity() == Severity.WARNING)
                .count();
        this.findingsDropped = result.findingsDropped();
        this.errorsByEngine.putAll(TrendPoint.errorsByEngine(result));
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

    /**
     * The deployment failed while its output holds no error the catalogue knows: how it failed, or
     * null when it did not (or when its output explains it).
     */
    @Exported(inline = true)
    public Unrecognised getUnrecognisedFailure() {
        return unrecognisedFailure ? new Unrecognised(exitStatus) : null;
    }

    /** The status the block's body or the build ended with; null when Jenkins did not tell it. */
    Integer exitStatus() {
        return exitStatus;
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

    /**
     * Where a line of this capture can be read: the log of the Pipeline step that printed it (the
     * flow node's {@code log} page, which shows that step's output alone), or the console of a
     * freestyle build. Neither page has an anchor per line in the Jenkins this plugin targets, so
     * the link says which line of that log it is.
     *
     * @param buildUrl the build's address, ending with {@code /}
     */
    public LogLinks logLinks(String buildUrl) {
        List<LogPart> known = parts == null ? List.of() : List.copyOf(parts);
        return line -> {
            LogPart part = null;
            for (LogPart candidate : known) {
                if (candidate.getFirstLine() <= line) {
                    part = candidate;
                }
            }
            if (part == null) {
                return Optional.empty();
            }
            if (part.getNodeId() == null) {
                return Optional.of(
                        new LogLinks.LogLink(Messages.CaptureSummary_ConsoleLine(line), buildUrl + "console"));
            }
            long within = line - part.getFirstLine() + 1;
            String step = part.getStep() == null ? part.getNodeId() : part.getStep() + ", " + part.getNodeId();
            return Optional.of(new LogLinks.LogLink(
                    Messages.CaptureSummary_StepLine(within, step),
                    buildUrl + "execution/node/" + part.getNodeId() + "/log/"));
        };
    }

    /**
     * Errors per database engine as the trend counts them ({@code other} for a tool's own errors
     * and for a failure without a known error).
     */
    public Map<String, Integer> getErrorsByEngine() {
        return errorsByEngine == null ? Map.of() : Map.copyOf(errorsByEngine);
    }

    /** How a deployment failed without a known error, told from the summary alone: no log text. */
    @ExportedBean(defaultVisibility = 2)
    public static final class Unrecognised {

        private final Integer exitStatus;

        Unrecognised(Integer exitStatus) {
            this.exitStatus = exitStatus;
        }

        /** The exit status; null when Jenkins did not tell it (a freestyle step, an {@code error} step). */
        @Exported
        public Integer getExitStatus() {
            return exitStatus;
        }

        /** The engine's words for it, as {@code deploy-gate scan --format json} gives them. */
        @Exported
        public String getMessage() {
            return UnrecognisedFailure.MESSAGE;
        }

        /** "exit status 3, no known error recognised", or "exit status unknown, ...", for pages and logs. */
        public String getDescription() {
            return exitStatus == null
                    ? Messages.CaptureSummary_UnrecognisedUnknownStatus()
                    : Messages.CaptureSummary_Unrecognised(String.valueOf(exitStatus));
        }
    }
}
