package io.jenkins.plugins.deploygate.engine.gate;

import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.CALENDAR;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.berlin;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.request;
import static io.jenkins.plugins.deploygate.engine.gate.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notBefore search jumps between candidate instants; this compares it with the obvious
 * minute-by-minute scan (every boundary here is on a whole minute, so the scan is exact).
 */
class NotBeforeSearchTest {

    private static final List<Freeze> FREEZES = List.of(
            new Freeze(LocalDateTime.parse("2026-12-18T00:00"), LocalDateTime.parse("2027-01-04T00:00"), "Year end"),
            new Freeze(LocalDateTime.parse("2027-01-04T00:00"), LocalDateTime.parse("2027-01-05T19:00"), "Audit"),
            new Freeze(LocalDateTime.parse("2026-11-26T18:30"), LocalDateTime.parse("2026-11-26T21:00"), "Upgrade"),
            new Freeze(LocalDateTime.parse("2027-03-28T00:00"), LocalDateTime.parse("2027-03-28T03:30"), "DST night"));

    @ParameterizedTest(name = "{0} / {1} / requested {2} / now {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # lead time       | windows                                  | requested          | now
            2 business days   | Tue,Thu 18:00-22:00                      | 2026-11-20T15:00   | 2026-11-20T15:00
            2 business days   | Tue,Thu 18:00-22:00                      | 2026-11-24T15:00   | 2026-11-24T15:00
            1 business day    | Fri 22:00-02:00                          | 2026-12-16T23:30   | 2026-12-17T00:00
            4h                | Mon-Fri 06:00-08:00; Sat 10:00-11:00     | 2026-12-31T20:00   | 2027-01-02T09:00
            90m               | Sun 01:00-04:00                          | 2027-03-20T10:00   | 2027-03-27T23:00
            0 business days   | 18:00-22:00                              | 2026-11-26T17:00   | 2026-11-26T17:00
            3 business days   | Thu 19:00-20:00; Thu 20:30-23:00         | 2026-11-23T12:00   | 2026-11-23T12:00
            """)
    void jumpingSearchFindsWhatAMinuteByMinuteScanFinds(String leadTime, String windows, String requested, String now) {
        EnvironmentRule rule = EnvironmentRule.open("production")
                .withLeadTime(LeadTime.parse(leadTime))
                .withWindows(Arrays.stream(windows.split("\\s*;\\s*"))
                        .map(ChangeWindow::parse)
                        .toList())
                .withFreezes(FREEZES);
        GateRequest gateRequest = request("production", requested);
        Instant at = berlin(now);

        GateDecision decision = GateEvaluator.withGroupsOf(rules(rule))
                .evaluate(rules(rule), gateRequest, Approvals.NONE, null, at, Deadline.NONE);

        Instant scanned = scan(rule, gateRequest.firstSeenAt(), at);
        assertThat(decision.notBefore()).isEqualTo(scanned.equals(at) ? null : scanned);
    }

    private static Instant scan(EnvironmentRule rule, Instant requestedAt, Instant now) {
        Instant allowed = rule.leadTime().allowedFrom(requestedAt, CALENDAR);
        for (Instant t = now; t.isBefore(now.plus(Duration.ofDays(120))); t = t.plus(Duration.ofMinutes(1))) {
            Instant candidate = t;
            boolean inWindow = rule.windows().stream()
                    .anyMatch(window -> window.openUntil(candidate, CALENDAR.zone(), day -> false)
                            .isPresent());
            boolean frozen = rule.freezes().stream().anyMatch(freeze -> freeze.contains(candidate, CALENDAR));
            if (!candidate.isBefore(allowed) && inWindow && !frozen) {
                return candidate;
            }
        }
        throw new AssertionError("no instant within 120 days");
    }
}
