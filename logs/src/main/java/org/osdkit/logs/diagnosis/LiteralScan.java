package org.osdkit.logs.diagnosis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a fixed set of ASCII literals occur in a message, ignoring ASCII case, in one pass
 * and without allocating: an Aho-Corasick automaton with a dense transition table over the few
 * character classes the literals use. A message holding any non-ASCII character is not scanned at
 * all: {@link #scan} says so, and the caller decides such messages the way it did before, because
 * Unicode case folding can map non-ASCII characters onto ASCII ones.
 */
final class LiteralScan {

    private final int classes;
    private final byte[] classOf = new byte[128];
    /**
     * Next state by state and character class, failure links already folded in. A state is held as
     * its row's offset ({@code state * classes}), complemented when some literal ends there.
     */
    private final int[] next;
    /** The ids of the literals that end in each state (its own and through failure links), or null. */
    private final int[][] ends;
    private final int literals;

    private LiteralScan(List<String> literals) {
        this.literals = literals.size();
        int k = 1;
        for (String literal : literals) {
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (byte) k;
                    if (c >= 'a' && c <= 'z') {
                        classOf[c - 'a' + 'A'] = (byte) k;
                    }
                    k++;
                }
            }
        }
        classes = k;
        List<int[]> go = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        go.add(newRow());
        out.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            String literal = literals.get(id);
            int s = 0;
            for (int i = 0; i < literal.length(); i++) {
                int c = classOf[literal.charAt(i)];
                if (go.get(s)[c] < 0) {
                    go.get(s)[c] = go.size();
                    go.add(newRow());
                    out.add(new ArrayList<>());
                }
                s = go.get(s)[c];
            }
            out.get(s).add(id);
        }
        // Breadth first: a state's failure target is shallower, so its transitions are complete already.
        int[] fail = new int[go.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] root = go.get(0);
        for (int c = 0; c < classes; c++) {
            if (root[c] < 0) {
                root[c] = 0;
            } else {
                queue.add(root[c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            int[] row = go.get(s);
            for (int c = 0; c < classes; c++) {
                if (row[c] < 0) {
                    row[c] = go.get(fail[s])[c];
                } else {
                    fail[row[c]] = go.get(fail[s])[c];
                    queue.add(row[c]);
                }
            }
        }
        next = new int[go.size() * classes];
        ends = new int[go.size()][];
        for (int s = 0; s < go.size(); s++) {
            for (int c = 0; c < classes; c++) {
                int t = go.get(s)[c];
                next[s * classes + c] = out.get(t).isEmpty() ? t * classes : ~(t * classes);
            }
            List<Integer> ids = out.get(s);
            ends[s] = ids.isEmpty() ? null : ids.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
    }

    private int[] newRow() {
        int[] row = new int[classes];
        Arrays.fill(row, -1);
        return row;
    }

    /** How many literals the scan looks for; their ids are 0 to this, less one. */
    int size() {
        return literals;
    }

    /**
     * Marks in {@code seen} (with {@code stamp}) the id of every literal that occurs in {@code message};
     * false, with {@code seen} incomplete, when the message holds a non-ASCII character.
     */
    boolean scan(String message, int[] seen, int stamp) {
        int state = 0;
        for (int i = 0, n = message.length(); i < n; i++) {
            char c = message.charAt(i);
            if (c >= 128) {
                return false;
            }
            state = next[state + classOf[c]];
            if (state < 0) {
                state = ~state;
                for (int id : ends[state / classes]) {
                    seen[id] = stamp;
                }
            }
        }
        return true;
    }

    /** Gives each distinct literal an id, then builds the scan for them all. */
    static final class Builder {

        private final Map<String, Integer> ids = new LinkedHashMap<>();

        /** The id of {@code literal}, which must be ASCII and lower case. */
        int id(String literal) {
            if (literal.isEmpty() || !literal.chars().allMatch(c -> c < 128 && (c < 'A' || c > 'Z'))) {
                throw new IllegalArgumentException("not a lower-case ASCII literal: " + literal);
            }
            return ids.computeIfAbsent(literal, l -> ids.size());
        }

        LiteralScan build() {
            return new LiteralScan(new ArrayList<>(ids.keySet()));
        }
    }
}
