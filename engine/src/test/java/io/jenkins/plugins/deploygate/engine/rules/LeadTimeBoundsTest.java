package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lead times and timeouts are bounded, and business days are counted by whole weeks without changing the answer. */
class LeadTimeBoundsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            366d                                | "366d" is longer than a year (365d at most)
            8761h                               | "8761h" is longer than a year (365d at most)
            99999999999999999999d               | "99999999999999999999d" is not a duration (48h, 90m, 1d12h) or "N business days"
            261 business days                   | "261 business days" is more than 260 business days (a year of five-day weeks)
            99999999999999 business days        | "99999999999999 business days" is more than 260 business days (a year of five-day weeks)
            """)
    void leadTimesBeyondAYearAreRefusedInWords(String text, String message) {
        assertThatThrownBy(() -> LeadTime.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"365d", "260 business days", "8760h"})
    void theBoundsThemselvesAreAllowed(String text) {
        assertThat(LeadTime.parse(text)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            366d  | approvalTimeout: 8784h is longer than a year (365d at most)
            0s    | approvalTimeout: 0m must be more than zero
            """)
    void approvalTimeoutsAreBoundedToo(String text, String message) {
        assertThatThrownBy(() -> EnvironmentRule.open("p").withApprovalTimeout(DurationText.parse(text)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage(message);
        assertThat(EnvironmentRule.open("p")
                        .withApprovalTimeout(Duration.ofDays(365))
                        .approvalTimeout())
                .isEqualTo(Duration.ofDays(365));
    }

    /** Random calendars (workdays, up to 300 holidays, some in runs) against the obvious day-by-day count. */
    @RepeatedTest(40)
    void weekJumpsGiveTheSameDayAsCountingDayByDay(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Set<DayOfWeek> workdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(3) > 0) {
                workdays.add(day);
            }
        }
        if (workdays.isEmpty()) {
            workdays.add(DayOfWeek.WEDNESDAY);
        }
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = random.nextInt(300); i > 0; i--) {
            LocalDate holiday = start.plusDays(random.nextInt(700));
            for (int run = random.nextInt(20); run >= 0; run--) {
                holidays.add(holiday.plusDays(run));
            }
        }
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, workdays, holidays);
        Instant from = ZonedDateTime.of(start, LocalTime.of(10, 30), BERLIN).toInstant();
        int days = random.nextInt(LeadTime.MAX_BUSINESS_DAYS + 1);

        assertThat(calendar.plusBusinessDays(from, days)).isEqualTo(dayByDay(calendar, from, days));
    }

    private static Instant dayByDay(BusinessCalendar calendar, Instant from, int days) {
        LocalDateTime start = LocalDateTime.ofInstant(from, BERLIN);
        LocalDate date = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (!calendar.isBusinessDay(date)) {
            date = calendar.nextBusinessDay(date);
            time = LocalTime.MIDNIGHT;
        }
        for (int i = 0; i < days; i++) {
            date = calendar.nextBusinessDay(date);
        }
        return ZonedDateTime.of(date, time, BERLIN).toInstant();
    }
}
