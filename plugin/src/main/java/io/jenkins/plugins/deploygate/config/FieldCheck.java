package io.jenkins.plugins.deploygate.config;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.RuleWarning;
import io.jenkins.plugins.deploygate.engine.rules.RulesValidator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Form validation by the same parsers the rules mapping uses, so a field says what saving would
 * say, and by the engine's {@link RulesValidator}, so a field warns as {@code deploy-gate validate}
 * would.
 */
final class FieldCheck {

    private FieldCheck() {}

    /** OK when {@code value} is blank (the field is optional) or parses. */
    static FormValidation of(String value, Function<String, ?> parser) {
        return Util.fixEmptyAndTrim(value) == null ? FormValidation.ok() : parse(value, parser);
    }

    /** An error when {@code value} is blank or does not parse. */
    static FormValidation required(String value, Function<String, ?> parser) {
        return Util.fixEmptyAndTrim(value) == null
                ? FormValidation.error(Messages.FieldCheck_Required())
                : parse(value, parser);
    }

    /** The first item of {@code values} that does not parse, if any. */
    static FormValidation ofEach(List<String> values, Function<String, ?> parser) {
        for (String value : values) {
            FormValidation result = parse(value, parser);
            if (result.kind != FormValidation.Kind.OK) {
                return result;
            }
        }
        return FormValidation.ok();
    }

    /**
     * The engine's warnings about one field's value: the validator looks at a rule that has only this
     * value ({@code withValue} adds it), under the saved calendar and groups, asking the security
     * realm about other groups.
     */
    static FormValidation warnings(UnaryOperator<EnvironmentRule> withValue) {
        GateRules saved = DeployGateConfiguration.get().getMapped().rules().orElse(null);
        GateRules probe = new GateRules(
                saved == null ? null : saved.calendar(),
                saved == null ? List.of() : saved.groups(),
                List.of(withValue.apply(EnvironmentRule.open("*"))));
        List<RuleWarning> found = RulesValidator.warnings(probe, RealmGroups.current());
        return found.isEmpty()
                ? FormValidation.ok()
                : FormValidation.warning(
                        found.stream().map(RuleWarning::message).collect(Collectors.joining("; ")));
    }

    private static FormValidation parse(String value, Function<String, ?> parser) {
        try {
            parser.apply(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException refused) {
            return FormValidation.error(refused.getMessage());
        }
    }
}
