package io.jenkins.plugins.deploygate.config;

import hudson.Util;
import hudson.util.FormValidation;
import java.util.List;
import java.util.function.Function;

/** Form validation by the same parsers the rules mapping uses, so a field says what saving would say. */
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

    private static FormValidation parse(String value, Function<String, ?> parser) {
        try {
            parser.apply(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException refused) {
            return FormValidation.error(refused.getMessage());
        }
    }
}
