package io.jenkins.plugins.deploygate.capture;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;

/**
 * Told when a build's deployment output was captured, after the findings are stored and before the
 * build is saved: how the deployment report makes its page on the build without the capture
 * knowing the report.
 */
public abstract class CaptureListener implements ExtensionPoint {

    /** What one capture found is on {@code run}'s {@link CaptureAction} now. */
    public abstract void onCaptured(Run<?, ?> run, TaskListener listener, CaptureSummary summary);

    static ExtensionList<CaptureListener> all() {
        return ExtensionList.lookup(CaptureListener.class);
    }
}
