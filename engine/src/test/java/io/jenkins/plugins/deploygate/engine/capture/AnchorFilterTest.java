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
                    byte[] line = (prefix + anchor + suffix).getBytes(StandardCharsets.UTF_8);
                    assertThat(filter.matches(line, 0, line.length))
                            .as("'%s' in '%s'", anchor, prefix + anchor + suffix)
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
        byte[] cut = "xx ERROR".getBytes(StandardCharsets.UTF_8);
        assertThat(filter.matches(cut, 0, cut.length - 1)).isFalse();
        assertThat(filter.matches(cut, 0, cut.length)).isTrue();
    }

    @Test
    void withShortCustomAnchorsStillFindsThem() {
        AnchorFilter custom = new AnchorFilter(List.of("ERROR", "XYZ"));
        for (String line : new String[] {"XYZ", "aXYZ", "abXYZb", "abcXYZ"}) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(custom.matches(bytes, 0, bytes.length)).as(line).isTrue();
        }
        assertThat(new AnchorFilter(null).matchesAll()).isTrue();
    }
}
