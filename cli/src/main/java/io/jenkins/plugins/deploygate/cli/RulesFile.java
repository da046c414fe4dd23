package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.List;

/**
 * A rules file that could be read: its rules, and the engine's warnings about them, each placed on
 * its line.
 */
record RulesFile(GateRules rules, List<Problem> warnings) {

    RulesFile {
        warnings = List.copyOf(warnings);
    }
}
