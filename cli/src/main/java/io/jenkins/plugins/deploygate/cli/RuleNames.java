package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.EnvironmentOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks on the names of a rules file's lists, on the names as written, so that they are reported
 * even when the entries have other problems: unique group names, and no environment entry that
 * can never apply (the engine's {@link EnvironmentOrder}, which Jenkins applies too).
 */
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

    /** Every environment entry that an earlier one always takes first is an error, at its line. */
    static void checkReachable(YamlNodes nodes, Node listNode) {
        List<String> names = new ArrayList<>();
        for (Node item : listNode instanceof SequenceNode sequence ? sequence.getValue() : List.<Node>of()) {
            names.add(nameOf(item));
        }
        for (EnvironmentOrder.Finding finding : EnvironmentOrder.check(names, false)) {
            nodes.problem(itemLine(listNode, finding.index()), finding.field(), finding.message());
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

    private static int itemLine(Node listNode, int index) {
        List<Node> items = listNode instanceof SequenceNode sequence ? sequence.getValue() : List.of();
        return index < items.size() ? YamlNodes.line(items.get(index)) : YamlNodes.line(listNode);
    }
}
