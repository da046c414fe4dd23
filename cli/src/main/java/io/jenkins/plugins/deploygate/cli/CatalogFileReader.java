package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a DBA's extra catalogue entries from YAML:
 *
 * <pre>
 * entries:
 *   - id: oracle.ORA-20001
 *     engine: oracle
 *     code: ORA-20001
 *     title: Release check failed
 *     severity: ERROR
 *     fix: Read the check's message; the release script refuses to run before V41.
 *     link: https://wiki.example.com/db/release-checks
 *   - id: acme.replication-lag
 *     title: Replica lag too high
 *     pattern: "replication lag of (\\d+ s) exceeds"
 *     severity: WARNING
 *     fix: Wait for the replica to catch up before deploying.
 * </pre>
 *
 * Uses SnakeYAML's node API so that every problem names the file, line and field; all problems
 * are reported at once. Keys are camelCase as in the rules file; unknown keys are errors; a
 * missing severity is ERROR, as in Jenkins' form. The rules file's {@code catalog} list holds the
 * same entries and is read with {@link #entry}.
 */
final class CatalogFileReader {

    private static final List<String> KEYS =
            List.of("id", "engine", "tool", "code", "title", "pattern", "severity", "fix", "link");

    private CatalogFileReader() {}

    /** The entries of {@code file}; {@link IllegalArgumentException} listing every problem when invalid. */
    static List<CatalogEntry> read(Path file) {
        String name = file.toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new IllegalArgumentException(name + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read catalogue " + name + ": " + Problems.reason(e), e);
        }
        YamlNodes nodes = new YamlNodes(name);
        Optional<List<CatalogEntry>> entries = root == null ? Optional.empty() : entriesOf(nodes, root);
        if (root == null) {
            nodes.problem(1, "entries", "the catalogue is empty; expected a list under 'entries'");
        }
        if (nodes.hasProblems() || entries.isEmpty()) {
            throw new IllegalArgumentException(String.join(
                    System.lineSeparator(),
                    nodes.problems().stream().map(Problem::text).toList()));
        }
        return entries.get();
    }

    /**
     * A catalogue file lists its {@code entries}; a rules file (the JCasC shape) lists them under
     * {@code unclassified: deployGate: catalog:}, so DBAs can keep one file for Jenkins and here.
     */
    private static Optional<List<CatalogEntry>> entriesOf(YamlNodes nodes, Node root) {
        Optional<Map<String, Node>> keys = nodes.sharedMapping(root, "");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        if (keys.get().containsKey("unclassified")) {
            return nodes.sharedMapping(keys.get().get("unclassified"), "unclassified")
                    .map(sections -> sections.get("deployGate"))
                    .flatMap(section -> nodes.sharedMapping(section, "deployGate"))
                    .flatMap(section ->
                            nodes.list(section.get("catalog"), "catalog", (item, field) -> entry(nodes, item, field)));
        }
        Optional<Map<String, Node>> catalogue = nodes.mapping(root, "", List.of("entries"));
        if (catalogue.isPresent() && !catalogue.get().containsKey("entries")) {
            nodes.problem(root, "entries", "missing");
            return Optional.empty();
        }
        return catalogue.flatMap(
                entries -> nodes.list(entries.get("entries"), "entries", (item, field) -> entry(nodes, item, field)));
    }

    /** One catalogue entry at {@code field}; empty, with its problems recorded, when it is refused. */
    static Optional<CatalogEntry> entry(YamlNodes nodes, Node node, String field) {
        Optional<Map<String, Node>> keys = nodes.mapping(node, field, KEYS);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean scalars = true;
        for (Map.Entry<String, Node> key : keys.get().entrySet()) {
            if (key.getValue() instanceof ScalarNode scalar) {
                values.put(key.getKey(), blankToNull(scalar.getValue()));
            } else {
                nodes.problem(key.getValue(), field + "." + key.getKey(), "expected a single value");
                scalars = false;
            }
        }
        Optional<Severity> severity = severity(nodes, keys.get().get("severity"), field, values.get("severity"));
        if (!scalars || severity.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CatalogEntry(
                    values.get("id"),
                    values.get("engine"),
                    values.get("tool"),
                    values.get("code"),
                    values.get("title"),
                    values.get("pattern"),
                    severity.get(),
                    values.get("fix"),
                    values.get("link")));
        } catch (IllegalArgumentException e) {
            // The engine's message starts with the field it refuses.
            String key = e.getMessage().split(" ", 2)[0];
            nodes.problem(keys.get().getOrDefault(key, node), field + "." + key, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Severity> severity(YamlNodes nodes, Node node, String field, String text) {
        if (text == null) {
            return Optional.of(Severity.ERROR);
        }
        try {
            return Optional.of(Severity.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            nodes.problem(node, field + ".severity", "must be ERROR, WARNING or INFO, was '" + text + "'");
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equals("null") || value.equals("~") ? null : value.strip();
    }
}
