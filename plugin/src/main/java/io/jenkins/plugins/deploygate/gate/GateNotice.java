package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.Awaited;
import io.jenkins.plugins.deploygate.engine.gate.Eligibility;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.mail.MailPlugin;
import io.jenkins.plugins.deploygate.mail.MailSender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;

/**
 * Tells the people a waiting gate waits for, once per gate: the approvers when it awaits approvals,
 * the group that grants exceptions when it awaits an exception ({@link Awaited}). An e-mail through
 * the Mailer plugin when it is installed, and a build-log line either way. Who is told is who the
 * engine would let act ({@link Eligibility}), among the members the rules and the security realm
 * can list (many realms cannot list a group's members), less those who already voted.
 */
final class GateNotice {

    private static final Logger LOGGER = Logger.getLogger(GateNotice.class.getName());

    private GateNotice() {}

    /**
     * Sends the notices {@code decision} asks for and the gate has not sent yet, off the calling
     * thread: a slow mail server must not delay the re-evaluation a vote asks for.
     */
    static void sendWhenAwaited(
            Run<?, ?> run,
            GateAction action,
            GateRecord gate,
            GateInputs inputs,
            GateDecision decision,
            TaskListener listener)
            throws IOException {
        EnvironmentRule rule = inputs.rule().orElse(null);
        if (rule == null) {
            return;
        }
        Eligibility eligibility = inputs.evaluator().eligibility();
        List<Runnable> notices = new ArrayList<>();
        if (decision.awaits(Awaited.APPROVALS) && gate.markNotified(false)) {
            Set<String> approvers = approvers(rule, eligibility, inputs.request(), decision, gate);
            notices.add(() -> send(run, gate, decision, listener, approvers, false));
        }
        if (decision.awaits(Awaited.EXCEPTION) && gate.markNotified(true)) {
            Set<String> granters = granters(rule, eligibility, inputs.request());
            notices.add(() -> send(run, gate, decision, listener, granters, true));
        }
        if (!notices.isEmpty()) {
            action.save();
            notices.forEach(Timer.get()::submit);
        }
    }

    /** Those who may still approve a requirement that is not met. */
    private static Set<String> approvers(
            EnvironmentRule rule,
            Eligibility eligibility,
            GateRequest request,
            GateDecision decision,
            GateRecord gate) {
        Set<String> ids = new LinkedHashSet<>();
        ApprovalAudit audit = decision.approvals();
        for (int i = 0; i < rule.approvals().size(); i++) {
            if (audit == null || !audit.requirements().get(i).met()) {
                ids.addAll(eligibility.members(rule.approvals().get(i)).known());
            }
        }
        ids.removeIf(user -> eligibility.whyNotApprover(rule, request, user).isPresent() || gate.hasVoted(user));
        return ids;
    }

    private static Set<String> granters(EnvironmentRule rule, Eligibility eligibility, GateRequest request) {
        Set<String> ids = new LinkedHashSet<>(
                eligibility.members(rule.exceptions().grantedBy()).known());
        ids.removeIf(user -> !eligibility.whyNotGranter(rule, request, user).isEmpty());
        return ids;
    }

    /** Sends one notice; may block on the mail server. */
    private static void send(
            Run<?, ?> run,
            GateRecord gate,
            GateDecision decision,
            TaskListener listener,
            Set<String> people,
            boolean exception) {
        String rootUrl = Jenkins.get().getRootUrl();
        String page = (rootUrl == null ? "/" : rootUrl) + run.getUrl() + "deploy-gate/";
        String what = exception ? Messages.GateNotice_Exception() : Messages.GateNotice_Approvals();
        if (people.isEmpty()) {
            listener.getLogger().println(Messages.GateNotice_NoOne(what, page));
            return;
        }
        String who = String.join(", ", people);
        if (!MailPlugin.isActive()) {
            listener.getLogger().println(Messages.GateNotice_NoMailer(what, who, page));
            return;
        }
        String change = GateLog.changeOf(gate);
        String subject = exception
                ? Messages.GateNotice_ExceptionSubject(gate.getEnvironment(), change, run.getFullDisplayName())
                : Messages.GateNotice_ApprovalSubject(gate.getEnvironment(), change, run.getFullDisplayName());
        String body = Messages.GateNotice_Body(
                run.getFullDisplayName(),
                gate.getEnvironment(),
                change,
                decision.rule(),
                decision.summary() == null ? "-" : decision.summary(),
                page);
        try {
            List<String> mailed = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            for (String person : people) {
                String address = MailSender.addressOf(person);
                if (address != null) {
                    mailed.add(person);
                    addresses.add(address);
                }
            }
            MailSender.send(addresses, List.of(), subject, body, "text/plain");
            List<String> unmailed = new ArrayList<>(people);
            unmailed.removeAll(mailed);
            listener.getLogger()
                    .println(Messages.GateNotice_Mailed(
                            what,
                            mailed.isEmpty() ? Messages.GateNotice_Nobody() : String.join(", ", mailed),
                            unmailed.isEmpty() ? "-" : String.join(", ", unmailed),
                            page));
        } catch (IOException failed) {
            // One line, no stack trace: a mail server that is down must not flood the system log.
            LOGGER.warning(() -> "Could not e-mail about the deploy gate of " + run + ": " + failed.getMessage());
            listener.getLogger().println(Messages.GateNotice_Failed(what, failed.getMessage(), who, page));
        }
    }
}
