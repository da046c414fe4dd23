package io.jenkins.plugins.deploygate.capture;

import hudson.XmlFile;
import hudson.util.XStream2;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of every captured block of one build, kept in {@code deploy-gate-report.xml} beside
 * {@code build.xml} (named for the report that shows them) and read only when a report is rendered
 * (as junit keeps {@code junitResult.xml} apart from its action): a deployment log with hundreds of
 * findings must not slow down loading the build history. Written through its own {@link XStream2} so
 * the file's element names stay short and independent of package and class names.
 */
final class CaptureDetails {

    static final String FILE_NAME = "deploy-gate-report.xml";

    private static final XStream2 XSTREAM = new XStream2();

    static {
        XSTREAM.alias("deploy-gate-report", CaptureDetails.class);
        XSTREAM.alias("finding", CapturedFinding.class);
        XSTREAM.alias("output-end", CapturedOutputEnd.class);
    }

    /** Findings per capture id (the block's flow node id), in the order the blocks finished. */
    private Map<String, List<CapturedFinding>> findings = new LinkedHashMap<>();
    /**
     * The output's last lines per capture whose deployment failed without a known error; null in
     * files written before they were kept.
     */
    private Map<String, CapturedOutputEnd> outputEnds = new LinkedHashMap<>();

    private CaptureDetails() {}

    /** The details stored in {@code buildDir}, or none when nothing was captured yet. */
    static CaptureDetails load(File buildDir) throws IOException {
        XmlFile file = file(buildDir);
        CaptureDetails details = file.exists() ? (CaptureDetails) file.read() : new CaptureDetails();
        if (details.findings == null) {
            details.findings = new LinkedHashMap<>();
        }
        if (details.outputEnds == null) {
            details.outputEnds = new LinkedHashMap<>();
        }
        return details;
    }

    void save(File buildDir) throws IOException {
        file(buildDir).write(this);
    }

    /**
     * @param outputEnd the last lines of a deployment that failed without a known error, or null
     */
    void put(String captureId, List<CapturedFinding> captured, CapturedOutputEnd outputEnd) {
        // A plain ArrayList: XStream cannot rebuild the JDK's immutable lists.
        findings.put(captureId, new ArrayList<>(captured));
        if (outputEnd != null) {
            outputEnds.put(captureId, outputEnd);
        }
    }

    /** The findings of one capture; empty when the file lost them. */
    List<CapturedFinding> of(String captureId) {
        return findings.getOrDefault(captureId, List.of());
    }

    /** The last lines of one capture's failed deployment; null when it kept none or the file lost them. */
    CapturedOutputEnd outputEnd(String captureId) {
        return outputEnds.get(captureId);
    }

    private static XmlFile file(File buildDir) {
        return new XmlFile(XSTREAM, new File(buildDir, FILE_NAME));
    }
}
