package io.jenkins.plugins.deploygate.config;

import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The engine's {@link Membership} port for Jenkins: a user is in a group when the security realm
 * gives them that authority, or when the rules' {@code groups} list them. Realm answers are cached
 * for the life of one instance (one evaluation), because a realm lookup may be a directory query.
 *
 * <p>{@code User.getAuthorities()} is not used: it is empty unless the caller is an administrator.
 */
public final class JenkinsMembership implements Membership {

    private static final Logger LOGGER = Logger.getLogger(JenkinsMembership.class.getName());

    private final SecurityRealm realm;
    private final Map<String, List<String>> authorities = new ConcurrentHashMap<>();

    private JenkinsMembership(SecurityRealm realm) {
        this.realm = realm;
    }

    /**
     * Membership by the realm, then by {@code recorded} (the groups a user's own request carried
     * when they voted: realms such as OAuth or SAML know groups only at login), then by the rules.
     */
    public static Membership of(GateRules rules, Map<String, ? extends Collection<String>> recorded) {
        Membership realm = new JenkinsMembership(Jenkins.get().getSecurityRealm());
        Membership atVote = (user, group) ->
                recorded.containsKey(user) && recorded.get(user).contains(group);
        return realm.or(atVote).or(Membership.ofRules(rules));
    }

    @Override
    public boolean isMember(String user, String group) {
        List<String> granted = authorities.computeIfAbsent(user, this::lookUp);
        return granted.stream().anyMatch(authority -> realm.getGroupIdStrategy().equals(authority, group));
    }

    private List<String> lookUp(String user) {
        try {
            return realm.loadUserByUsername2(user).getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .toList();
        } catch (UsernameNotFoundException | UnsupportedOperationException unknown) {
            LOGGER.log(Level.FINE, "No groups from the security realm for " + user, unknown);
        } catch (RuntimeException unavailable) {
            // A directory that cannot be reached must not fail the gate: the rules' groups still apply.
            LOGGER.log(Level.WARNING, "Could not look up the groups of " + user, unavailable);
        }
        return List.of();
    }
}
