package io.jenkins.plugins.deploygate.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the order of the environment rules means, given that the first rule whose name matches
 * applies. An entry that an earlier one always takes first <em>can never match</em>, which is an
 * error: it is almost certainly meant to apply, and does not (a repeated name, also in another
 * case; an exact name an earlier glob matches; a glob an earlier glob covers; anything after a
 * catch-all). An entry that an earlier one takes first for <em>some</em> names is <em>partly
 * shadowed</em>, which is a warning: {@code *-eu} after {@code prod-*} never sees {@code prod-eu}.
 * A glob listed after a narrower one ({@code staging*} after {@code staging-eu}, or a catch-all
 * last) is the usual way to write rules and is not reported.
 *
 * <p>The cost grows with the number of entries, not with its square: exact names are looked up in
 * a hash map, and each entry is compared only with the earlier globs whose literal prefix (the
 * characters before the first wildcard) is compatible with its own. Globs that start with a
 * wildcard are compared with every earlier glob.
 */
public final class EnvironmentOrder {

    /**
     * One finding about the entry at {@code index}.
     *
     * @param earlier the entry that takes its names first
     * @param neverMatches an error (the entry can never apply) rather than a warning
     */
    public record Finding(int index, int earlier, boolean neverMatches, String message) {

        /** Where the finding is, e.g. {@code environments[2].name}. */
        public String field() {
            return "environments[" + index + "].name";
        }
    }

    private final List<String> names;
    private final boolean warnings;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> firstByKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    /** Earlier globs by literal prefix, each list in the order of the entries. */
    private final NavigableMap<String, List<Integer>> globsByPrefix = new TreeMap<>();

    private int longestPrefix;
    private int catchAll = -1;

    private EnvironmentOrder(List<String> names, boolean warnings) {
        this.names = names;
        this.warnings = warnings;
    }

    /**
     * The findings about {@code names}, in their order; a {@code null} name (one a reader could not
     * read) is skipped.
     *
     * @param warnings whether to look for partly shadowed entries too, or only for errors
     */
    public static List<Finding> check(List<String> names, boolean warnings) {
        EnvironmentOrder order = new EnvironmentOrder(names, warnings);
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        return List.copyOf(order.findings);
    }

    private void add(int index) {
        String name = names.get(index);
        String key = name == null ? "" : EnvironmentNames.key(name);
        keys.add(key);
        if (key.isEmpty()) {
            return;
        }
        Integer same = firstByKey.putIfAbsent(key, index);
        if (same != null) {
            findings.add(new Finding(index, same, true, repeated(index, same)));
        } else if (catchAll >= 0) {
            findings.add(new Finding(index, catchAll, true, neverMatches(index, catchAll, "matches first")));
        } else if (EnvironmentNames.isGlob(key)) {
            addGlob(index, key);
        } else {
            earliest(candidates(key, key.length()), glob -> EnvironmentNames.keyMatches(keys.get(glob), key))
                    .ifPresent(glob ->
                            findings.add(new Finding(index, glob, true, neverMatches(index, glob, "matches first"))));
        }
    }

    private void addGlob(int index, String key) {
        String prefix = EnvironmentNames.literalPrefix(key);
        Optional<Integer> covering =
                earliest(candidates(prefix, prefix.length()), glob -> Globs.covers(keys.get(glob), key));
        if (covering.isPresent()) {
            findings.add(new Finding(
                    index, covering.get(), true, neverMatches(index, covering.get(), "matches every name it does")));
        } else if (warnings) {
            List<Integer> overlapping = candidates(prefix, prefix.length());
            globsByPrefix
                    .subMap(prefix, false, prefix + Character.MAX_VALUE, false)
                    .values()
                    .forEach(overlapping::addAll);
            overlapping.stream()
                    .sorted()
                    .filter(glob -> !Globs.covers(key, keys.get(glob)))
                    .map(glob -> Globs.commonName(keys.get(glob), key)
                            .map(name -> new Finding(
                                    index,
                                    glob,
                                    false,
                                    quote(index) + " is partly shadowed: environments[" + glob + "] (" + quote(glob)
                                            + ") takes names like \"" + name + "\" first")))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(findings::add);
        }
        globsByPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(index);
        longestPrefix = Math.max(longestPrefix, prefix.length());
        if (EnvironmentNames.isCatchAll(key)) {
            catchAll = index;
        }
    }

    /** The earlier globs whose literal prefix is a prefix of {@code text}'s first {@code length} characters. */
    private List<Integer> candidates(String text, int length) {
        List<Integer> candidates = new ArrayList<>();
        for (int end = 0; end <= Math.min(length, longestPrefix); end++) {
            List<Integer> globs = globsByPrefix.get(text.substring(0, end));
            if (globs != null) {
                candidates.addAll(globs);
            }
        }
        return candidates;
    }

    private static Optional<Integer> earliest(List<Integer> candidates, java.util.function.Predicate<Integer> test) {
        return candidates.stream().sorted().filter(test).findFirst();
    }

    private String repeated(int index, int earlier) {
        if (names.get(index).equals(names.get(earlier))) {
            return quote(index) + " is listed twice (environments[" + earlier + "]); only the first can match";
        }
        return quote(index) + " is environments[" + earlier + "] (" + quote(earlier)
                + ") again: names match without regard to case and surrounding spaces, so only the first can match";
    }

    private String neverMatches(int index, int earlier, String how) {
        return quote(index) + " can never match: environments[" + earlier + "] (" + quote(earlier) + ") " + how;
    }

    private String quote(int index) {
        return InvalidRuleException.quote(names.get(index));
    }
}
