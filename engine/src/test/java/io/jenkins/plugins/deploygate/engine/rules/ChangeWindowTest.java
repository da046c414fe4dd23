package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeWindowTest {

    private static final Predicate<LocalDate> NO_HOLIDAYS = day -> false;
    private static final Instant LIMIT = Instant.parse("2028-01-01T00:00:00Z");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # window                 | local time (Berlin), 2026-11-24 is a Tuesday | open
            Tue,Thu 18:00-22:00      | 2026-11-24T18:00     | true
            Tue,Thu 18:00-22:00      | 2026-11-24T17:59:59  | false
            Tue,Thu 18:00-22:00      | 2026-11-24T21:59:59  | true
            Tue,Thu 18:00-22:00      | 2026-11-24T22:00     | false
            Tue,Thu 18:00-22:00      | 2026-11-26T19:00     | true
            Tue,Thu 18:00-22:00      | 2026-11-25T19:00     | false
            Mon-Fri 06:00-08:00      | 2026-11-25T07:00     | true
            Mon-Fri 06:00-08:00      | 2026-11-28T07:00     | false
            Fri 22:00-02:00          | 2026-11-27T22:00     | true
            Fri 22:00-02:00          | 2026-11-27T21:59     | false
            Fri 22:00-02:00          | 2026-11-28T01:59:59  | true
            Fri 22:00-02:00          | 2026-11-28T02:00     | false
            Fri 22:00-02:00          | 2026-11-27T01:00     | false
            Fri-Mon 09:00-10:00      | 2026-11-29T09:30     | true
            Fri-Mon 09:00-10:00      | 2026-11-24T09:30     | false
            Sat 00:00-00:00          | 2026-11-28T23:59     | true
            Sat 00:00-00:00          | 2026-11-29T00:00     | false
            Sun 20:00-24:00          | 2026-11-29T23:59     | true
            18:00-22:00              | 2026-11-29T18:30     | true
            """)
    void windowIsOpenFromItsStartInclusiveToItsEndExclusive(String window, String local, boolean open) {
        Instant instant = ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();

        assertThat(ChangeWindow.parse(window)
                        .openUntil(instant, BERLIN, NO_HOLIDAYS)
                        .isPresent())
                .isEqualTo(open);
    }

    @Test
    void windowAcrossMidnightBelongsToTheDayItStartsOn() {
        ChangeWindow window = ChangeWindow.parse("Fri 22:00-02:00");

        assertThat(window.days()).containsExactly(DayOfWeek.FRIDAY);
        assertThat(window.openUntil(berlin("2026-11-28T01:00"), BERLIN, NO_HOLIDAYS))
                .contains(berlin("2026-11-28T02:00"));
    }

    @Test
    void nextStartIsTheStartItselfWhenExactlyOnIt() {
        ChangeWindow window = ChangeWindow.parse("Tue,Thu 18:00-22:00");

        assertThat(window.nextStart(berlin("2026-11-24T18:00"), BERLIN, NO_HOLIDAYS, LIMIT)
                        .orElseThrow())
                .isEqualTo(berlin("2026-11-24T18:00"));
        assertThat(window.nextStart(berlin("2026-11-24T18:01"), BERLIN, NO_HOLIDAYS, LIMIT)
                        .orElseThrow())
                .isEqualTo(berlin("2026-11-26T18:00"));
        assertThat(window.nextStart(berlin("2026-11-20T15:00"), BERLIN, NO_HOLIDAYS, LIMIT)
                        .orElseThrow())
                .isEqualTo(berlin("2026-11-24T18:00"));
    }

    @Test
    void dayNamesMayBeFullAndAnyCase() {
        ChangeWindow window = ChangeWindow.parse("monday,WEDNESDAY 08:00-09:00");

        assertThat(window.days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        assertThat(window.start()).isEqualTo(LocalTime.of(8, 0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Tue,Thu 18:00        | "Tue,Thu 18:00" is not a window like "Tue,Thu 18:00-22:00", "Mon-Fri 06:00-08:00"
            Tue,Thu              | "Tue,Thu" is not a window like "Tue,Thu 18:00-22:00", "Mon-Fri 06:00-08:00"
            Tus 18:00-22:00      | "Tus 18:00-22:00": "Tus" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)
            Tue 18:00-25:00      | "Tue 18:00-25:00": "25:00" is not a time of day (00:00 to 24:00)
            Mon-Tue-Wed 1:00-2:00 | "Mon-Tue-Wed 1:00-2:00" is not a window like "Tue,Thu 18:00-22:00", "Mon-Fri 06:00-08:00"
            """)
    void badWindowsAreRefusedNamingTheValue(String text, String message) {
        assertThatThrownBy(() -> ChangeWindow.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void windowStartingInTheSpringGapOpensWhenTheClockJumps() {
        ChangeWindow window = ChangeWindow.parse("Sun 02:30-05:00");

        // 28 March 2027: 02:00 CET jumps to 03:00 CEST; 02:30 moves forward to 03:30 like ZonedDateTime.
        assertThat(window.nextStart(berlin("2027-03-28T00:00"), BERLIN, NO_HOLIDAYS, LIMIT)
                        .orElseThrow())
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(window.openUntil(Instant.parse("2027-03-28T01:29:59Z"), BERLIN, NO_HOLIDAYS))
                .isEmpty();
        assertThat(window.openUntil(Instant.parse("2027-03-28T01:30:00Z"), BERLIN, NO_HOLIDAYS))
                .isPresent();
    }

    @Test
    void windowSwallowedByTheSpringGapIsSkippedNotReturnedForever() {
        // On 28 March 2027 the start moves forward to 03:30 CEST, after the end at 03:15 CEST.
        ChangeWindow window = ChangeWindow.parse("Sun 02:30-03:15");

        assertThat(window.nextStart(berlin("2027-03-27T12:00"), BERLIN, NO_HOLIDAYS, LIMIT)
                        .orElseThrow())
                .isEqualTo(berlin("2027-04-04T02:30"));
    }

    @Test
    void windowAcrossTheAutumnChangeLastsOneHourLonger() {
        ChangeWindow window = ChangeWindow.parse("Sat 22:00-04:00");
        Instant opens = window.nextStart(berlin("2026-10-24T12:00"), BERLIN, NO_HOLIDAYS, LIMIT)
                .orElseThrow();

        assertThat(window.openUntil(opens, BERLIN, NO_HOLIDAYS))
                .hasValueSatisfying(closes ->
                        assertThat(java.time.Duration.between(opens, closes)).isEqualTo(java.time.Duration.ofHours(7)));
    }

    private static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }
}
