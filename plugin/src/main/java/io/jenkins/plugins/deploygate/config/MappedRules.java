package io.jenkins.plugins.deploygate.config;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.util.List;
import java.util.Optional;

/**
 * The configuration as the engine sees it: the rules when every value was accepted, the catalogue
 * entries that were, and every problem found, each at its field's YAML path.
 */
public final class MappedRules {

    private final GateRules rules;
    private final List<CatalogEntry> catalogEntries;
    private final List<ConfigProblem> problems;

    MappedRules(GateRules rules, List<CatalogEntry> catalogEntries, List<ConfigProblem> problems) {
        this.rules = rules;
        this.catalogEntries = List.copyOf(catalogEntries);
        this.problems = List.copyOf(problems);
    }

    /** The rules, absent when any rule value was refused: a gate must not run on half the rules. */
    public Optional<GateRules> rules() {
        return Optional.ofNullable(rules);
    }

    /** The catalogue entries the engine accepted. */
    public List<CatalogEntry> catalogEntries() {
        return catalogEntries;
    }

    /** Every problem, e.g. at {@code environments[0].leadTime}: {@code "2 bussiness days" is not a duration ...}. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
