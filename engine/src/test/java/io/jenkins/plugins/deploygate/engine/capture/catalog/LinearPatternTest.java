package io.jenkins.plugins.deploygate.engine.capture.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinearPatternTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(a)\\1             | a back-reference (\\1)",
                "(?<x>a)\\k<x>      | a back-reference (\\k)",
                "ORA-(?=\\d)        | a look-ahead (?=...)",
                "ERROR(?!: NOTICE)  | a look-ahead (?!...)",
                "(?<=ERROR: )\\w+   | a look-behind (?<=...)",
                "(?<!NO)TICE        | a look-behind (?<!...)",
                "(?>ab)c            | an atomic group (?>...)",
                "a*+b               | a possessive quantifier (*+)",
                "x{2}+              | a possessive quantifier (}+)",
                "end\\Z             | the anchor \\Z, which only Java's engine knows (use \\z or $)"
            })
    void refusesWhatOnlyABacktrackingEngineCanRunAndSaysWhy(String regex, String construct) {
        assertThatThrownBy(() -> LinearPattern.compile(regex.strip()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern \"" + regex.strip() + "\" uses " + construct
                        + ", which Deploy Gate does not allow because it runs catalogue patterns on a linear-time"
                        + " engine (RE2/J) so that no pattern can stall a scan");
        assertThat(LinearPattern.problem(regex.strip())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\(?=x",
                "[(?=]x",
                "[]+]+",
                "\\\\+",
                "Replica lag (\\d+)s exceeds",
                "(?i)deadlock detected",
                "(?P<code>ORA-\\d{5})"
            })
    void acceptsEscapedOrBracketedLookalikesAndOrdinaryPatterns(String regex) {
        assertThat(LinearPattern.problem(regex)).isEmpty();
        assertThat(LinearPattern.compile(regex)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(unclosed", "x{2,1}", "[z-a]"})
    void anInvalidPatternIsRefusedWithTheEnginesDescription(String regex) {
        assertThatThrownBy(() -> LinearPattern.compile(regex))
                .hasMessageStartingWith("pattern is not a valid regular expression: ")
                .hasMessageEndingWith(" in '" + regex + "'");
    }

    @ParameterizedTest
    @CsvSource({"(a|aa)*b, false", "(x+x+)+y, false", "(\\w+\\s?)*!$, true", "a.*a.*a.*!, true"})
    void aPatternThatBacktracksInJavaStillFindsOrMissesOnAHostileLine(String regex, boolean found) {
        // java.util.regex takes exponential or polynomial time on such a line; RE2/J reads it in one pass.
        String line = "a".repeat(20_000) + "x".repeat(20_000) + "!";
        assertThat(LinearPattern.compile(regex).matcher(line).find()).isEqualTo(found);
    }
}
