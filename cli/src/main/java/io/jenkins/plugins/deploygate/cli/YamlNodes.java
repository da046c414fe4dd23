package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.NearMiss;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to composed YAML nodes that records a problem ({@code FILE:LINE: FIELD: message})
 * instead of failing, so that one pass over a rules file reports every mistake in it. Methods
 * return empty when the value is unusable; the problem is already recorded. Remembers the line of
 * every field it reads, so that the engine's warnings, which name fields, can be placed on lines.
 */
final class YamlNodes {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();

    YamlNodes(String file) {
        this.file = file;
    }

    /** The problems found so far, in the order of their lines in the file. */
    List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparing(Problem::line)).toList();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(Node node, String field, String message) {
        problem(line(node), field, message);
    }

    void problem(int line, String field, String message) {
        problems.add(new Problem(file, line, field.isEmpty() ? "(document)" : field, message));
    }

    /**
     * {@code message} about {@code field}, on the line of the field or of the nearest enclosing
     * one that was read ({@code environments[0].windows[1]} on the window's line).
     */
    Problem at(String field, String message) {
        for (String path = field; !path.isEmpty(); path = parent(path)) {
            Integer line = lines.get(path);
            if (line != null) {
                return new Problem(file, line, field, message);
            }
        }
        return new Problem(file, 1, field, message);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private void remember(String field, Node node) {
        lines.putIfAbsent(field, line(node));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /**
     * The entries of a mapping whose other keys belong to others: a JCasC file's roots ({@code
     * jenkins}, {@code credentials}, ...) and the other plugins' sections under {@code
     * unclassified} are for their own configurators to check. Keys given twice are refused.
     */
    Optional<Map<String, Node>> sharedMapping(Node node, String field) {
        return mapping(node, field, null);
    }

    /**
     * The entries of a mapping, by key, refusing keys outside {@code allowed} (any key when it is
     * {@code null}) and keys given twice. A null node (a key with nothing after it) is an empty
     * mapping.
     */
    Optional<Map<String, Node>> mapping(Node node, String field, List<String> allowed) {
        if (isNull(node)) {
            return Optional.of(Map.of());
        }
        if (!(node instanceof MappingNode mapping)) {
            String expected = allowed == null ? "keys" : "keys (" + String.join(", ", allowed) + ")";
            problem(node, field, "expected " + expected + ", found " + describe(node));
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : describe(keyNode);
            String keyField = field.isEmpty() ? key : field + "." + key;
            if (allowed != null && !allowed.contains(key)) {
                String suggestion = NearMiss.closest(key, allowed, 2)
                        .map(known -> " did you mean " + known + "?")
                        .orElse("");
                problem(
                        keyNode,
                        keyField,
                        "unknown key;" + suggestion + " expected one of " + String.join(", ", allowed));
            } else if (entries.containsKey(key)) {
                problem(keyNode, keyField, "given twice");
            } else {
                entries.put(key, tuple.getValueNode());
                remember(keyField, keyNode);
            }
        }
        return Optional.of(entries);
    }

    /** The items of a sequence; a single scalar is a one-item list; a null node is empty. */
    Optional<List<Node>> sequence(Node node, String field) {
        if (isNull(node)) {
            return Optional.of(List.of());
        }
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        if (node instanceof ScalarNode) {
            return Optional.of(List.of(node));
        }
        problem(node, field, "expected a list, found " + describe(node));
        return Optional.empty();
    }

    /** The text of a scalar; empty (with a problem) for a list, a mapping or nothing at all. */
    Optional<String> text(Node node, String field) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return Optional.of(scalar.getValue());
        }
        problem(node, field, "expected a value, found " + describe(node));
        return Optional.empty();
    }

    /** {@code parser} applied to the text of a scalar; its {@link IllegalArgumentException} becomes a problem. */
    <T> Optional<T> value(Node node, String field, Function<String, T> parser) {
        return text(node, field).flatMap(text -> {
            try {
                return Optional.of(parser.apply(text));
            } catch (IllegalArgumentException bad) {
                problem(node, field, bad.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The texts of a list of scalars, each checked by {@code parser}; empty if any is bad. */
    <T> Optional<List<T>> values(Node node, String field, Function<String, T> parser) {
        Optional<List<Node>> items = sequence(node, field);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < items.get().size(); i++) {
            remember(field + "[" + i + "]", items.get().get(i));
            Optional<T> value = value(items.get().get(i), field + "[" + i + "]", parser);
            value.ifPresent(values::add);
            allGood &= value.isPresent();
        }
        return allGood ? Optional.of(values) : Optional.empty();
    }

    /** Each item of a list read by {@code item}; empty when the list or any item is bad. */
    <T> Optional<List<T>> list(Node node, String field, ItemReader<T> item) {
        if (node == null) {
            return Optional.of(List.of());
        }
        Optional<List<Node>> items = sequence(node, field);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < items.get().size(); i++) {
            remember(field + "[" + i + "]", items.get().get(i));
            Optional<T> value = item.read(items.get().get(i), field + "[" + i + "]");
            value.ifPresent(values::add);
            allGood &= value.isPresent();
        }
        return allGood ? Optional.of(values) : Optional.empty();
    }

    <T> Optional<T> optional(
            Map<String, Node> entries, String key, String field, Optional<T> absent, Function<Node, Optional<T>> read) {
        Node node = entries.get(key);
        return node == null || isNull(node) ? absent : read.apply(node);
    }

    /** An optional scalar: {@code Optional.of(Optional.empty())} when absent, empty when bad. */
    <T> Optional<Optional<T>> optionalValue(
            Map<String, Node> entries, String field, String key, Function<String, T> parser) {
        Node node = entries.get(key);
        if (node == null || isNull(node)) {
            return Optional.of(Optional.empty());
        }
        return value(node, field + "." + key, parser).map(Optional::of);
    }

    <T> Optional<T> requiredValue(
            Map<String, Node> entries, Node parent, String field, String key, Function<String, T> parser) {
        Node node = entries.get(key);
        if (node == null || isNull(node)) {
            problem(node == null ? parent : node, field + "." + key, "missing");
            return Optional.empty();
        }
        return value(node, field + "." + key, parser);
    }

    /** Reads one item of a list, given the item's node and field path. */
    @FunctionalInterface
    interface ItemReader<T> {
        Optional<T> read(Node node, String field);
    }

    static boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("\"" + text + "\" is not true or false");
    }

    private static String describe(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "keys";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }
}
