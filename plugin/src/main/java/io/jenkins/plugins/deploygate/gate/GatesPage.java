package io.jenkins.plugins.deploygate.gate;

import hudson.Extension;
import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.RootAction;
import hudson.model.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionList;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The "Deploy gates" page ({@code /deploy-gates/}, also {@code /deploy-gates/api/json}): every gate
 * waiting now, in running Pipelines the user can read, with what it waits for. Walks the running
 * Pipelines rather than job histories, so its cost grows with what runs, not with what ran.
 */
@Extension
@ExportedBean
public class GatesPage implements RootAction {

    private static final Logger LOGGER = Logger.getLogger(GatesPage.class.getName());

    @Override
    public String getIconFileName() {
        return Jenkins.get().hasPermission(Jenkins.READ) ? "symbol-lock-closed" : null;
    }

    @Override
    public String getDisplayName() {
        return Messages.GatesPage_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "deploy-gates";
    }

    /** The waiting gates the current user may see, oldest request first. */
    @Exported(inline = true)
    public List<WaitingGate> getWaiting() {
        List<WaitingGate> waiting = new ArrayList<>();
        for (FlowExecution execution : FlowExecutionList.get()) {
            try {
                Queue.Executable executable = execution.getOwner().getExecutable();
                if (executable instanceof Run<?, ?> run && run.hasPermission(Item.READ)) {
                    GateAction action = run.getAction(GateAction.class);
                    if (action != null) {
                        action.getWaitingGates().forEach(gate -> waiting.add(new WaitingGate(run, gate)));
                    }
                }
            } catch (IOException unreadable) {
                LOGGER.log(Level.FINE, "Skipping a Pipeline whose build cannot be loaded", unreadable);
            }
        }
        waiting.sort(
                (a, b) -> Long.compare(a.getGate().getRequestedAt(), b.getGate().getRequestedAt()));
        return waiting;
    }

    public Api getApi() {
        return new Api(this);
    }
}
