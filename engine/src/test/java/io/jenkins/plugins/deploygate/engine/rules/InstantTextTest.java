package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstantTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-11-20T14:00:00Z, 2026-11-20T14:00:00Z",
        "2026-11-20T15:00+01:00, 2026-11-20T14:00:00Z",
        "' 2026-11-20T15:00 ', 2026-11-20T14:00:00Z",
        "2026-07-20T15:00, 2026-07-20T13:00:00Z",
        "2026-03-29T02:30, 2026-03-29T01:30:00Z"
    })
    void readsInstantsWithAnOffsetAndLocalDateTimesInTheCalendarZone(String text, String instant) {
        assertThat(InstantText.parse(text, BERLIN)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({"tomorrow", "2026-11-20", "20.11.2026 15:00"})
    void refusesOtherFormsNamingTheText(String text) {
        assertThatThrownBy(() -> InstantText.parse(text, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"" + text + "\" is not an ISO instant");
    }
}
