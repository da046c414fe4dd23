package io.jenkins.plugins.deploygate.engine.report;

/** How a deployment ended, in the words a stakeholder reads. */
public enum Outcome {
    SUCCESS("succeeded"),
    FAILED("failed"),
    ROLLED_BACK("was rolled back");

    private final String verb;

    Outcome(String verb) {
        this.verb = verb;
    }

    /**
     * How a deployment ended when nobody said: it failed when its command failed, when its output
     * held errors, or when its gate did not open; otherwise it succeeded. The one rule every
     * caller (the report, the command line, Jenkins' build page and REST API) follows.
     */
    public static Outcome observed(boolean commandFailed, boolean errorsFound, boolean stoppedAtGate) {
        return commandFailed || errorsFound || stoppedAtGate ? FAILED : SUCCESS;
    }

    /** "succeeded", "failed", "was rolled back": completes "The deployment ...". */
    public String verb() {
        return verb;
    }
}
