package io.jenkins.plugins.deploygate.gate;

import hudson.Util;
import hudson.model.Api;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.engine.report.Times;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The deployment gates of one build ({@code …/deploy-gate/}): what each checks and waits for, the
 * votes and exception given, and the Approve, Reject and Grant exception endpoints (also the REST
 * API: POST with an API token; state at {@code …/deploy-gate/api/json}). Stored in {@code build.xml}
 * with plugin-defined records only.
 */
@ExportedBean
public class GateAction implements RunAction2 {

    private List<GateRecord> gates = new ArrayList<>();
    private transient Run<?, ?> run;

    /** XStream does not run initialisers: a build.xml without gates must still give a list. */
    protected synchronized Object readResolve() {
        if (gates == null) {
            gates = new ArrayList<>();
        }
        return this;
    }

    /** The action of {@code run}, added on first use. */
    public static GateAction of(Run<?, ?> run) {
        synchronized (run) {
            GateAction action = run.getAction(GateAction.class);
            if (action == null) {
                action = new GateAction();
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

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        return Messages.GateAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "deploy-gate";
    }

    @Exported(inline = true)
    public synchronized List<GateRecord> getGates() {
        return List.copyOf(gates);
    }

    public synchronized List<GateRecord> getWaitingGates() {
        return gates.stream().filter(GateRecord::isWaiting).toList();
    }

    /** The gate with this id, or null. */
    public synchronized GateRecord find(String id) {
        return gates.stream()
                .filter(gate -> gate.getId().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Adds a gate when the step first evaluates it, and saves the build. */
    public GateRecord add(GateRecord gate) throws IOException {
        synchronized (this) {
            gates.add(gate);
        }
        save();
        return gate;
    }

    public void save() throws IOException {
        run.save();
    }

    /** A stored epoch-millisecond time as the pages show it, in the rules' zone; "-" for 0 (none). */
    public String time(long millis) {
        return millis == 0
                ? "-"
                : Times.format(
                        Instant.ofEpochMilli(millis),
                        DeployGateConfiguration.get().getZone());
    }

    public Api getApi() {
        return new Api(this);
    }

    /** Whether the current user may approve or reject {@code gate} now: what the page offers. */
    public boolean canVote(GateRecord gate) {
        return GateDesk.refusal(this, gate, GateDesk.Act.VOTE) == null;
    }

    /** Whether the current user may grant {@code gate} an exception now. */
    public boolean canGrant(GateRecord gate) {
        return GateDesk.refusal(this, gate, GateDesk.Act.GRANT) == null;
    }

    /** Why the current user may not approve or reject {@code gate}, for the page; null when they may. */
    public String voteRefusal(GateRecord gate) {
        GateDesk.Refusal refusal = GateDesk.refusal(this, gate, GateDesk.Act.VOTE);
        return refusal == null ? null : refusal.message();
    }

    /**
     * Why the current user may not grant {@code gate} an exception, for the page; null when they
     * may, and when the rule allows no exceptions (nothing to explain then).
     */
    public String grantRefusal(GateRecord gate) {
        GateDesk.Refusal refusal = GateDesk.refusal(this, gate, GateDesk.Act.GRANT);
        return refusal == null || !GateDesk.allowsExceptions(gate) ? null : refusal.message();
    }

    /** The gate a page was asked about ({@code ?gate=ID}), or null. */
    public GateRecord gateOf(String id) {
        return id == null ? null : find(id);
    }

    /**
     * Approves a gate.
     *
     * @param gate the gate's id; may be left out when exactly one gate of the build waits
     */
    @RequirePOST
    public HttpResponse doApprove(@QueryParameter String gate, @QueryParameter String comment) {
        return GateDesk.vote(this, gate, true, comment);
    }

    /**
     * Rejects a gate: one rejection by an eligible user blocks it, so it takes a comment that says
     * why (the build log and the report show it). The page asks for it on a confirmation page
     * ({@code confirmReject}).
     */
    @RequirePOST
    public HttpResponse doReject(@QueryParameter String gate, @QueryParameter String comment) {
        if (Util.fixEmptyAndTrim(comment) == null) {
            return HttpResponses.errorWithoutStack(400, Messages.GateDesk_CommentRequired());
        }
        return GateDesk.vote(this, gate, false, comment);
    }

    /** Grants a gate an emergency exception that waives the checks the rule's policy names. */
    @RequirePOST
    public HttpResponse doGrantException(
            @QueryParameter String gate, @QueryParameter String reason, @QueryParameter String ticket) {
        return GateDesk.grant(this, gate, reason, ticket);
    }
}
