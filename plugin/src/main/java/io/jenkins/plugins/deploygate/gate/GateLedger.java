package io.jenkins.plugins.deploygate.gate;

import hudson.XmlFile;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jenkins.model.Jenkins;

/**
 * When Deploy Gate first saw a change for a job and environment: the default start of the lead
 * time when {@code deployGate} is not given {@code requestedAt}, so that re-running a build does
 * not restart the clock. Kept in {@code JENKINS_HOME/io.jenkins.plugins.deploygate.gate.GateLedger.xml}
 * as a plain map; entries older than any lead time worth waiting for are dropped.
 */
public final class GateLedger {

    /** Longer than the engine's 366-day horizon, so that no waiting gate loses its start. */
    private static final long KEEP_MILLIS = Duration.ofDays(400).toMillis();

    private Map<String, Long> firstSeen = new HashMap<>();

    private GateLedger() {}

    /**
     * The first sighting of {@code changeId} for {@code job} and {@code environment}, recording
     * {@code seenAt} when there is none.
     */
    static synchronized long firstSeen(String job, String environment, String changeId, long seenAt)
            throws IOException {
        XmlFile file = new XmlFile(new File(Jenkins.get().getRootDir(), GateLedger.class.getName() + ".xml"));
        GateLedger ledger = file.exists() ? (GateLedger) file.read() : new GateLedger();
        if (ledger.firstSeen == null) {
            ledger.firstSeen = new HashMap<>();
        }
        String key = job + " :: " + environment + " :: " + changeId;
        Long seen = ledger.firstSeen.get(key);
        if (seen != null) {
            return seen;
        }
        ledger.firstSeen.values().removeIf(time -> time < seenAt - KEEP_MILLIS);
        ledger.firstSeen.put(key, seenAt);
        file.write(ledger);
        return seenAt;
    }
}
