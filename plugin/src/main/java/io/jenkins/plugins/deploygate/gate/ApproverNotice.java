package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.GroupDetails;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.mail.MailPlugin;
import io.jenkins.plugins.deploygate.mail.MailSender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * Tells the eligible approvers that a gate waits for them: an e-mail through the Mailer plugin when
 * it is installed, and a build-log line either way. Approvers are the listed users and the members
 * of the required groups, as the rules list them and as the security realm lists them where it can
 * (many realms cannot list a group's members); those separation of duties bars are left out.
 */
public final class ApproverNotice {

    private static final Logger LOGGER = Logger.getLogger(ApproverNotice.class.getName());

    private ApproverNotice() {}

    /** Sends the notice; may block on the mail server, so callers run it on a pool thread. */
    public static void send(Run<?, ?> run, GateRecord gate, GateRules rules, TaskListener listener) {
        EnvironmentRule rule = rules.ruleFor(gate.getEnvironment()).orElse(null);
        if (rule == null) {
            return;
        }
        Set<String> approvers = approvers(rule, rules, gate);
        String rootUrl = Jenkins.get().getRootUrl();
        String page = (rootUrl == null ? "/" : rootUrl) + run.getUrl() + "deploy-gate/";
        if (approvers.isEmpty()) {
            listener.getLogger().println(Messages.ApproverNotice_NoApprovers(page));
            return;
        }
        String who = String.join(", ", approvers);
        if (!MailPlugin.isActive()) {
            listener.getLogger().println(Messages.ApproverNotice_NoMailer(who, page));
            return;
        }
        String change = gate.getChangeId() == null ? "-" : gate.getChangeId();
        String subject = Messages.ApproverNotice_Subject(gate.getEnvironment(), change, run.getFullDisplayName());
        String body = Messages.ApproverNotice_Body(
                run.getFullDisplayName(), gate.getEnvironment(), change, rule.name(), approvalsLine(gate), page);
        try {
            List<String> mailed = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            for (String approver : approvers) {
                String address = MailSender.addressOf(approver);
                if (address != null) {
                    mailed.add(approver);
                    addresses.add(address);
                }
            }
            MailSender.send(addresses, List.of(), subject, body, "text/plain");
            List<String> unmailed = new ArrayList<>(approvers);
            unmailed.removeAll(mailed);
            listener.getLogger()
                    .println(Messages.ApproverNotice_Mailed(
                            mailed.isEmpty() ? Messages.ApproverNotice_Nobody() : String.join(", ", mailed),
                            unmailed.isEmpty() ? "-" : String.join(", ", unmailed),
                            page));
        } catch (IOException failed) {
            // One line, no stack trace: a mail server that is down must not flood the system log.
            LOGGER.warning(() -> "Could not e-mail the approvers of " + run + ": " + failed.getMessage());
            listener.getLogger().println(Messages.ApproverNotice_Failed(failed.getMessage(), who, page));
        }
    }

    private static Set<String> approvers(EnvironmentRule rule, GateRules rules, GateRecord gate) {
        Set<String> ids = new LinkedHashSet<>();
        for (ApprovalRequirement requirement : rule.approvals()) {
            if (requirement.isGroup()) {
                Group configured = rules.groupsByName().get(requirement.group());
                if (configured != null) {
                    ids.addAll(configured.members());
                }
                ids.addAll(realmMembers(requirement.group()));
            } else {
                ids.addAll(requirement.users());
            }
        }
        if (rule.separationOfDuties()) {
            ids.removeIf(gate::isRequesterOrCommitter);
        }
        ids.removeIf(gate::hasVoted);
        return ids;
    }

    private static Set<String> realmMembers(String group) {
        try {
            GroupDetails details = Jenkins.get().getSecurityRealm().loadGroupByGroupname2(group, true);
            Set<String> members = details.getMembers();
            return members == null ? Set.of() : members;
        } catch (RuntimeException cannotList) {
            // UsernameNotFoundException or UnsupportedOperationException: the realm cannot say.
            LOGGER.log(Level.FINE, "The security realm cannot list the members of " + group, cannotList);
            return Set.of();
        }
    }

    private static String approvalsLine(GateRecord gate) {
        return gate.getChecks().stream()
                .filter(check -> check.getId().equals("approvals"))
                .map(CheckLine::getMessage)
                .findFirst()
                .orElse("");
    }
}
