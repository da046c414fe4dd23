package io.jenkins.plugins.deploygate.capture;

/**
 * Where one part of a capture's output came from: the log of one Pipeline step (its flow node),
 * or a freestyle build's console, and the line of the capture it starts at. Kept with the capture's
 * summary, so that a finding's line can link to that line's own log. Stored in {@code build.xml}.
 */
public final class LogPart {

    private final String nodeId;
    private final String step;
    private final long firstLine;

    /**
     * @param nodeId the flow node whose log this is, or null for the build's console
     * @param step the step's function name ({@code sh}), or null
     * @param firstLine the capture's line this part starts at, counted from 1
     */
    public LogPart(String nodeId, String step, long firstLine) {
        this.nodeId = nodeId;
        this.step = step;
        this.firstLine = firstLine;
    }

    /** The whole console of a build: its lines are the console's. */
    public static LogPart console() {
        return new LogPart(null, null, 1);
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getStep() {
        return step;
    }

    public long getFirstLine() {
        return firstLine;
    }
}
