package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one parser of each text form of the calendar, shared by the rules file, JCasC and the command line. */
class CalendarTextTest {

    @Test
    void readsEachForm() {
        assertThat(CalendarText.zone(" Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(CalendarText.day("mon")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(CalendarText.day("Wednesday")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(CalendarText.date("2026-12-24")).isEqualTo(LocalDate.parse("2026-12-24"));
        assertThat(CalendarText.localDateTime("2026-12-18")).isEqualTo(LocalDateTime.parse("2026-12-18T00:00"));
        assertThat(CalendarText.localDateTime("2026-12-18T06:30")).isEqualTo(LocalDateTime.parse("2026-12-18T06:30"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            zone          | Europe/Berlln        | "Europe/Berlln" is not a time zone (an IANA name like Europe/Berlin)
            day           | Mo                   | "Mo" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)
            date          | 2026-13-01           | "2026-13-01" is not a date (2026-12-24)
            date          | +999999999-12-31     | "+999999999-12-31" is outside the years 1970 to 9999
            date          | 10000-01-01          | "10000-01-01" is not a date (2026-12-24)
            date          | 1969-12-31           | "1969-12-31" is outside the years 1970 to 9999
            localDateTime | 2026-12-18 06:00     | "2026-12-18 06:00" is not a local date-time (2026-12-18T00:00)
            localDateTime | +10000-01-01T00:00   | "+10000-01-01T00:00" is outside the years 1970 to 9999
            """)
    void refusesWhatItCannotReadInWords(String form, String text, String message) {
        assertThatThrownBy(() -> {
                    switch (form) {
                        case "zone" -> CalendarText.zone(text);
                        case "day" -> CalendarText.day(text);
                        case "date" -> CalendarText.date(text);
                        default -> CalendarText.localDateTime(text);
                    }
                })
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            9999-12-31T23:59:59Z        | 9999-12-31T23:59:59Z
            1970-01-01T00:00:00Z        | 1970-01-01T00:00:00Z
            """)
    void instantsAtTheEdgesOfTheRangeAreRead(String text, String instant) {
        assertThat(InstantText.parse(text, ZoneId.of("UTC"))).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "+10000-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
        "+999999999-12-31T23:59:59Z",
        "-999999999-01-01T00:00:00Z",
        "9999-12-31T23:59:59-18:00"
    })
    void instantsOutsideTheRangeAreRefusedInWords(String text) {
        assertThatThrownBy(() -> InstantText.parse(text, ZoneId.of("Pacific/Kiritimati")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is outside the years 1970 to 9999");
    }
}
