package io.jenkins.plugins.deploygate.engine.gate;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is in a group, as far as a {@link Membership} can list them, for the messages that say who
 * can act ("needs 1 of dba (alice, bob)"). A security realm usually cannot list a group's members;
 * then {@code complete} is false and messages add "...".
 *
 * @param known the members known by id, in a stable order
 * @param complete whether {@code known} is everyone
 */
public record GroupMembers(List<String> known, boolean complete) {

    /** Nothing is known about the members. */
    public static final GroupMembers UNKNOWN = new GroupMembers(List.of(), false);

    public GroupMembers {
        known = List.copyOf(known);
    }

    /** Exactly {@code members}. */
    public static GroupMembers exactly(Collection<String> members) {
        return new GroupMembers(List.copyOf(new LinkedHashSet<>(members)), true);
    }

    /** The members either lists, complete only when both are. */
    public GroupMembers and(GroupMembers other) {
        Set<String> union = new LinkedHashSet<>(known);
        union.addAll(other.known);
        return new GroupMembers(List.copyOf(union), complete && other.complete);
    }
}
