package io.jenkins.plugins.deploygate.cli;

import java.util.List;

/** A rules file that cannot be used, with every problem found. */
final class RulesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    RulesFileException(List<Problem> problems) {
        super(String.join(
                System.lineSeparator(), problems.stream().map(Problem::text).toList()));
        this.problems = List.copyOf(problems);
    }

    RulesFileException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order of their lines. */
    List<Problem> problems() {
        return problems;
    }
}
