package io.jenkins.plugins.deploygate.engine.report.sarif;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of scanned logs as a SARIF 2.1.0 log, the format code-scanning tools exchange
 * (warnings-ng's SARIF parser, GitHub code scanning): one run of the tool {@code deploy-gate}, one
 * rule per catalogue entry found (its id, its title as the short description, its fix as help, the
 * vendor's documentation as {@code helpUri}), one result per finding, located at the log line of
 * its first occurrence, with the migration script and line and the tool's own report around the
 * error as related locations, and the failing statement as a property. A failed command whose output
 * holds no known error is one result of the rule {@value UnrecognisedFailures#RULE_ID}, located at
 * the output's last line. Findings and last lines are already redacted; nothing else of the log is
 * written.
 *
 * <p>{@code partialFingerprints.primaryLocationLineHash}, which GitHub uses to match results across
 * runs, is a hash of the rule and the message: a finding is one per (id, message) and keeps its
 * identity when the log grows and its line moves.
 */
public final class SarifWriter {

    /** The OASIS schema of SARIF 2.1.0 (errata 01), which the output declares and validates against. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    static final String TOOL = "deploy-gate";
    static final String INFORMATION_URI = "https://github.com/jenkinsci/deploy-gate-plugin";
    /** The artifact of a log read from standard input, which has no path. */
    static final String STANDARD_INPUT = "standard-input";

    private final String toolVersion;

    /** @param toolVersion the version of the command or plugin that scanned the logs */
    public SarifWriter(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * One scanned log.
     *
     * @param uri where the log is, as {@link #uriOf} makes it: a URI reference relative to the
     *     working directory, an absolute {@code file:} URI, or {@link #STANDARD_INPUT}
     */
    public record ScannedLog(String uri, ScanResult result) {
        public ScannedLog {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(result, "result");
        }
    }

    /** The SARIF document of {@code logs}, as JSON text ending in a line break. */
    public String write(List<ScannedLog> logs) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        List<Object> results = new ArrayList<>();
        boolean silentFailure = false;
        for (ScannedLog log : logs) {
            silentFailure |= log.result().silentFailure();
            for (Finding finding : log.result().findings()) {
                rules.computeIfAbsent(finding.id(), id -> rule(finding));
                results.add(result(log.uri(), finding));
            }
            UnrecognisedFailure failure = log.result().unrecognisedFailure();
            if (failure != null) {
                rules.computeIfAbsent(UnrecognisedFailures.RULE_ID, id -> UnrecognisedFailures.rule());
                results.add(UnrecognisedFailures.result(log.uri(), failure));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", List.copyOf(rules.values()));

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(Map.of("executionSuccessful", true)));
        run.put("results", results);
        run.put("properties", Map.of("silentFailure", silentFailure));

        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return Json.write(sarif) + "\n";
    }

    /**
     * The artifact URI of a log named on a command line: a relative path stays relative (with
     * {@code /} and percent-encoding), an absolute one becomes a {@code file:} URI, {@code -} is
     * {@link #STANDARD_INPUT}.
     */
    public static String uriOf(String path) {
        if (path.equals("-")) {
            return STANDARD_INPUT;
        }
        String slashed = path.replace('\\', '/');
        boolean windowsDrive = slashed.length() > 1 && slashed.charAt(1) == ':';
        try {
            if (slashed.startsWith("/") || windowsDrive) {
                // An empty host gives file:///path, the form Path.toUri() and browsers write.
                return new URI("file", "", windowsDrive ? "/" + slashed : slashed, null).toASCIIString();
            }
            // "./" keeps a colon in the first segment ("deploy:1.log") from reading as a scheme.
            String relative = slashed.split("/", 2)[0].contains(":") ? "./" + slashed : slashed;
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException notAPath) {
            throw new IllegalArgumentException("\"" + path + "\" cannot be written as a URI", notAPath);
        }
    }

    private static Map<String, Object> rule(Finding finding) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", finding.id());
        rule.put("shortDescription", text(finding.title() == null ? finding.id() : finding.title()));
        if (finding.fix() != null) {
            rule.put("help", text(finding.fix()));
        }
        if (isAbsoluteUri(finding.link())) {
            rule.put("helpUri", finding.link());
        }
        rule.put("defaultConfiguration", Map.of("level", level(finding.severity())));
        List<String> tags = new ArrayList<>();
        tags.add("database-deployment");
        if (finding.engine() != null) {
            tags.add(finding.engine());
        }
        if (finding.tool() != null) {
            tags.add(finding.tool());
        }
        rule.put("properties", Map.of("tags", tags));
        return rule;
    }

    private static Map<String, Object> result(String uri, Finding finding) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.id());
        result.put("level", level(finding.severity()));
        result.put("message", text(finding.message()));
        result.put("locations", List.of(Map.of("physicalLocation", logLine(uri, finding))));
        List<Object> related = new ArrayList<>();
        if (finding.migration() != null && finding.migration().script() != null) {
            related.add(migration(related.size() + 1, finding.migration()));
        }
        if (finding.wrapper() != null) {
            related.add(wrapper(related.size() + 1, uri, finding));
        }
        if (!related.isEmpty()) {
            result.put("relatedLocations", related);
        }
        result.put(
                "partialFingerprints", Map.of("primaryLocationLineHash", fingerprint(finding.id(), finding.message())));
        result.put("occurrenceCount", finding.count());
        if (finding.statement() != null) {
            // SARIF has no member for the code a finding is about when that code is not in a file.
            result.put("properties", Map.of("statement", finding.statement()));
        }
        return result;
    }

    private static Map<String, Object> logLine(String uri, Finding finding) {
        int inContext = (int) (finding.line() - finding.contextStart());
        return logLine(
                uri,
                finding.line(),
                inContext < finding.context().size() ? finding.context().get(inContext) : null);
    }

    /** Line {@code line} of the log at {@code uri}, with its text as snippet when known. */
    static Map<String, Object> logLine(String uri, long line, String snippet) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", line);
        if (snippet != null) {
            region.put("snippet", text(snippet));
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", artifact(uri));
        location.put("region", region);
        return location;
    }

    static Map<String, Object> artifact(String uri) {
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", uri);
        if (uri.equals(STANDARD_INPUT)) {
            artifact.put("description", text("The log read from standard input"));
        }
        return artifact;
    }

    private static Map<String, Object> migration(int id, MigrationRef migration) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uriOf(migration.script())));
        if (migration.line() != null && migration.line() > 0) {
            physical.put("region", Map.of("startLine", migration.line()));
        }
        return related(id, physical, "Migration " + migration.describe());
    }

    /** The tool's own report around the database error, where it stands in the log. */
    private static Map<String, Object> wrapper(int id, String uri, Finding finding) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(uri));
        physical.put("region", Map.of("startLine", finding.wrapper().line()));
        String by = finding.tool() == null ? "" : " by " + finding.tool();
        return related(id, physical, "Reported" + by + ": " + finding.wrapper().message());
    }

    private static Map<String, Object> related(int id, Map<String, Object> physical, String message) {
        Map<String, Object> related = new LinkedHashMap<>();
        related.put("id", id);
        related.put("physicalLocation", physical);
        related.put("message", text(message));
        return related;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** 16 hex digits of SHA-256 over rule and message, and the occurrence GitHub's format counts from 1. */
    static String fingerprint(String ruleId, String message) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "\n" + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8) + ":1";
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform has SHA-256 (java.security.MessageDigest's specification).
            throw new IllegalStateException("SHA-256 is missing from this Java", impossible);
        }
    }

    private static boolean isAbsoluteUri(String link) {
        if (link == null) {
            return false;
        }
        try {
            return new URI(link).isAbsolute();
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }
}
