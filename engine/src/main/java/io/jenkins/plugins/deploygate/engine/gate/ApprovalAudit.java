package io.jenkins.plugins.deploygate.engine.gate;

import java.util.List;

/**
 * Who counted towards each approval requirement and who did not, and why: what a developer report
 * and an auditor need to see beside the {@code approvals} check.
 */
public record ApprovalAudit(List<RequirementAudit> requirements) {

    public ApprovalAudit {
        requirements = List.copyOf(requirements);
    }

    /** Whether any eligible user rejected the change. */
    public boolean rejected() {
        return requirements.stream()
                .anyMatch(requirement -> !requirement.rejectedBy().isEmpty());
    }

    /** Whether every requirement has its count of approvals. */
    public boolean met() {
        return requirements.stream().allMatch(RequirementAudit::met);
    }

    /**
     * One requirement's tally.
     *
     * @param approvers the group name, or the user list as {@code [alice, bob]}
     * @param required how many distinct approvals it needs
     * @param counted the approvals that counted, in order
     * @param rejectedBy the eligible users who rejected the change
     * @param notCounted the votes that did not count, with the reason
     */
    public record RequirementAudit(
            String approvers,
            int required,
            List<String> counted,
            List<String> rejectedBy,
            List<NotCounted> notCounted) {

        public RequirementAudit {
            counted = List.copyOf(counted);
            rejectedBy = List.copyOf(rejectedBy);
            notCounted = List.copyOf(notCounted);
        }

        public boolean met() {
            return counted.size() >= required;
        }
    }

    /** A vote that did not count towards a requirement. */
    public record NotCounted(String user, Vote vote, Reason reason) {}

    /** Whether a vote approved or rejected. */
    public enum Vote {
        APPROVAL,
        REJECTION
    }

    /** Why a vote did not count. */
    public enum Reason {
        /** The user is not in the requirement's group or list. */
        NOT_ELIGIBLE("not in %s"),
        /** Separation of duties: the user requested the change. */
        REQUESTER("requester"),
        /** Separation of duties: the user committed to the change. */
        COMMITTER("committer"),
        /** Separation of duties: the requester is unknown, and the user is one who could have started the build. */
        POSSIBLE_REQUESTER("could have started the build"),
        /** Separation of duties: the requester is unknown and could be anyone, so no vote counts. */
        REQUESTER_UNKNOWN("requester unknown"),
        /** The user already voted. */
        DUPLICATE("duplicate");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason as messages print it, e.g. {@code not in dba}. */
        public String describe(String approvers) {
            return String.format(text, approvers);
        }
    }
}
