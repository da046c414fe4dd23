package io.jenkins.plugins.deploygate.capture;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
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
     * @param bodyFailed whether the deployment failed by itself
     * @param parts where each part of the scanned output came from, in order
     */
    public static CaptureSummary record(
            Run<?, ?> run,
            TaskListener listener,
            String id,
            String name,
            ScanResult result,
            boolean bodyFailed,
            List<LogPart> parts)
            throws IOException {
        CaptureSummary summary = new CaptureSummary(id, name, result, bodyFailed, parts);
        CaptureAction action = of(run);
        action.add(summary, result.findings().stream().map(CapturedFinding::of).toList());
        listener.getLogger()
                .println(Messages.CaptureDeployErrors_Summary(
                        name, summary.getErrors(), summary.getWarnings(), summary.getLinesScanned()));
        for (CaptureListener told : CaptureListener.all()) {
            told.onCaptured(run, listener, summary);
        }
        run.save();
        return summary;
    }

    /** Findings go to the details file first, then the summary to the list kept in build.xml. */
    private synchronized void add(CaptureSummary summary, List<CapturedFinding> findings) throws IOException {
        CaptureDetails current = details();
        current.put(summary.getId(), findings);
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

    /** Distinct error findings over all captures. */
    public synchronized int getErrors() {
        return captures.stream().mapToInt(CaptureSummary::getErrors).sum();
    }

    public synchronized int getWarnings() {
        return captures.stream().mapToInt(CaptureSummary::getWarnings).sum();
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
