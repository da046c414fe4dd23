package io.jenkins.plugins.deploygate.engine.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reusing a change id must not inherit an old request; re-running a build must not restart the clock. */
class SightingTest {

    private static final Instant FIRST = Instant.parse("2026-11-02T09:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # story                                                  | gate ended at         | opened | next gate at          | counts from
            re-run after a rejection, a week later                   | 2026-11-03T09:00:00Z  | false  | 2026-11-10T09:00:00Z  | 2026-11-02T09:00:00Z
            re-run of a failed deployment the same day               | 2026-11-05T18:00:00Z  | true   | 2026-11-06T09:00:00Z  | 2026-11-02T09:00:00Z
            the id used again two days after it was deployed         | 2026-11-05T18:00:00Z  | true   | 2026-11-07T18:00:01Z  | 2026-11-07T18:00:01Z
            the id used again months later, never deployed           | 2026-11-03T09:00:00Z  | false  | 2027-03-01T09:00:00Z  | 2027-03-01T09:00:00Z
            blocked, then tried again just within a month             | 2026-11-03T09:00:00Z  | false  | 2026-12-03T09:00:00Z  | 2026-11-02T09:00:00Z
            """)
    void aSightingLastsWhileTheChangeIsBeingGatedAndEndsOnceItWentThroughOrLayIdle(
            String story, Instant endedAt, boolean opened, Instant nextGate, Instant countsFrom) {
        Sighting stored = Sighting.next(null, FIRST).ended(endedAt, opened);

        Sighting next = Sighting.next(stored, nextGate);

        assertThat(next.firstSeenAt()).as(story).isEqualTo(countsFrom);
        assertThat(next.lastSeenAt()).isEqualTo(nextGate);
    }

    @ParameterizedTest(name = "first gate at {0}")
    @CsvSource({"2026-11-02T09:00:00Z"})
    void withoutAnEntryTheGateStartsTheClock(Instant now) {
        assertThat(Sighting.next(null, now)).isEqualTo(new Sighting(now, now, null));
    }

    @ParameterizedTest(name = "opened at {0} and {1}")
    @CsvSource({"2026-11-05T18:00:00Z, 2026-11-06T10:00:00Z"})
    void theFirstOpeningIsKeptSoRepeatedReRunsDoNotExtendTheGrace(Instant first, Instant second) {
        Sighting sighting = Sighting.next(null, FIRST).ended(first, true).ended(second, true);

        assertThat(sighting.openedAt()).isEqualTo(first);
        assertThat(sighting.expiredAt(first.plus(Sighting.RERUN_GRACE).plusSeconds(1)))
                .isTrue();
    }
}
