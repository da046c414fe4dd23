package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * One family of secret forms. A rule marks the secrets it recognises in a line; it does not
 * rewrite the line, so rules cannot undo or disturb one another and the {@link Redactor} masks
 * what all of them marked in one pass. Every rule reads the line in time linear in its length:
 * literal searches and hand-written scans, no backtracking pattern.
 */
interface SecretRule {

    /** Marks the secrets {@code line} holds in {@code secrets}. */
    void mark(String line, Secrets secrets);
}
