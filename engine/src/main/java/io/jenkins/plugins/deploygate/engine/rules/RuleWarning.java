package io.jenkins.plugins.deploygate.engine.rules;

/**
 * Something in valid rules that is probably not what the DBA meant. The rules still apply as
 * written; a warning is shown where they are edited ({@code deploy-gate validate}, the Jenkins
 * form, the JCasC log).
 *
 * @param field where, from {@code deployGate} down, e.g. {@code environments[0].windows[1]}
 * @param message what looks wrong and what follows from it, quoting the value
 */
public record RuleWarning(String field, String message) {

    public RuleWarning {
        if (field == null || message == null) {
            throw new IllegalArgumentException("field and message are required");
        }
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
