package io.jenkins.plugins.deploygate.engine.rules;

/**
 * A rule value refused on construction. {@link #field()} names where the bad value sits (relative
 * to the object that refused it, e.g. {@code leadTime}); {@link #problem()} says what is wrong with
 * it, quoting the value. Readers of rule files prefix the field with their own path and line.
 */
public final class InvalidRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InvalidRuleException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** Where the bad value is, e.g. {@code approvals[1].count}; empty for the object itself. */
    public String field() {
        return field;
    }

    /** What is wrong, naming the bad value. */
    public String problem() {
        return problem;
    }

    /** The same problem seen from an enclosing object, e.g. prefix {@code environments[2]}. */
    public InvalidRuleException under(String prefix) {
        return new InvalidRuleException(field.isEmpty() ? prefix : prefix + "." + field, problem);
    }

    static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
