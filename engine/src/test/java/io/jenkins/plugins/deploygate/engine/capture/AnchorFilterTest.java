package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.Anchors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorFilterTest {

    private final List<String> anchors = Anchors.of(Catalogue.builtIn()).orElseThrow();
    private final AnchorFilter filter = new AnchorFilter(anchors);

    @Test
    void findsEveryAnchorAtEveryAlignmentAndLineEdge() {
        for (String anchor : anchors) {
            for (String prefix : new String[] {"", "a", "ab", "abc", "[2026-11-20T14:00:01.123Z] "}) {
                for (String suffix : new String[] {"", "x", " and more text"}) {
                    String text = prefix + anchor.replace(AnchorFilter.ANY_DIGIT, '7') + suffix;
                    byte[] line = text.getBytes(StandardCharsets.UTF_8);
                    assertThat(filter.matches(line, 0, line.length))
                            .as("'%s' in '%s'", anchor, text)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void passesOverOrdinaryLinesAndAnchorsCutByTheRange() {
        byte[] ordinary = "[2026-11-20T14:00:01.123Z] Migrating schema \"public\" to version \"3 - add orders\""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(filter.matches(ordinary, 0, ordinary.length)).isFalse();
        byte[] cut = "xx ERROR: ".getBytes(StandardCharsets.UTF_8);
        assertThat(filter.matches(cut, 0, cut.length - 1)).isFalse();
        assertThat(filter.matches(cut, 0, cut.length)).isTrue();
    }

    @Test
    void oracleCodesAreOneAnchorWhoseDigitsNoDateOrTimeMatches() {
        for (String line : new String[] {"ORA-00942: x", "ORA-12154: x", "  PLS-00201: x", "SP2-0310: x"}) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(filter.matches(bytes, 0, bytes.length)).as(line).isTrue();
        }
        byte[] dates = "[2026-11-20T14:00:01.123Z] ORA- 2026-11-20 ORA-1x".getBytes(StandardCharsets.UTF_8);
        assertThat(filter.matches(dates, 0, dates.length)).isFalse();
    }

    @Test
    void digitsReadAsZeroInEveryByteOfAWordAndNothingElse() {
        byte[] text = "a0b9:/Z9".getBytes(StandardCharsets.US_ASCII);
        long word = 0;
        for (int i = 7; i >= 0; i--) {
            word = word << 8 | (text[i] & 0xFF);
        }
        long normalised = AnchorFilter.digitsAsZero(word);
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            read.append((char) (normalised >>> (8 * i) & 0xFF));
        }
        assertThat(read).hasToString("a0b0:/Z0");
        assertThat(AnchorFilter.digitsAsZero(0x8081FFFEL))
                .as("bytes above 0x7F")
                .isEqualTo(0x8081FFFEL);
    }

    @Test
    void withShortCustomAnchorsStillFindsThemProbingMoreOften() {
        AnchorFilter custom = new AnchorFilter(List.of("ERROR: ", "WXYZ"));
        for (String line : new String[] {"WXYZ", "aWXYZ", "abWXYZb", "abcWXYZ"}) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(custom.matches(bytes, 0, bytes.length)).as(line).isTrue();
        }
        assertThat(custom.probesWords()).isFalse();
        assertThat(filter.probesWords()).as("the built-in anchors").isTrue();
    }

    /**
     * A long line's windows are placed by the anchors in it, in order, each once: the leftmost
     * (of two that overlap, the one that starts first), however far the probes run past it.
     */
    @Test
    void findsTheLeftmostAnchorAndWhereItEnds() {
        for (int lead = 0; lead < 12; lead++) {
            String text = "x".repeat(lead) + "12:00:01 ERROR 1146 (42S02) Unexpected error running Liquibase";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

            long first = filter.nextAnchor(bytes, 0, bytes.length);
            assertThat(AnchorFilter.start(first))
                    .as("' ERROR ' before 'ERROR ####'")
                    .isEqualTo(lead + 8);
            assertThat(AnchorFilter.end(first)).isEqualTo(lead + 15);
            long second = filter.nextAnchor(bytes, lead + 9, bytes.length);
            assertThat(AnchorFilter.start(second)).isEqualTo(lead + 9);
            assertThat(AnchorFilter.end(second)).as("'ERROR ####'").isEqualTo(lead + 19);
            long third = filter.nextAnchor(bytes, lead + 10, bytes.length);
            assertThat(AnchorFilter.start(third)).isEqualTo(text.indexOf("Unexpected"));
            assertThat(filter.nextAnchor(bytes, lead + 10, bytes.length - 1))
                    .as("an anchor the range's end cuts")
                    .isEqualTo(-1);
        }
    }

    @Test
    void anAnchorLongerThanAWindowCanReachIsMatchedByItsStart() {
        String literal = "Custom failure: " + "the replica could not apply the change set ".repeat(3);
        AnchorFilter custom = new AnchorFilter(List.of(literal));
        byte[] bytes = ("x " + literal.substring(0, AnchorFilter.MAX_ANCHOR_BYTES)).getBytes(StandardCharsets.UTF_8);

        assertThat(AnchorFilter.end(custom.nextAnchor(bytes, 0, bytes.length))).isEqualTo(bytes.length);
    }

    @Test
    void anAnchorShorterThanAGramMakesEveryLineACandidate() {
        assertThat(new AnchorFilter(List.of("ERROR: ", "XYZ")).matchesAll()).isTrue();
        assertThat(new AnchorFilter(null).matchesAll()).isTrue();
    }
}
