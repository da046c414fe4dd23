package io.jenkins.plugins.deploygate.engine.gate;

import java.util.List;

/**
 * The approvals and rejections recorded for a request, in the order they were given. Who may count
 * is the gate's business, not the caller's: pass every vote.
 */
public record Approvals(List<String> approvedBy, List<String> rejectedBy) {

    public static final Approvals NONE = new Approvals(List.of(), List.of());

    public Approvals {
        approvedBy = List.copyOf(approvedBy == null ? List.of() : approvedBy);
        rejectedBy = List.copyOf(rejectedBy == null ? List.of() : rejectedBy);
    }
}
