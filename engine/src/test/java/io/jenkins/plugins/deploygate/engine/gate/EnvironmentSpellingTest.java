package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.RULES;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.approvedBy;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spelling in the Jenkinsfile must not walk around the rule for production: during the freeze,
 * every way of writing production is either production (and frozen) or refused.
 */
class EnvironmentSpellingTest {

    private static final String IN_THE_FREEZE = "2026-12-22T19:00";

    private final GateEvaluator evaluator = GateEvaluator.withGroupsOf(RULES);

    @ParameterizedTest(name = "\"{0}\": rule {1}, {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # requested          | rule applied | verdict
            production           | production   | WAIT
            Production           | production   | WAIT
            'production '        | production   | WAIT
            PRODUCTION           | production   | WAIT
            prоduction           |              | BLOCKED
            prοduction           |              | BLOCKED
            ｐｒｏｄｕｃｔｉｏｎ  |              | BLOCKED
            produ\u200Bction     |              | BLOCKED
            prodution            |              | BLOCKED
            prodcution           |              | BLOCKED
            dev-7                | *            | OPEN
            Staging-EU           | staging*     | OPEN
            """)
    void everySpellingOfProductionIsProductionOrRefused(String requested, String rule, Verdict verdict) {
        GateDecision decision = evaluate(RULES, requested);

        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.verdict()).isEqualTo(verdict);
        if (rule != null && rule.equals("production")) {
            assertThat(decision.check(CheckId.FREEZE).orElseThrow().state()).isEqualTo(CheckState.FAILED);
        }
    }

    @Test
    void aLookAlikeThatReachesTheCatchAllIsBlockedAndShowsWhatIsDifferent() {
        GateDecision decision = evaluate(RULES, "prоduction");

        assertThat(decision.summary()).isEqualTo("did you mean production?");
        assertThat(decision.checks()).singleElement().satisfies(check -> {
            assertThat(check.id()).isEqualTo(CheckId.ENVIRONMENT);
            assertThat(check.state()).isEqualTo(CheckState.FAILED);
            assertThat(check.message())
                    .isEqualTo("environment \"pr\\u043Eduction\" only looks like production (the catch-all \"*\""
                            + " does not apply to a near miss): did you mean production? If it is another environment,"
                            + " give it a rule of its own");
        });
    }

    @Test
    void aNearMissWithoutACatchAllIsBlockedWithTheConfiguredNamesAndASuggestion() {
        GateDecision decision = evaluate(rules(Fixtures.PRODUCTION, Fixtures.STAGING), "Prodution");

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.check(CheckId.ENVIRONMENT).orElseThrow().message())
                .isEqualTo("no rule for environment \"Prodution\"; configured: production, staging*; did you mean"
                        + " production?");
    }

    @Test
    void numberedSiblingsOfAConfiguredEnvironmentStillReachTheCatchAll() {
        GateDecision decision = evaluate(
                rules(
                        EnvironmentRule.open("db-1").withFreezes(java.util.List.of(Fixtures.YEAR_END)),
                        EnvironmentRule.open("*")),
                "db-2");

        assertThat(decision.verdict()).isEqualTo(Verdict.OPEN);
        assertThat(decision.rule()).isEqualTo("*");
    }

    private GateDecision evaluate(io.jenkins.plugins.deploygate.engine.rules.GateRules rules, String environment) {
        return evaluator.evaluate(
                rules,
                request(environment, "2026-12-01T10:00"),
                approvedBy("alice", "carol", "dave"),
                null,
                berlin(IN_THE_FREEZE),
                Deadline.NONE);
    }
}
