package io.jenkins.plugins.deploygate.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.User;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The logged-in user of the current request, acting on a gate: their id and their login, whose
 * authorities are the groups they are in as the realm told at login (API-token requests get them
 * from the realm too). Realms such as OAuth or SAML tell a user's groups only this way.
 */
record Actor(String user, Authentication authentication) {

    /** The current request's user, or null when nobody is logged in. */
    static @CheckForNull Actor current() {
        User current = User.current();
        return current == null ? null : new Actor(current.getId(), Jenkins.getAuthentication2());
    }

    /** Membership by this login's groups, for this user only. */
    Membership login() {
        Set<String> authorities = authorities();
        IdStrategy groupIds = Jenkins.get().getSecurityRealm().getGroupIdStrategy();
        IdStrategy userIds = Jenkins.get().getSecurityRealm().getUserIdStrategy();
        return (member, group) -> userIds.equals(member, user)
                && authorities.stream().anyMatch(authority -> groupIds.equals(authority, group));
    }

    /** Those of {@code groups} this login puts the user in: recorded with what they do. */
    List<String> groupsAmong(Collection<String> groups) {
        Membership login = login();
        return groups.stream()
                .distinct()
                .filter(group -> login.isMember(user, group))
                .toList();
    }

    private Set<String> authorities() {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
