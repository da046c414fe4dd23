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
    }

    /** Findings per capture id (the block's flow node id), in the order the blocks finished. */
    private Map<String, List<CapturedFinding>> findings = new LinkedHashMap<>();

    private CaptureDetails() {}

    /** The details stored in {@code buildDir}, or none when nothing was captured yet. */
    static CaptureDetails load(File buildDir) throws IOException {
        XmlFile file = file(buildDir);
        CaptureDetails details = file.exists() ? (CaptureDetails) file.read() : new CaptureDetails();
        if (details.findings == null) {
            details.findings = new LinkedHashMap<>();
        }
        return details;
    }

    void save(File buildDir) throws IOException {
        file(buildDir).write(this);
    }

    void put(String captureId, List<CapturedFinding> captured) {
        // A plain ArrayList: XStream cannot rebuild the JDK's immutable lists.
        findings.put(captureId, new ArrayList<>(captured));
    }

    /** The findings of one capture; empty when the file lost them. */
    List<CapturedFinding> of(String captureId) {
        return findings.getOrDefault(captureId, List.of());
    }

    private static XmlFile file(File buildDir) {
        return new XmlFile(XSTREAM, new File(buildDir, FILE_NAME));
    }
}
