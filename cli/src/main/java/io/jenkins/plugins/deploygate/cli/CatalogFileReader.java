package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.capture.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
 * are reported at once. Keys are camelCase as in the rules file; unknown keys are errors.
 */
final class CatalogFileReader {

    private static final Set<String> KEYS =
            Set.of("id", "engine", "tool", "code", "title", "pattern", "severity", "fix", "link");

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
            throw new IllegalArgumentException("cannot read catalogue " + name + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        List<CatalogEntry> entries = new ArrayList<>();
        SequenceNode list = entriesOf(name, root, problems);
        if (list != null) {
            for (int i = 0; i < list.getValue().size(); i++) {
                CatalogEntry entry =
                        entry(name, "entries[" + i + "]", list.getValue().get(i), problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(System.lineSeparator(), problems));
        }
        return entries;
    }

    private static SequenceNode entriesOf(String name, Node root, List<String> problems) {
        if (root == null) {
            problems.add(name + ":1: entries: the catalogue is empty; expected a list under 'entries'");
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(where(name, root) + "(top level): expected a mapping with the key 'entries'");
            return null;
        }
        SequenceNode entries = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!"entries".equals(key)) {
                problems.add(where(name, tuple.getKeyNode()) + key + ": unknown key; expected 'entries'");
            } else if (tuple.getValueNode() instanceof SequenceNode sequence) {
                entries = sequence;
            } else {
                problems.add(where(name, tuple.getValueNode()) + "entries: expected a list of entries");
            }
        }
        if (entries == null && problems.isEmpty()) {
            problems.add(where(name, root) + "entries: missing");
        }
        return entries;
    }

    private static CatalogEntry entry(String name, String path, Node node, List<String> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(where(name, node) + path + ": expected a mapping of id, title, severity, fix, ...");
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        int before = problems.size();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!KEYS.contains(key)) {
                problems.add(where(name, tuple.getKeyNode()) + path + "." + key + ": unknown key; expected one of "
                        + KEYS.stream().sorted().toList());
            } else if (!(tuple.getValueNode() instanceof ScalarNode)) {
                problems.add(where(name, tuple.getValueNode()) + path + "." + key + ": expected a single value");
            } else {
                values.put(key, blankToNull(scalar(tuple.getValueNode())));
                nodes.put(key, tuple.getValueNode());
            }
        }
        Severity severity = null;
        String severityText = values.get("severity");
        if (severityText != null) {
            try {
                severity = Severity.valueOf(severityText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where(name, nodes.get("severity")) + path
                        + ".severity: must be ERROR, WARNING or INFO, was '" + severityText + "'");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new CatalogEntry(
                    values.get("id"),
                    values.get("engine"),
                    values.get("tool"),
                    values.get("code"),
                    values.get("title"),
                    values.get("pattern"),
                    severity,
                    values.get("fix"),
                    values.get("link"));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ", 2)[0];
            Node at = nodes.getOrDefault(field, mapping);
            problems.add(where(name, at) + path + "." + field + ": " + e.getMessage());
            return null;
        }
    }

    private static String where(String name, Node node) {
        return name + ":" + (node.getStartMark().getLine() + 1) + ": ";
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(node.getNodeId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equals("null") || value.equals("~") ? null : value.strip();
    }
}
