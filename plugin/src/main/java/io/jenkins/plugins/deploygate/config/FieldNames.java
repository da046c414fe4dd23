package io.jenkins.plugins.deploygate.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says where a field of the rules is in the words of the global configuration form, for the people
 * who edit it there: {@code environments[0].approvals[1].count} becomes {@code Environment rule
 * "production", approval requirement 2, count}. Items of the top-level lists are named by their own
 * name where they have one; other items by their position, counted from 1.
 */
final class FieldNames {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private final List<String> environments;
    private final List<String> groups;
    private final List<String> catalog;
    private final ResourceBundle words;

    /**
     * @param environments the environment rules' names, in order ({@code null} where one has none)
     * @param groups the groups' names, in order
     * @param catalog the catalogue entries' ids, in order
     */
    FieldNames(List<String> environments, List<String> groups, List<String> catalog) {
        // Copies that keep the nulls of unnamed items (List.copyOf refuses them).
        this.environments = new ArrayList<>(environments);
        this.groups = new ArrayList<>(groups);
        this.catalog = new ArrayList<>(catalog);
        this.words = ResourceBundle.getBundle(FieldNames.class.getName(), Locale.getDefault());
    }

    /** The names the form shows for {@code configuration}'s fields. */
    static FieldNames of(DeployGateConfiguration configuration) {
        return new FieldNames(
                configuration.getEnvironments().stream()
                        .map(EnvironmentConfig::getName)
                        .toList(),
                configuration.getGroups().stream().map(GroupConfig::getName).toList(),
                configuration.getCatalog().stream()
                        .map(CatalogEntryConfig::getId)
                        .toList());
    }

    /** The problem as a sentence: {@code Environment rule "production", lead time: "2 bussiness days" is ...}. */
    String sentence(ConfigProblem problem) {
        return capitalized(describe(problem.field())) + ": " + problem.problem();
    }

    /** Where {@code field} is, in words; {@code the rules} for the empty path. */
    String describe(String field) {
        if (field.isEmpty()) {
            return word("rules");
        }
        List<String> parts = new ArrayList<>();
        String[] segments = field.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                parts.add(segments[i]);
                continue;
            }
            String key = segment.group(1);
            Integer index = segment.group(2) == null ? null : Integer.valueOf(segment.group(2));
            parts.add(i == 0 ? topLevel(key, index) : nested(key, index));
        }
        return String.join(", ", parts);
    }

    private String topLevel(String key, Integer index) {
        return switch (key) {
            case "environments" -> named(key, index, environments);
            case "groups" -> named(key, index, groups);
            case "catalog" -> named(key, index, catalog);
            default -> nested(key, index);
        };
    }

    /** {@code environment rule "production"}, or {@code environment rule 3} for an item without a name. */
    private String named(String key, Integer index, List<String> names) {
        if (index == null) {
            return word(key);
        }
        String item = word(key + ".item");
        String name = index < names.size() ? names.get(index) : null;
        return name != null ? item + " \"" + name + "\"" : item + " " + (index + 1);
    }

    private String nested(String key, Integer index) {
        return index == null ? word(key) : word(key + ".item") + " " + (index + 1);
    }

    private String word(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException unknown) {
            return key; // a field the form does not name: its YAML key is still clearer than nothing
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
