package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One row of the "Deploy gates" page: a waiting gate and its build. Not persisted. */
@ExportedBean(defaultVisibility = 2)
public final class WaitingGate {

    private final Run<?, ?> run;
    private final GateRecord gate;

    WaitingGate(Run<?, ?> run, GateRecord gate) {
        this.run = run;
        this.gate = gate;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** The build, e.g. {@code orders-db #42}. */
    @Exported
    public String getBuild() {
        return run.getFullDisplayName();
    }

    /** The build's URL relative to Jenkins' root, ending with {@code /}. */
    @Exported
    public String getUrl() {
        return run.getUrl();
    }

    @Exported(inline = true)
    public GateRecord getGate() {
        return gate;
    }

    /** The checks still pending or failed, as the engine worded them: what the gate waits for. */
    @Exported
    public String getWaitingFor() {
        return String.join(
                "; ",
                gate.getChecks().stream()
                        .filter(check -> !check.getState().equals("PASSED")
                                && !check.getState().equals("WAIVED"))
                        .map(check -> check.getId() + ": " + check.getMessage())
                        .toList());
    }
}
