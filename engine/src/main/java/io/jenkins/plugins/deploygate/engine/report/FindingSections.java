package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The findings of a fix report: first the error that broke the deployment, on its own, then the
 * other findings grouped by the migration or script they came from, in the order of the log.
 */
final class FindingSections {

    static final String NO_MIGRATION = "Other output";

    private FindingSections() {}

    /**
     * @param findings in the order of the log
     * @param rootCause the error that broke the deployment, one of {@code findings}, if one did
     * @param links where each finding's capture's output can be read, for links from its lines
     */
    static void add(
            Document.Builder document,
            List<Finding> findings,
            Optional<Finding> rootCause,
            Function<Finding, LogLinks> links) {
        rootCause.ifPresent(cause -> {
            document.heading(2, "What broke the deployment");
            FindingBlock.add(document, cause, 3, links.apply(cause));
        });
        // By identity: two captures may hold equal findings, and only one of them is the cause.
        List<Finding> others = findings.stream()
                .filter(finding -> rootCause.map(cause -> cause != finding).orElse(true))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        document.heading(2, rootCause.isPresent() ? "Other findings" : "Findings");
        Map<String, List<Finding>> groups = byMigration(others);
        // A heading per migration helps only when some finding came from one.
        boolean grouped = !groups.containsKey(NO_MIGRATION) || groups.size() > 1;
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            if (grouped) {
                document.heading(3, group.getKey());
            }
            group.getValue().forEach(finding -> FindingBlock.add(document, finding, 4, links.apply(finding)));
        }
    }

    /** Groups in the order their first finding appears. */
    private static Map<String, List<Finding>> byMigration(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String migration = MigrationText.of(finding);
            groups.computeIfAbsent(migration == null ? NO_MIGRATION : migration, key -> new ArrayList<>())
                    .add(finding);
        }
        return groups;
    }
}
