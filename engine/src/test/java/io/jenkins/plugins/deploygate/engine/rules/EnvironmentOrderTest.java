package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # names in order                | finding
            production, staging*, *         | none
            staging-eu, staging*            | none
            production, Production          | error: "Production" is environments[0] ("production") again: names match without regard to case and surrounding spaces, so only the first can match
            qa, qa                          | error: "qa" is listed twice (environments[0]); only the first can match
            *, production                   | error: "production" can never match: environments[0] ("*") matches first
            staging*, staging-eu            | error: "staging-eu" can never match: environments[0] ("staging*") matches first
            staging*, staging-?             | error: "staging-?" can never match: environments[0] ("staging*") matches every name it does
            db-*, DB-1*                     | error: "DB-1*" can never match: environments[0] ("db-*") matches every name it does
            prod-*, *-eu                    | warning: "*-eu" is partly shadowed: environments[0] ("prod-*") takes names like "prod-eu" first
            db-?, db-1*                     | warning: "db-1*" is partly shadowed: environments[0] ("db-?") takes names like "db-1" first
            prod-*, staging-*               | none
            a*b, *c                         | none
            """)
    void entriesAnEarlierOneTakesFirstAreFound(String names, String finding) {
        List<EnvironmentOrder.Finding> findings = EnvironmentOrder.check(
                Arrays.stream(names.split(",")).map(String::trim).toList(), true);

        if (finding.equals("none")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(found -> {
                assertThat(found.index()).isEqualTo(1);
                assertThat((found.neverMatches() ? "error: " : "warning: ") + found.message())
                        .isEqualTo(finding);
            });
        }
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
        "*, anything*, true",
        "a*, a?*, true",
        "a?c, abc, true",
        "abc, a?c, false",
        "a*c, a*b*c, true",
        "a*b*c, a*c, false",
        "?*, *?, false"
    })
    void coveringIsSoundButNotComplete(String wide, String narrow, boolean covers) {
        assertThat(Globs.covers(wide, narrow)).isEqualTo(covers);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({"prod-*, *-eu, prod-eu", "a?c, *c, axc", "a*, b*, ''", "x*y, *z, ''"})
    void aCommonNameIsTheShortestBothMatch(String a, String b, String name) {
        assertThat(Globs.commonName(a, b).orElse("")).isEqualTo(name);
    }
}
