package io.jenkins.plugins.deploygate.engine.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a gate makes, by the ids of the contract ({@code environment}, {@code leadTime},
 * {@code window}, {@code freeze}, {@code approvals}). Lives with the rules because an exception
 * policy names the checks it may waive.
 */
public enum CheckId {
    ENVIRONMENT("environment"),
    LEAD_TIME("leadTime"),
    WINDOW("window"),
    FREEZE("freeze"),
    APPROVALS("approvals");

    private final String id;

    CheckId(String id) {
        this.id = id;
    }

    /** The id as the contract spells it, e.g. {@code leadTime}. */
    public String id() {
        return id;
    }

    /** The check with this contract id, compared case-insensitively. */
    public static Optional<CheckId> fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(check -> check.id.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /**
     * The check an exception's {@code waive} list names: {@code leadTime}, {@code window}, {@code
     * freeze} or {@code approvals}, any case.
     *
     * @throws IllegalArgumentException naming the text otherwise (the environment is never waived)
     */
    public static CheckId waivable(String text) {
        return fromId(text)
                .filter(check -> check != ENVIRONMENT)
                .orElseThrow(() -> new IllegalArgumentException(InvalidRuleException.quote(text)
                        + " is not a check an exception can waive (leadTime, window, freeze, approvals)"));
    }

    @Override
    public String toString() {
        return id;
    }
}
