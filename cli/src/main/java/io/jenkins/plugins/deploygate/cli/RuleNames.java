package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Checks on the names of a rules file's lists: unique names, and no environment rule that can never apply. */
final class RuleNames {

    private RuleNames() {}

    static void checkUnique(YamlNodes nodes, Node listNode, String field, List<String> names) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(names.get(i), i);
            if (earlier != null) {
                nodes.problem(
                        itemLine(listNode, i),
                        field + "[" + i + "].name",
                        "\"" + names.get(i) + "\" is already " + field + "[" + earlier + "]");
            }
        }
    }

    /**
     * An exact name after a rule that already matches it, or anything after {@code "*"}, can never
     * apply: almost certainly a mistake in the order. Works on the names as written, so that it is
     * reported even when the rules themselves have other problems.
     */
    static void checkReachable(YamlNodes nodes, Node listNode) {
        List<String> names = new ArrayList<>();
        for (Node item : listNode instanceof SequenceNode sequence ? sequence.getValue() : List.<Node>of()) {
            names.add(nameOf(item));
        }
        checkUnique(nodes, listNode, "environments", names);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || !seen.add(name)) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                String earlier = names.get(j);
                boolean shadowed = earlier != null
                        && (earlier.equals("*")
                                || (!isGlob(name)
                                        && EnvironmentRule.open(earlier).matches(name)));
                if (shadowed) {
                    nodes.problem(
                            itemLine(listNode, i),
                            "environments[" + i + "].name",
                            "\"" + name + "\" can never match: environments[" + j + "] (\"" + earlier
                                    + "\") matches first");
                    break;
                }
            }
        }
    }

    private static String nameOf(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals("name")
                        && tuple.getValueNode() instanceof ScalarNode value
                        && !YamlNodes.isNull(value)) {
                    return value.getValue();
                }
            }
        }
        return null;
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
    }

    private static int itemLine(Node listNode, int index) {
        List<Node> items = listNode instanceof SequenceNode sequence ? sequence.getValue() : List.of();
        return index < items.size() ? YamlNodes.line(items.get(index)) : YamlNodes.line(listNode);
    }
}
