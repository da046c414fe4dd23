package io.jenkins.plugins.deploygate.cli;

import java.util.List;

/** A rules file that cannot be used, with every problem found, each as {@code FILE:LINE: FIELD: message}. */
final class RulesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    RulesFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
