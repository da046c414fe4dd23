package io.jenkins.plugins.deploygate.config;

/**
 * A value of the rules the engine refused: where it is, as the YAML path from {@code deployGate}
 * down ({@code environments[0].leadTime}, empty for the rules as a whole), and what is wrong with it,
 * quoting the value. The system log and JCasC name problems by path; the form says them in words
 * ({@link FieldNames}).
 */
public record ConfigProblem(String field, String problem) {

    /** {@code environments[0].leadTime: "2 bussiness days" is not a duration ...}. */
    @Override
    public String toString() {
        return field.isEmpty() ? problem : field + ": " + problem;
    }
}
