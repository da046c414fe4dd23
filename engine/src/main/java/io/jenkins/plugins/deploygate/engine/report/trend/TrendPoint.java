package io.jenkins.plugins.deploygate.engine.report.trend;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One deployment on the trend: its label (usually the build number, {@code #42}), where its
 * report is, and how many error findings it had per database engine.
 *
 * @param label what the x axis shows for this deployment
 * @param link the report of this deployment, relative or http(s); {@code null} for none
 * @param errorsByEngine error findings per engine id ({@code postgresql}, {@code oracle}, ...);
 *     findings of no engine (a tool's own error) count under {@link #NO_ENGINE}
 */
public record TrendPoint(String label, String link, Map<String, Integer> errorsByEngine) {

    /** The key for findings that belong to no database engine. */
    public static final String NO_ENGINE = "other";

    public TrendPoint {
        Objects.requireNonNull(label, "label");
        if (link != null && !isSafeLink(link)) {
            throw new IllegalArgumentException("link: \"" + link + "\" is neither relative nor http(s)");
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        Objects.requireNonNull(errorsByEngine, "errorsByEngine").forEach((engine, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException(
                        "errorsByEngine." + engine + ": " + count + " is not a count of errors");
            }
            copy.put(engine == null ? NO_ENGINE : engine, count);
        });
        errorsByEngine = Collections.unmodifiableMap(copy);
    }

    /**
     * The errors of a scan per engine, as a point counts them: a database error inside a migration
     * counts once, since the tool's report around it is its wrapper, not a finding; a failed
     * deployment whose output holds no known error counts as one error of {@link #NO_ENGINE}, so
     * that the trend never shows a failure as a deployment without errors.
     */
    public static Map<String, Integer> errorsByEngine(ScanResult result) {
        Map<String, Integer> errors = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (finding.isError()) {
                errors.merge(finding.engine() == null ? NO_ENGINE : finding.engine(), 1, Integer::sum);
            }
        }
        if (result.unrecognisedFailure() != null) {
            errors.merge(NO_ENGINE, 1, Integer::sum);
        }
        return errors;
    }

    /** All error findings of this deployment. */
    public int totalErrors() {
        return errorsByEngine.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A link may only lead to a page: a scheme-less path or an http(s) address. Anything else
     * ({@code javascript:}, {@code data:}) could run code when the chart is clicked.
     */
    private static boolean isSafeLink(String link) {
        String lower = link.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || lower.startsWith("http://") || lower.startsWith("https://");
    }
}
