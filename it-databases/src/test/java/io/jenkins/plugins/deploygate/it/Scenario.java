package io.jenkins.plugins.deploygate.it;

/**
 * One deployment run for real: the tool and version that runs it, what it shows, and what it does.
 * Its output is the fixture {@code logs/real/<tool>/<name>.log}.
 *
 * @param tool the tool and version, as in the fixtures' directory names: {@code flyway-maven-9.22.3}
 * @param name what the run shows, starting with the database: {@code postgres-lock-timeout}
 */
record Scenario(String tool, String name, Steps steps) {

    /** What the scenario does; returns the run whose output is kept, the one that shows its point. */
    @FunctionalInterface
    interface Steps {
        ConsoleRun run(ScenarioRun run) throws Exception;
    }

    /** {@code <tool>/<name>}: the key of the expectations table. */
    String id() {
        return tool + "/" + name;
    }
}
