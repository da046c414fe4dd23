package io.jenkins.plugins.deploygate.engine.rules;

import java.util.List;

/** A group defined in the rules, used where the caller's user directory has no such group. */
public record Group(String name, List<String> members) {

    public Group {
        if (name == null || name.isBlank()) {
            throw new InvalidRuleException("name", "missing");
        }
        members = List.copyOf(members == null ? List.of() : members);
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).isBlank()) {
                throw new InvalidRuleException("members[" + i + "]", "a user name cannot be blank");
            }
        }
    }
}
