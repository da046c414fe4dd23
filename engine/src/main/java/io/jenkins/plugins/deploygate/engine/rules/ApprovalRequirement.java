package io.jenkins.plugins.deploygate.engine.rules;

import java.util.List;

/**
 * {@code count} distinct approvals from members of {@code group}, or from the listed {@code
 * users}: exactly one of the two is set.
 */
public record ApprovalRequirement(String group, List<String> users, int count) {

    public ApprovalRequirement {
        boolean hasGroup = group != null && !group.isBlank();
        boolean hasUsers = users != null && !users.isEmpty();
        if (hasGroup == hasUsers) {
            throw new InvalidRuleException("", "name either a group or users, not " + (hasGroup ? "both" : "neither"));
        }
        users = hasUsers ? List.copyOf(users) : List.of();
        if (count < 1) {
            throw new InvalidRuleException("count", count + " is not a number of approvals (1 or more)");
        }
        if (hasUsers && count > users.size()) {
            throw new InvalidRuleException(
                    "count", count + " approvals can never come from the " + users.size() + " listed users");
        }
    }

    /** A requirement of {@code count} approvals from {@code group}. */
    public static ApprovalRequirement ofGroup(String group, int count) {
        return new ApprovalRequirement(group, null, count);
    }

    /** A requirement of {@code count} approvals from the listed users. */
    public static ApprovalRequirement ofUsers(List<String> users, int count) {
        return new ApprovalRequirement(null, users, count);
    }

    /**
     * A number of approvals as the rules write it: a whole number, 1 or more.
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    public static int parseCount(String text) {
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && trimmed.length() <= 9 && trimmed.chars().allMatch(Character::isDigit)) {
            int count = Integer.parseInt(trimmed);
            if (count >= 1) {
                return count;
            }
        }
        throw new IllegalArgumentException(InvalidRuleException.quote(text) + " is not a whole number of 1 or more");
    }

    /** Whether the approvers are a group (else a user list). */
    public boolean isGroup() {
        return group != null && !group.isBlank();
    }

    /** How messages name the approvers: {@code dba} or {@code [alice, bob]}. */
    public String approvers() {
        return isGroup() ? group : "[" + String.join(", ", users) + "]";
    }
}
