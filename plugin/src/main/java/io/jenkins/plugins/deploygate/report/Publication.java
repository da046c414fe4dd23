package io.jenkins.plugins.deploygate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code publishDeployReport} settled for a build, stored in {@code build.xml}: the outcome it
 * reported, the environment and change it named (null: the gate's), when, and who was told to act
 * on a failure. Re-rendering the report later shows the same facts the e-mails carried.
 */
final class Publication {

    private final String outcome;
    private final String environment;
    private final String changeId;
    private final long publishedAt;
    private final List<String> contacts;

    Publication(String outcome, String environment, String changeId, long publishedAt, List<String> contacts) {
        this.outcome = outcome;
        this.environment = environment;
        this.changeId = changeId;
        this.publishedAt = publishedAt;
        this.contacts = new ArrayList<>(contacts);
    }

    /** {@code SUCCESS}, {@code FAILED} or {@code ROLLED_BACK}. */
    String outcome() {
        return outcome;
    }

    String environment() {
        return environment;
    }

    String changeId() {
        return changeId;
    }

    long publishedAt() {
        return publishedAt;
    }

    List<String> contacts() {
        return contacts == null ? List.of() : List.copyOf(contacts);
    }
}
