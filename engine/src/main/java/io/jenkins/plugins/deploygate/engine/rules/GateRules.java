package io.jenkins.plugins.deploygate.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a DBA configures: the business calendar, the groups defined in the rules, and the
 * environment rules in order (the first whose name matches applies). Refuses rules whose order
 * makes an entry useless (see {@link EnvironmentOrder}): whoever builds rules (the rules file,
 * JCasC, the Jenkins form) gets the same refusal. {@link RulesValidator} adds the warnings.
 */
public record GateRules(BusinessCalendar calendar, List<Group> groups, List<EnvironmentRule> environments) {

    public GateRules {
        calendar = calendar == null ? BusinessCalendar.DEFAULT : calendar;
        groups = List.copyOf(groups == null ? List.of() : groups);
        environments = List.copyOf(environments == null ? List.of() : environments);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!seen.add(groups.get(i).name())) {
                throw new InvalidRuleException(
                        "groups[" + i + "].name",
                        InvalidRuleException.quote(groups.get(i).name()) + " is defined twice");
            }
        }
        List<String> names = environments.stream().map(EnvironmentRule::name).toList();
        EnvironmentOrder.check(names, false).stream().findFirst().ifPresent(finding -> {
            throw new InvalidRuleException(finding.field(), finding.message());
        });
    }

    /** The first environment rule matching {@code environment}, without regard to case. */
    public Optional<EnvironmentRule> ruleFor(String environment) {
        for (EnvironmentRule rule : environments) {
            if (rule.matches(environment)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The first rule that {@code environment} looks like without matching it (a look-alike letter,
     * an invisible character, one typing slip; see {@link EnvironmentNames#looksLike}), if any:
     * the gate refuses such a name rather than letting a catch-all or no rule decide.
     */
    public Optional<EnvironmentRule> lookalikeOf(String environment) {
        for (EnvironmentRule rule : environments) {
            if (!rule.matches(environment) && EnvironmentNames.looksLike(environment, rule.name())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The groups by name. */
    public Map<String, Group> groupsByName() {
        return groups.stream().collect(Collectors.toUnmodifiableMap(Group::name, Function.identity()));
    }

    /** The configured environment names, in order, as messages list them. */
    public List<String> environmentNames() {
        return environments.stream().map(EnvironmentRule::name).toList();
    }
}
