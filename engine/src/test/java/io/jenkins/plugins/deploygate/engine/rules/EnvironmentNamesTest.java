package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentNamesTest {

    @ParameterizedTest(name = "{1} matches {0}: {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            production  | Production          | true
            production  | 'production '       | true
            production  | ' PRODUCTION'       | true
            staging*    | Staging-EU          | true
            db-?        | DB-1                | true
            production  | prоduction          | false
            production  | production\u200B    | false
            production  | prod uction         | false
            """)
    void namesMatchWithoutRegardToCaseAndSurroundingSpaces(String rule, String requested, boolean matches) {
        assertThat(EnvironmentNames.matches(rule, requested)).isEqualTo(matches);
    }

    /** The look-alikes: Cyrillic о (U+043E), Greek ο (U+03BF), fullwidth letters, invisibles, one slip. */
    @ParameterizedTest(name = "{1} looks like {0}: {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            production | prоduction          | true  | Cyrillic o
            production | PRОDUCTІON          | true  | Cyrillic capital O and I
            production | prοduction          | true  | Greek omicron
            production | ｐｒｏｄｕｃｔｉｏｎ | true  | fullwidth
            production | produ\u200Bction    | true  | zero-width space
            production | prod uction         | true  | a space inside
            production | prodution           | true  | one letter missing
            production | productiion         | true  | one letter too many
            production | prodcution          | true  | two letters swapped
            production | pr0duction          | true  | a digit for a letter
            production | staging             | false | another name
            production | prdctn              | false | several edits
            qa         | qb                  | false | names this short are not one edit from anything
            db-1       | db-2                | false | numbered siblings
            tenant-01  | tenant-10           | false | numbered siblings, digits swapped
            db-1       | db-10               | false | numbered siblings, one more digit
            prod-*     | prоd-eu             | true  | a glob looks like what its skeleton matches
            *          | anything            | false | a catch-all looks like nothing
            """)
    void lookAlikesAreFound(String configured, String requested, boolean looksLike, String why) {
        assertThat(EnvironmentNames.looksLike(requested, configured)).as(why).isEqualTo(looksLike);
    }
}
