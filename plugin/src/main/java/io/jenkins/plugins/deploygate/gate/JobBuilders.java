package io.jenkins.plugins.deploygate.gate;

import hudson.model.Item;
import hudson.model.Job;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Whether a user may build one of some jobs: who could have started a build that no user started.
 * A user the security realm cannot describe counts as one who could, so that a lookup that fails
 * never lets a possible requester approve. Answers are kept for the life of one instance.
 */
final class JobBuilders {

    private static final Logger LOGGER = Logger.getLogger(JobBuilders.class.getName());

    private final List<String> jobs;
    private final Actor actor;
    private final Map<String, Boolean> answers = new HashMap<>();

    /**
     * @param jobs the full names of the jobs
     * @param actor the user of the current request, whose own login is asked rather than the realm,
     *     or null
     */
    JobBuilders(List<String> jobs, Actor actor) {
        this.jobs = List.copyOf(jobs);
        this.actor = actor;
    }

    boolean mayBuild(String user) {
        return answers.computeIfAbsent(user, this::ask);
    }

    private boolean ask(String user) {
        Authentication authentication;
        if (actor != null && JenkinsMembership.identity().same(actor.user(), user)) {
            authentication = actor.authentication();
        } else {
            try {
                authentication = impersonate(user);
            } catch (RuntimeException unknown) {
                LOGGER.log(Level.FINE, "Cannot tell whether " + user + " may build " + jobs, unknown);
                return true;
            }
        }
        // Items are looked up as the system: whether the user may see them is part of the question.
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (String name : jobs) {
                Job<?, ?> job = Jenkins.get().getItemByFullName(name, Job.class);
                if (job != null && job.hasPermission2(authentication, Item.BUILD)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The user's authorities as the realm gives them, as {@code User.impersonate2} does. */
    private static Authentication impersonate(String id) {
        User user = User.getById(id, false);
        if (user != null) {
            return user.impersonate2();
        }
        UserDetails details = Jenkins.get().getSecurityRealm().loadUserByUsername2(id);
        return new UsernamePasswordAuthenticationToken(details.getUsername(), "", details.getAuthorities());
    }
}
