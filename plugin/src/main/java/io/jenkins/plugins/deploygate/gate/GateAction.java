package io.jenkins.plugins.deploygate.gate;

import hudson.Util;
import hudson.model.Api;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.InvalidConfigurationException;
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

    /** What the current user may do on {@code gate} now, and why not: what the page offers. */
    public Offer offer(GateRecord gate) {
        GateDesk.Refusal vote = GateDesk.refusal(this, gate, GateDesk.Act.VOTE);
        GateDesk.Refusal grant = GateDesk.refusal(this, gate, GateDesk.Act.GRANT);
        return new Offer(
                vote == null ? null : vote.message(),
                grant == null ? null : grant.message(),
                grant == null,
                allowsExceptions(gate));
    }

    /** Whether {@code gate} still takes votes: it waits, and its build runs. */
    public boolean isLive(GateRecord gate) {
        return gate.isWaiting() && run.isBuilding();
    }

    /** The gate's state in words; a gate left waiting by a build that no longer runs says so. */
    public String stateText(GateRecord gate) {
        return gate.isWaiting() && !run.isBuilding()
                ? Messages.GateAction_Abandoned()
                : gate.getState().getDisplayName();
    }

    /** Who requested the change, in words, as the build log says it. */
    public String requester(GateRecord gate) {
        return GateLog.requester(gate.getRequesters());
    }

    /** The committers the latest decision counted, for the page. */
    public String committers(GateRecord gate) {
        List<String> committers = gate.getCommitters();
        return committers.isEmpty() ? "-" : String.join(", ", committers);
    }

    /** The actions a page offers on a gate, for the current user. */
    public static final class Offer {
        private final String voteRefusal;
        private final String grantRefusal;
        private final boolean canGrant;
        private final boolean exceptions;

        Offer(String voteRefusal, String grantRefusal, boolean canGrant, boolean exceptions) {
            this.voteRefusal = voteRefusal;
            this.grantRefusal = grantRefusal;
            this.canGrant = canGrant;
            this.exceptions = exceptions;
        }

        /** Why the user may not approve or reject; null when they may. */
        public String getVoteRefusal() {
            return voteRefusal;
        }

        public boolean isCanGrant() {
            return canGrant;
        }

        /** Why the user may not grant an exception; null when they may, or when the rule allows none. */
        public String getGrantRefusal() {
            return exceptions ? grantRefusal : null;
        }
    }

    /** Whether the rule of the gate's environment allows emergency exceptions at all. */
    private static boolean allowsExceptions(GateRecord gate) {
        try {
            return DeployGateConfiguration.get()
                    .getRules()
                    .ruleFor(gate.getEnvironment())
                    .map(rule -> rule.exceptions() != null)
                    .orElse(false);
        } catch (InvalidConfigurationException invalid) {
            return false;
        }
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
