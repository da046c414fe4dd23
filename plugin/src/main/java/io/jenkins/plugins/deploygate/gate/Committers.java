package io.jenkins.plugins.deploygate.gate;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentNames;
import io.jenkins.plugins.deploygate.mail.MailPlugin;
import io.jenkins.plugins.deploygate.mail.MailSender;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jenkins.scm.RunWithSCM;

/**
 * The committers of a deployment: the authors of the changes of every build of the job since the
 * last successful deployment of the environment, this build included, as Jenkins users. A gate in
 * an {@code agent none} stage usually runs before its own build has checked anything out, so the
 * changes of the builds since the last deployment are what the deployment carries.
 *
 * <p>A <em>successful deployment</em> of an environment is a finished build of the same job whose
 * result is SUCCESS and that has a gate for that environment (names compared as the rules compare
 * them) which opened. At most {@link #MAX_BUILDS} earlier builds are read, so that a job that never
 * deployed does not load its whole history at every vote.
 *
 * <p>An author is a Jenkins user (the SCM maps a commit to one); with the Mailer plugin, any user
 * the gate is concerned with whose e-mail address is an author's counts as that author too, so that
 * a commit recorded under another id than the login still bars its author.
 */
final class Committers {

    /** How many builds before this one are read, at most. */
    static final int MAX_BUILDS = 100;

    private Committers() {}

    /**
     * @param people the users the gate is concerned with (voters, approvers, granters), matched to
     *     the authors by e-mail address
     */
    static List<String> of(Run<?, ?> run, String environment, Collection<String> people) {
        Set<String> authors = new LinkedHashSet<>();
        Run<?, ?> build = run;
        for (int read = 0; build != null && read <= MAX_BUILDS; read++, build = build.getPreviousBuild()) {
            if (build != run && isSuccessfulDeployment(build, environment)) {
                break;
            }
            authors.addAll(authors(build));
        }
        Set<String> committers = new LinkedHashSet<>(authors);
        if (!authors.isEmpty() && MailPlugin.isActive()) {
            committers.addAll(byAddress(authors, people));
        }
        return List.copyOf(committers);
    }

    /** Whether {@code build} deployed to {@code environment}: it succeeded, and a gate for it opened. */
    static boolean isSuccessfulDeployment(Run<?, ?> build, String environment) {
        if (build.isBuilding() || build.getResult() != Result.SUCCESS) {
            return false;
        }
        GateAction gates = build.getAction(GateAction.class);
        String key = EnvironmentNames.key(environment);
        return gates != null
                && gates.getGates().stream()
                        .anyMatch(gate -> gate.getState() == GateState.OPEN
                                && EnvironmentNames.key(gate.getEnvironment()).equals(key));
    }

    private static Set<String> authors(Run<?, ?> build) {
        Set<String> ids = new LinkedHashSet<>();
        if (build instanceof RunWithSCM<?, ?> withScm) {
            for (ChangeLogSet<? extends ChangeLogSet.Entry> changes : withScm.getChangeSets()) {
                for (ChangeLogSet.Entry change : changes) {
                    User author = change.getAuthor();
                    if (author != null) {
                        ids.add(author.getId());
                    }
                }
            }
        }
        return ids;
    }

    /** The people whose profile address is the profile address of an author. */
    private static Set<String> byAddress(Set<String> authors, Collection<String> people) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String author : authors) {
            String address = MailSender.addressOf(author);
            if (address != null) {
                addresses.add(address.trim().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> matched = new LinkedHashSet<>();
        for (String person : people) {
            String address = MailSender.addressOf(person);
            if (address != null && addresses.contains(address.trim().toLowerCase(Locale.ROOT))) {
                matched.add(person);
            }
        }
        return matched;
    }
}
