package io.jenkins.plugins.deploygate.gate;

import hudson.XmlFile;
import hudson.util.XStream2;
import io.jenkins.plugins.deploygate.engine.gate.Sighting;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentNames;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jenkins.model.Jenkins;

/**
 * The ledger of first sightings: when a gate first saw a change for a job and an environment, when
 * one last started or ended for it, and when one first opened. The lead time counts from the first
 * sighting, so that re-running a build does not restart the clock and the pipeline cannot move it.
 * Whether a stored sighting still holds (a reused change id must not inherit an old request) is the
 * engine's rule ({@link Sighting}); the ledger only stores the three instants, in {@code
 * JENKINS_HOME/io.jenkins.plugins.deploygate.gate.GateLedger.xml}, and drops the entries the engine
 * would no longer count from.
 *
 * <p>Ledgers written before sightings ended kept one instant per change ({@code firstSeen}); such an
 * entry reads as a sighting last seen when it was first seen.
 */
public final class GateLedger {

    private static final XStream2 XSTREAM = new XStream2();

    static {
        XSTREAM.alias("deploy-gate-ledger", GateLedger.class);
        XSTREAM.alias("sighting", Entry.class);
    }

    /** One sighting, in epoch milliseconds; {@code openedAt} is 0 while no gate opened. */
    static final class Entry {
        private final long firstSeenAt;
        private final long lastSeenAt;
        private final long openedAt;

        Entry(Sighting sighting) {
            this.firstSeenAt = sighting.firstSeenAt().toEpochMilli();
            this.lastSeenAt = sighting.lastSeenAt().toEpochMilli();
            this.openedAt =
                    sighting.openedAt() == null ? 0 : sighting.openedAt().toEpochMilli();
        }

        Sighting toSighting() {
            return new Sighting(
                    Instant.ofEpochMilli(firstSeenAt),
                    Instant.ofEpochMilli(lastSeenAt == 0 ? firstSeenAt : lastSeenAt),
                    openedAt == 0 ? null : Instant.ofEpochMilli(openedAt));
        }
    }

    private Map<String, Entry> sightings = new HashMap<>();
    /** The ledger of earlier versions: the first sighting per key, epoch milliseconds. */
    private Map<String, Long> firstSeen;

    private GateLedger() {}

    /**
     * The sighting a gate for {@code changeId} starting at {@code now} counts from: the stored one
     * while it holds, else a new one, first seen now. Recorded before it is returned.
     */
    static synchronized Sighting start(String job, String environment, String changeId, Instant now)
            throws IOException {
        GateLedger ledger = read();
        String key = key(job, environment, changeId);
        Entry stored = ledger.sightings.get(key);
        Sighting sighting = Sighting.next(stored == null ? null : stored.toSighting(), now);
        ledger.sightings.put(key, new Entry(sighting));
        ledger.forgetExpired(now);
        ledger.write();
        return sighting;
    }

    /** Records that a gate for {@code changeId} ended at {@code at}, having opened or not. */
    static synchronized void end(String job, String environment, String changeId, Instant at, boolean opened)
            throws IOException {
        GateLedger ledger = read();
        String key = key(job, environment, changeId);
        Entry stored = ledger.sightings.get(key);
        if (stored != null) {
            ledger.sightings.put(key, new Entry(stored.toSighting().ended(at, opened)));
            ledger.write();
        }
    }

    /** Entries no gate would count from any more: a new sighting replaces them anyway. */
    private void forgetExpired(Instant now) {
        sightings.values().removeIf(entry -> entry.toSighting().expiredAt(now));
    }

    /** Environments are keyed as the rules compare names, so {@code Production} is {@code production}. */
    private static String key(String job, String environment, String changeId) {
        return job + " :: " + EnvironmentNames.key(environment) + " :: " + changeId;
    }

    private static GateLedger read() throws IOException {
        XmlFile file = file();
        GateLedger ledger = file.exists() ? (GateLedger) file.read() : new GateLedger();
        if (ledger.sightings == null) {
            ledger.sightings = new HashMap<>();
        }
        if (ledger.firstSeen != null) {
            ledger.firstSeen.forEach((key, seen) -> ledger.sightings.putIfAbsent(
                    key, new Entry(new Sighting(Instant.ofEpochMilli(seen), Instant.ofEpochMilli(seen), null))));
            ledger.firstSeen = null;
        }
        return ledger;
    }

    private void write() throws IOException {
        file().write(this);
    }

    private static XmlFile file() {
        return new XmlFile(XSTREAM, new File(Jenkins.get().getRootDir(), GateLedger.class.getName() + ".xml"));
    }
}
