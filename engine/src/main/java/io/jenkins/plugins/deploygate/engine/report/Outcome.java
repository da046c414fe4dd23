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

    /** "succeeded", "failed", "was rolled back": completes "The deployment ...". */
    public String verb() {
        return verb;
    }
}
