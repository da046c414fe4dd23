package io.jenkins.plugins.deploygate.config;

import hudson.security.GroupDetails;
import hudson.security.SecurityRealm;
import hudson.security.UserMayOrMayNotExistException2;
import io.jenkins.plugins.deploygate.engine.gate.GroupMembers;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The engine's {@link Membership} port for Jenkins: a user is in a group when the security realm
 * gives them that authority, or when the rules' {@code groups} list them. Realm answers are cached
 * for the life of one instance (one evaluation, one request), because a realm lookup may be a
 * directory query. Group names are compared by the realm's group id strategy, user ids by its
 * user id strategy ({@link #identity()}), so that the gate agrees with Jenkins about who is who.
 *
 * <p>{@code User.getAuthorities()} is not used: it is empty unless the caller is an administrator.
 */
public final class JenkinsMembership implements Membership {

    private static final Logger LOGGER = Logger.getLogger(JenkinsMembership.class.getName());

    private final SecurityRealm realm;
    private final Map<String, List<String>> authorities = new ConcurrentHashMap<>();
    private final Map<String, GroupMembers> members = new ConcurrentHashMap<>();

    private JenkinsMembership(SecurityRealm realm) {
        this.realm = realm;
    }

    /** User ids compared as the security realm compares them (case-insensitively by default). */
    public static UserIdentity identity() {
        return Jenkins.get().getSecurityRealm().getUserIdStrategy()::keyFor;
    }

    /**
     * Membership by the realm, then by {@code recorded} (the groups a user's own request carried
     * when they acted: realms such as OAuth or SAML know groups only at login), then by the rules.
     */
    public static Membership of(GateRules rules, Map<String, ? extends Collection<String>> recorded) {
        UserIdentity identity = identity();
        Membership realm = new JenkinsMembership(Jenkins.get().getSecurityRealm());
        Membership atAct = (user, group) -> recorded.entrySet().stream()
                .anyMatch(entry ->
                        identity.same(entry.getKey(), user) && entry.getValue().contains(group));
        return realm.or(atAct).or(Membership.ofRules(rules, identity));
    }

    @Override
    public boolean isMember(String user, String group) {
        List<String> granted = authorities.computeIfAbsent(user, this::lookUp);
        return granted.stream().anyMatch(authority -> realm.getGroupIdStrategy().equals(authority, group));
    }

    /** The group's members as the realm lists them; most realms cannot, and then nothing is known. */
    @Override
    public GroupMembers members(String group) {
        return members.computeIfAbsent(group, this::listMembers);
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

    private GroupMembers listMembers(String group) {
        try {
            GroupDetails details = realm.loadGroupByGroupname2(group, true);
            Set<String> listed = details.getMembers();
            // A realm that lists members lists all of them; one that does not returns null.
            return listed == null
                    ? GroupMembers.UNKNOWN
                    : GroupMembers.exactly(listed.stream().sorted().toList());
        } catch (UserMayOrMayNotExistException2 cannotTell) {
            return GroupMembers.UNKNOWN;
        } catch (UsernameNotFoundException noSuchGroup) {
            // The realm has no such group: it adds no members to those the rules list.
            return GroupMembers.exactly(List.of());
        } catch (RuntimeException cannotList) {
            // UnsupportedOperationException, an unreachable directory.
            LOGGER.log(Level.FINE, "The security realm cannot list the members of " + group, cannotList);
            return GroupMembers.UNKNOWN;
        }
    }
}
