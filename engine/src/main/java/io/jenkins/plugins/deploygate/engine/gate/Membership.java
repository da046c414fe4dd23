package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import java.util.List;
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

    /**
     * The members of {@code group} as far as this membership can list them; by default nothing is
     * known (a security realm rarely lists a group).
     */
    default GroupMembers members(String group) {
        return GroupMembers.UNKNOWN;
    }

    /**
     * Membership by the groups defined in {@code rules}, with their members listed, user ids
     * compared exactly; a group they do not define has no members.
     */
    static Membership ofRules(GateRules rules) {
        return ofRules(rules, UserIdentity.EXACT);
    }

    /** Membership by the groups defined in {@code rules}, user ids compared by {@code identity}. */
    static Membership ofRules(GateRules rules, UserIdentity identity) {
        Map<String, Group> groups = rules.groupsByName();
        return new Membership() {
            @Override
            public boolean isMember(String user, String group) {
                Group defined = groups.get(group);
                return defined != null && identity.isAmong(user, defined.members());
            }

            @Override
            public GroupMembers members(String group) {
                Group defined = groups.get(group);
                return GroupMembers.exactly(defined == null ? List.of() : defined.members());
            }
        };
    }

    /** Member when either this or {@code other} says so (e.g. the security realm, then the rules). */
    default Membership or(Membership other) {
        Membership first = this;
        return new Membership() {
            @Override
            public boolean isMember(String user, String group) {
                return first.isMember(user, group) || other.isMember(user, group);
            }

            @Override
            public GroupMembers members(String group) {
                return first.members(group).and(other.members(group));
            }
        };
    }
}
