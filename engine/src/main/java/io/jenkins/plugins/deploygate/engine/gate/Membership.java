package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import java.util.Map;

/**
 * Who is in which group: the port through which the gate learns group membership. The Jenkins
 * plugin asks the security realm; the command line and tests use the groups of the rules ({@link
 * #ofRules}). Implementations must answer quickly and must not throw for unknown users or groups.
 */
@FunctionalInterface
public interface Membership {

    /** Whether {@code user} belongs to {@code group}. */
    boolean isMember(String user, String group);

    /** Membership by the groups defined in {@code rules}; a group they do not define has no members. */
    static Membership ofRules(GateRules rules) {
        Map<String, Group> groups = rules.groupsByName();
        return (user, group) -> {
            Group defined = groups.get(group);
            return defined != null && defined.members().contains(user);
        };
    }

    /** Member when either this or {@code other} says so (e.g. the security realm, then the rules). */
    default Membership or(Membership other) {
        return (user, group) -> isMember(user, group) || other.isMember(user, group);
    }
}
