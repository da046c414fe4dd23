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

    /** What the gate waits for and from whom, as the engine's decision says it. */
    @Exported
    public String getWaitingFor() {
        String summary = gate.getSummary();
        return summary == null ? "" : summary;
    }
}
