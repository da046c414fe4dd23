package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings about valid rules, the same wherever the rules are edited: {@code deploy-gate
 * validate}, the Jenkins form check and JCasC. Errors are refused where the rules are built (the
 * constructors, {@link GateRules} for the order of the entries); a warning is for rules that apply
 * as written but probably not as meant:
 *
 * <ul>
 *   <li>a group that approves or grants exceptions but is defined nowhere: not in the rules'
 *       {@code groups}, and unknown to the user directory (nobody could act);
 *   <li>a change window whose end is before its start and that is open longer than 12 hours
 *       ({@code 18:00-08:00}: overnight on purpose, or a typo for {@code 18:00-20:00});
 *   <li>an environment partly shadowed by an earlier one (see {@link EnvironmentOrder});
 *   <li>{@code closedOnHolidays} or {@code trustRequestedAt} where they have no effect.
 * </ul>
 */
public final class RulesValidator {

    /** Longer than this, a window that ends before it starts is probably a typo. */
    static final Duration LONGEST_OVERNIGHT = Duration.ofHours(12);

    private final GateRules rules;
    private final Map<String, Group> definedGroups;
    private final GroupDirectory directory;
    private final Map<String, Boolean> known = new HashMap<>();
    private final List<RuleWarning> warnings = new ArrayList<>();

    private RulesValidator(GateRules rules, GroupDirectory directory) {
        this.rules = rules;
        this.definedGroups = rules.groupsByName();
        this.directory = directory;
    }

    /**
     * The warnings about {@code rules}, in the order of the fields they concern.
     *
     * @param directory asked once per group the rules do not define
     */
    public static List<RuleWarning> warnings(GateRules rules, GroupDirectory directory) {
        RulesValidator validator = new RulesValidator(rules, directory);
        List<EnvironmentRule> environments = rules.environments();
        for (int i = 0; i < environments.size(); i++) {
            validator.environment("environments[" + i + "]", environments.get(i));
        }
        for (EnvironmentOrder.Finding finding : EnvironmentOrder.check(rules.environmentNames(), true)) {
            if (!finding.neverMatches()) {
                validator.warnings.add(new RuleWarning(finding.field(), finding.message()));
            }
        }
        return List.copyOf(validator.warnings);
    }

    private void environment(String field, EnvironmentRule rule) {
        if (rule.trustRequestedAt() && rule.leadTime() == null) {
            warn(field + ".trustRequestedAt", "has no effect: " + rule.name() + " has no leadTime");
        }
        for (int k = 0; k < rule.approvals().size(); k++) {
            ApprovalRequirement requirement = rule.approvals().get(k);
            if (requirement.isGroup()) {
                group(field + ".approvals[" + k + "].group", requirement.group(), "approve");
            }
        }
        for (int k = 0; k < rule.windows().size(); k++) {
            window(field + ".windows[" + k + "]", rule.windows().get(k));
        }
        if (rule.closedOnHolidays() && rule.windows().isEmpty()) {
            warn(
                    field + ".closedOnHolidays",
                    "has no effect: " + rule.name() + " has no windows to close (windows: [\"00:00-24:00\"] with"
                            + " closedOnHolidays: true allows any time but holidays)");
        } else if (rule.closedOnHolidays() && rules.calendar().holidays().isEmpty()) {
            warn(field + ".closedOnHolidays", "has no effect: the calendar lists no holidays");
        }
        if (rule.exceptions() != null) {
            group(field + ".exceptions.grantedBy", rule.exceptions().grantedBy(), "grant an exception");
        }
    }

    private void group(String field, String group, String act) {
        if (definedGroups.containsKey(group) || known.computeIfAbsent(group, directory::knows)) {
            return;
        }
        String defined = rules.groups().isEmpty()
                ? "the rules define no groups"
                : "the rules define "
                        + String.join(
                                ", ", definedGroups.keySet().stream().sorted().toList());
        String where = directory.asked()
                ? "nor does the user directory know it: nobody can " + act
                : "and no user directory was asked: unless the security realm has this group, nobody can " + act;
        String suggestion = NearMiss.closest(group, definedGroups.keySet(), 2)
                .map(name -> "; did you mean " + name + "?")
                .orElse("");
        warn(field, InvalidRuleException.quote(group) + " is defined nowhere: " + defined + ", " + where + suggestion);
    }

    private void window(String field, ChangeWindow window) {
        if (window.endsNextDay() && window.length().compareTo(LONGEST_OVERNIGHT) > 0) {
            warn(
                    field,
                    InvalidRuleException.quote(window.text())
                            + " ends before it starts, so it stays open overnight for "
                            + DurationText.format(window.length()) + ", until " + window.end()
                            + " the next day: if it should end the same day, correct its times");
        }
    }

    private void warn(String field, String message) {
        warnings.add(new RuleWarning(field, message));
    }
}
