package io.jenkins.plugins.deploygate.engine.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How two globs (keys, see {@link EnvironmentNames#key}) relate: whether one matches every name
 * the other does, and a name both match. Both walk the pairs of positions in the two globs, so
 * their cost is the product of the lengths; globs longer than a few hundred characters together
 * are not compared (and reported as unrelated).
 */
final class Globs {

    /** The most pairs of positions compared: two globs of 500 characters each. */
    private static final long MOST_PAIRS = 250_000;

    private Globs() {}

    /**
     * Whether {@code wide} matches every name {@code narrow} matches. Sound (a {@code true} is
     * always right) but not complete: {@code ?*} does match every name {@code *?} does, and this
     * says it does not. A wildcard of {@code narrow} is only covered by a wildcard of {@code wide}
     * at least as wide.
     */
    static boolean covers(String wide, String narrow) {
        int n = wide.length();
        int m = narrow.length();
        if ((long) (n + 1) * (m + 1) > MOST_PAIRS) {
            return false;
        }
        boolean[] seen = new boolean[(n + 1) * (m + 1)];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        seen[0] = true;
        while (!todo.isEmpty()) {
            int state = todo.pop();
            int i = state / (m + 1);
            int j = state % (m + 1);
            if (i == n && j == m) {
                return true;
            }
            if (i < n && wide.charAt(i) == '*') {
                visit(seen, todo, i + 1, j, m);
                if (j < m) {
                    visit(seen, todo, i, j + 1, m);
                }
            } else if (i < n && j < m && narrow.charAt(j) != '*') {
                char w = wide.charAt(i);
                char c = narrow.charAt(j);
                if (w == '?' || (c != '?' && w == c)) {
                    visit(seen, todo, i + 1, j + 1, m);
                }
            }
        }
        return false;
    }

    /** The shortest name both globs match, if there is one (a {@code ?} both have becomes {@code x}). */
    static Optional<String> commonName(String a, String b) {
        int n = a.length();
        int m = b.length();
        if ((long) (n + 1) * (m + 1) > MOST_PAIRS) {
            return Optional.empty();
        }
        int states = (n + 1) * (m + 1);
        Search search = new Search(states);
        Deque<Integer> todo = search.todo;
        while (!todo.isEmpty()) {
            int state = todo.poll();
            int i = state / (m + 1);
            int j = state % (m + 1);
            if (i == n && j == m) {
                return Optional.of(search.spell(state));
            }
            boolean starA = i < n && a.charAt(i) == '*';
            boolean starB = j < m && b.charAt(j) == '*';
            if (starA) {
                search.step(state, (i + 1) * (m + 1) + j, '\0');
            }
            if (starB) {
                search.step(state, i * (m + 1) + j + 1, '\0');
            }
            if (starA && j < m && !starB) {
                search.step(state, i * (m + 1) + j + 1, letter(b.charAt(j)));
            }
            if (starB && i < n && !starA) {
                search.step(state, (i + 1) * (m + 1) + j, letter(a.charAt(i)));
            }
            if (i < n && j < m && !starA && !starB) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (x == '?' || y == '?' || x == y) {
                    search.step(state, (i + 1) * (m + 1) + j + 1, letter(x == '?' ? y : x));
                }
            }
        }
        return Optional.empty();
    }

    private static void visit(boolean[] seen, Deque<Integer> todo, int i, int j, int m) {
        int state = i * (m + 1) + j;
        if (!seen[state]) {
            seen[state] = true;
            todo.push(state);
        }
    }

    /**
     * A 0-1 breadth-first search over pairs of positions: a move that spells no character costs
     * nothing and goes to the front, one that spells a character goes to the back, so the first
     * time the end is taken from the queue its name is a shortest one.
     */
    private static final class Search {
        final Deque<Integer> todo = new ArrayDeque<>();
        private final int[] length;
        private final int[] parent;
        private final char[] emitted;

        Search(int states) {
            length = new int[states];
            parent = new int[states];
            emitted = new char[states];
            java.util.Arrays.fill(length, Integer.MAX_VALUE);
            length[0] = 0;
            parent[0] = -1;
            todo.add(0);
        }

        void step(int from, int to, char letter) {
            int cost = letter == '\0' ? 0 : 1;
            if (length[from] + cost >= length[to]) {
                return;
            }
            length[to] = length[from] + cost;
            parent[to] = from;
            emitted[to] = letter;
            if (cost == 0) {
                todo.addFirst(to);
            } else {
                todo.addLast(to);
            }
        }

        String spell(int end) {
            StringBuilder name = new StringBuilder();
            for (int state = end; parent[state] >= 0; state = parent[state]) {
                if (emitted[state] != '\0') {
                    name.append(emitted[state]);
                }
            }
            return name.reverse().toString();
        }
    }

    private static char letter(char glob) {
        return glob == '?' ? 'x' : glob;
    }
}
