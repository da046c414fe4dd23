package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar WEEKDAYS = new BusinessCalendar(
            BERLIN,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
    private static final BusinessCalendar EVERY_DAY =
            new BusinessCalendar(BERLIN, EnumSet.allOf(DayOfWeek.class), Set.of());

    @ParameterizedTest(name = "{0} + {1} = {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # requested (Berlin)   | lead time        | allowed from (UTC)      | why
            2026-11-20T15:00       | 2 business days  | 2026-11-24T14:00:00Z    | contract example: Friday 15:00 to Tuesday 15:00
            2026-11-23T09:30       | 1 business day   | 2026-11-24T08:30:00Z    | plain next workday
            2026-11-20T15:00       | 0 business days  | 2026-11-20T14:00:00Z    | zero days on a workday is the request itself
            2026-11-21T10:00       | 1 business day   | 2026-11-23T23:00:00Z    | Saturday counts from Monday 00:00, so Tuesday 00:00
            2026-11-22T23:30       | 2 business days  | 2026-11-24T23:00:00Z    | Sunday counts from Monday 00:00, so Wednesday 00:00
            2026-11-22T23:30       | 0 business days  | 2026-11-22T23:00:00Z    | zero days on a Sunday is Monday 00:00
            2026-12-23T10:00       | 1 business day   | 2026-12-28T09:00:00Z    | Christmas Eve, Christmas and the weekend skipped
            2026-12-24T09:00       | 1 business day   | 2026-12-28T23:00:00Z    | a request on a holiday counts from 00:00 of the next workday
            2026-12-31T16:00       | 1 business day   | 2027-01-04T15:00:00Z    | New Year holiday then weekend
            2027-03-26T15:00       | 1 business day   | 2027-03-29T13:00:00Z    | spring DST: same local 15:00, one hour less in between
            2026-10-23T15:00       | 1 business day   | 2026-10-26T14:00:00Z    | autumn DST: same local 15:00, one hour more in between
            2026-11-20T15:00       | 48h              | 2026-11-22T14:00:00Z    | a duration ignores the calendar
            2026-11-20T15:00       | 1d12h            | 2026-11-22T02:00:00Z    | days in a duration are 24 hours
            2027-03-28T01:30       | 90m              | 2027-03-28T02:00:00Z    | a duration is elapsed time across the spring gap
            """)
    void leadTimeIsAllowedFromTheRightInstant(String requested, String leadTime, String allowed, String why) {
        Instant requestedAt = WEEKDAYS.instantOf(LocalDateTime.parse(requested));

        assertThat(LeadTime.parse(leadTime).allowedFrom(requestedAt, WEEKDAYS))
                .as(why)
                .isEqualTo(Instant.parse(allowed));
    }

    @ParameterizedTest(name = "{0} + {1} = {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2027-03-27T02:30 | 1 business day | 2027-03-28T01:30:00Z | 02:30 does not exist on 28 March: moves forward to 03:30 CEST
            2026-10-24T02:30 | 1 business day | 2026-10-25T00:30:00Z | 02:30 happens twice on 25 October: the earlier (CEST) one
            """)
    void businessDaysFollowZonedDateTimeAcrossDstTransitions(
            String requested, String leadTime, String allowed, String why) {
        Instant requestedAt = EVERY_DAY.instantOf(LocalDateTime.parse(requested));

        assertThat(LeadTime.parse(leadTime).allowedFrom(requestedAt, EVERY_DAY))
                .as(why)
                .isEqualTo(Instant.parse(allowed));
    }

    @ParameterizedTest
    @CsvSource({"48h, PT48H", "90m, PT1H30M", "1d12h, PT36H", "30s, PT30S", "2d 4h, PT52H"})
    void durationsParse(String text, String expected) {
        assertThat(LeadTime.parse(text)).isEqualTo(new LeadTime.Fixed(Duration.parse(expected)));
    }

    @ParameterizedTest
    @CsvSource({"2 business days, 2", "1 business day, 1", "3 Business Days, 3"})
    void businessDaysParse(String text, int days) {
        assertThat(LeadTime.parse(text)).isEqualTo(new LeadTime.BusinessDays(days));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 bussiness days", "", "48", "h", "two days", "-4h", "4 hours"})
    void nonsenseIsRefusedWithTheValueAndTheAcceptedForms(String text) {
        assertThatThrownBy(() -> LeadTime.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a duration (48h, 90m, 1d12h) or \"N business days\"");
    }

    @ParameterizedTest
    @CsvSource({"PT48H, 48h", "PT36H, 36h", "PT1H30M, 1h30m", "PT0S, 0m", "PT45S, 45s"})
    void durationsPrintInTheSyntaxTheyAreReadIn(String duration, String text) {
        assertThat(DurationText.format(Duration.parse(duration))).isEqualTo(text);
        assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(duration));
    }
}
