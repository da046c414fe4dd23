package io.jenkins.plugins.deploygate.engine.gate;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the ledger of first sightings: when a gate first saw a change for a job and an
 * environment. The lead time counts from {@link #firstSeenAt()} (see {@link GateRequest}), so
 * that re-running a build does not restart the clock, and the pipeline cannot move it.
 *
 * <p>A change id that is used again must not inherit an old request, or reusing {@code CHG-1234}
 * months later would skip the lead time. So a sighting ends, and the next gate for the same id
 * counts from its own start, when
 *
 * <ul>
 *   <li>a gate that used it opened more than {@link #RERUN_GRACE} ago: the change went through,
 *       and after a day of re-runs (a failed deployment tried again) the id is a new request; or
 *   <li>no gate used it for {@link #IDLE_LIMIT}: a change nobody gated for a month is a new
 *       request, however it ended (blocked, timed out, aborted).
 * </ul>
 *
 * <p>The caller stores the entries (Jenkins: one per job, environment and change id) and calls
 * {@link #next} when a gate starts and {@link #ended} when it ends; the engine decides the rest.
 *
 * @param firstSeenAt when the change was first seen; the lead time counts from here
 * @param lastSeenAt when a gate last started or ended for it
 * @param openedAt when a gate for it first opened, or {@code null} while none has
 */
public record Sighting(Instant firstSeenAt, Instant lastSeenAt, Instant openedAt) {

    /** How long after a gate opened a re-run still counts from the same sighting. */
    public static final Duration RERUN_GRACE = Duration.ofHours(24);

    /** How long a sighting lasts without any gate using it. */
    public static final Duration IDLE_LIMIT = Duration.ofDays(30);

    public Sighting {
        if (firstSeenAt == null || lastSeenAt == null) {
            throw new IllegalArgumentException("firstSeenAt and lastSeenAt are required");
        }
    }

    /**
     * The sighting a gate starting at {@code now} counts from: {@code stored} while it lasts (seen
     * again now), else a new one, first seen now.
     *
     * @param stored the ledger's entry for the change, or {@code null} when there is none
     */
    public static Sighting next(Sighting stored, Instant now) {
        if (stored == null || stored.expiredAt(now)) {
            return new Sighting(now, now, null);
        }
        return new Sighting(stored.firstSeenAt, later(stored.lastSeenAt, now), stored.openedAt);
    }

    /** This sighting after a gate that used it ended at {@code at}, having opened or not. */
    public Sighting ended(Instant at, boolean opened) {
        return new Sighting(firstSeenAt, later(lastSeenAt, at), opened && openedAt == null ? at : openedAt);
    }

    /** Whether a gate starting at {@code now} must not count from this sighting any more. */
    public boolean expiredAt(Instant now) {
        boolean deployed = openedAt != null && now.isAfter(openedAt.plus(RERUN_GRACE));
        return deployed || now.isAfter(lastSeenAt.plus(IDLE_LIMIT));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
