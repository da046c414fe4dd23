package io.jenkins.plugins.deploygate.capture;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;

/**
 * What the deployment output of one build held: a summary per capture (a {@code
 * captureDeployErrors} block, or a freestyle build's log) in {@code build.xml}, and the findings in
 * {@link CaptureDetails}, read on first use and held weakly, as junit's {@code TestResultAction}
 * does. It has no page of its own: the deployment report shows it, and learns of each capture
 * through a {@link CaptureListener}.
 */
public class CaptureAction implements RunAction2 {

    private List<CaptureSummary> captures = new ArrayList<>();

    private transient volatile Run<?, ?> run;
    private transient Reference<CaptureDetails> details;

    public CaptureAction() {}

    /** An action that takes over the captures older builds kept in their report's action. */
    public CaptureAction(List<CaptureSummary> captures) {
        this.captures = new ArrayList<>(captures);
    }

    /** XStream does not run initialisers: a build.xml without captures must still give a list. */
    protected synchronized Object readResolve() {
        if (captures == null) {
            captures = new ArrayList<>();
        }
        return this;
    }

    /** The action of {@code run}, added on first use. */
    static CaptureAction of(Run<?, ?> run) {
        synchronized (run) {
            CaptureAction action = run.getAction(CaptureAction.class);
            if (action == null) {
                action = new CaptureAction();
                run.addAction(action);
            }
            return action;
        }
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.CaptureAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }

    /**
     * Records what one captured part of the output found on {@code run}, prints a one-line summary,
     * tells the {@link CaptureListener}s, and saves the build.
     *
     * @param id unique within the build: the block's flow node id
     * @param name the tool the block ran, or what was scanned
     * @param result the scan, told the same {@code exit}
     * @param exit how the deployment ended by itself
     * @param parts where each part of the scanned output came from, in order
     */
    public static CaptureSummary record(
            Run<?, ?> run,
            TaskListener listener,
            String id,
            String name,
            ScanResult result,
            ExitStatus exit,
            List<LogPart> parts)
            throws IOException {
        CaptureSummary summary = new CaptureSummary(id, name, result, exit, parts);
        CaptureAction action = of(run);
        UnrecognisedFailure unrecognised = result.unrecognisedFailure();
        action.add(
                summary,
                result.findings().stream().map(CapturedFinding::of).toList(),
                unrecognised == null ? null : CapturedOutputEnd.of(unrecognised));
        listener.getLogger()
                .println(Messages.CaptureDeployErrors_Summary(
                        name, summary.getErrors(), summary.getWarnings(), summary.getLinesScanned()));
        if (summary.getUnrecognisedFailure() != null) {
            listener.getLogger()
                    .println(Messages.CaptureDeployErrors_Unrecognised(
                            name, summary.getUnrecognisedFailure().getDescription()));
        }
        for (CaptureListener told : CaptureListener.all()) {
            told.onCaptured(run, listener, summary);
        }
        run.save();
        return summary;
    }

    /** Findings go to the details file first, then the summary to the list kept in build.xml. */
    private synchronized void add(CaptureSummary summary, List<CapturedFinding> findings, CapturedOutputEnd outputEnd)
            throws IOException {
        CaptureDetails current = details();
        current.put(summary.getId(), findings, outputEnd);
        current.save(run.getRootDir());
        captures.add(summary);
    }

    public synchronized List<CaptureSummary> getCaptures() {
        return List.copyOf(captures);
    }

    /** The findings of one capture, read from the details file when no one holds them any more. */
    public List<CapturedFinding> findings(String captureId) {
        return details().of(captureId);
    }

    /**
     * The engine's result of one capture again, for the report: its numbers from the summary, its
     * findings and the end of a failed deployment's output from the details file. A details file
     * that lost the output's end still gives the failure, without its lines.
     */
    public ScanResult scanResult(CaptureSummary capture) {
        CaptureDetails stored = details();
        UnrecognisedFailure unrecognised = null;
        if (capture.getUnrecognisedFailure() != null) {
            CapturedOutputEnd end = stored.outputEnd(capture.getId());
            unrecognised = end != null
                    ? end.toFailure(capture.exitStatus())
                    : new UnrecognisedFailure(capture.exitStatus(), List.of(), Math.max(1, capture.getLinesScanned()));
        }
        return new ScanResult(
                capture.getLinesScanned(),
                capture.getBytesScanned(),
                capture.isSilentFailure(),
                stored.of(capture.getId()).stream()
                        .map(CapturedFinding::toFinding)
                        .toList(),
                capture.getFindingsDropped(),
                unrecognised);
    }

    /** Distinct error findings over all captures. */
    public synchronized int getErrors() {
        return captures.stream().mapToInt(CaptureSummary::getErrors).sum();
    }

    public synchronized int getWarnings() {
        return captures.stream().mapToInt(CaptureSummary::getWarnings).sum();
    }

    /** Whether some capture's deployment failed while its output holds no known error. */
    public synchronized boolean isUnrecognisedFailure() {
        return captures.stream().anyMatch(capture -> capture.getUnrecognisedFailure() != null);
    }

    /** Whether some capture found errors in the output of a command that reported success. */
    public synchronized boolean isSilentFailure() {
        return captures.stream().anyMatch(CaptureSummary::isSilentFailure);
    }

    private synchronized CaptureDetails details() {
        CaptureDetails loaded = details == null ? null : details.get();
        if (loaded == null) {
            try {
                loaded = CaptureDetails.load(run.getRootDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + CaptureDetails.FILE_NAME + " of " + run, e);
            }
            details = new WeakReference<>(loaded);
        }
        return loaded;
    }
}
