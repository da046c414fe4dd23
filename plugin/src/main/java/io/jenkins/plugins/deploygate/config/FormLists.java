package io.jenkins.plugins.deploygate.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;

/**
 * The lists of strings of the rules (workdays, holidays, members, users, windows, waive) are YAML
 * sequences for JCasC but one text field each in the web form. This class turns the form's text
 * (fields named {@code <list>Text}, read from getters of that name) into the JSON arrays the
 * {@code @DataBoundSetter}s take, so both paths bind the same setters.
 */
final class FormLists {

    private FormLists() {}

    /** A trimmed copy without blank items, as the setters store lists. */
    static List<String> copy(Collection<String> values) {
        List<String> copy = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    copy.add(value.trim());
                }
            }
        }
        return copy;
    }

    /** Items separated by commas, blanks or new lines. */
    static List<String> split(String text) {
        return copy(Arrays.asList((text == null ? "" : text).split("[,\\s]+")));
    }

    /** One item per line: for windows, which contain commas and blanks themselves. */
    static List<String> lines(String text) {
        return copy(Arrays.asList((text == null ? "" : text).split("\\R")));
    }

    /** Rewrites, in place, the text fields of the global configuration form into arrays. */
    static JSONObject normalize(JSONObject form) {
        eachObject(form.opt("calendar"), calendar -> {
            toArray(calendar, "workdaysText", "workdays", FormLists::split);
            toArray(calendar, "holidaysText", "holidays", FormLists::split);
        });
        eachObject(form.opt("groups"), group -> toArray(group, "membersText", "members", FormLists::split));
        eachObject(form.opt("environments"), environment -> {
            toArray(environment, "windowsText", "windows", FormLists::lines);
            eachObject(
                    environment.opt("approvals"),
                    approval -> toArray(approval, "usersText", "users", FormLists::split));
            Object exceptions = environment.opt("exceptions");
            if (exceptions instanceof JSONObject policy) {
                toArray(policy, "waiveText", "waive", FormLists::split);
            } else {
                // An unticked optional block: no exception policy.
                environment.remove("exceptions");
            }
        });
        return form;
    }

    private static void eachObject(Object node, Consumer<JSONObject> action) {
        if (node instanceof JSONObject object) {
            action.accept(object);
        } else if (node instanceof JSONArray array) {
            for (Object item : array) {
                if (item instanceof JSONObject object) {
                    action.accept(object);
                }
            }
        }
    }

    /**
     * Replaces the text field {@code textKey} by the array {@code key}. The form uses its own name
     * for the text ({@code windowsText}) because a text box bound to the list property itself would
     * print an empty list as {@code []}.
     */
    private static void toArray(
            JSONObject object, String textKey, String key, Function<String, List<String>> splitter) {
        Object value = object.remove(textKey);
        if (value instanceof String text) {
            object.put(key, JSONArray.fromObject(splitter.apply(text)));
        }
    }
}
