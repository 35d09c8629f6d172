package org.osdkit.drivers.inf;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The {@code [Strings]} and {@code [Strings.<LANGID>]} sections of one INF and the substitution of
 * {@code %strkey%} tokens. A language is chosen as Windows chooses it: exact LANGID, then the same
 * primary language with SUBLANG_NEUTRAL, then the same primary language with any sublanguage, then
 * the undecorated section. A token the chosen section lacks is then looked up in the undecorated
 * section, where vendors keep their non-localised strings.
 */
public final class InfStrings {

    /** The LANGID catalog display names use: US English, falling back to the undecorated section. */
    public static final int DEFAULT_LANGUAGE = 0x0409;
    private static final int UNDECORATED = -1;
    private static final int PRIMARY_MASK = 0x3FF;

    private final Map<Integer, Map<String, String>> byLanguage;

    private InfStrings(Map<Integer, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static InfStrings of(List<InfSection> sections) {
        Map<Integer, Map<String, String>> byLanguage = new TreeMap<>();
        for (InfSection section : sections) {
            Integer language = language(section.name());
            if (language == null) {
                continue;
            }
            Map<String, String> strings = byLanguage.computeIfAbsent(language, k -> new HashMap<>());
            for (InfLine line : section.lines()) {
                if (line.key() != null) {
                    strings.putIfAbsent(line.key().toLowerCase(Locale.ROOT), String.join(",", line.values()));
                }
            }
        }
        return new InfStrings(byLanguage);
    }

    /** The LANGID of a strings section's name, {@link #UNDECORATED} for {@code [Strings]}, null for other sections. */
    private static Integer language(String sectionName) {
        if (sectionName.equalsIgnoreCase("strings")) {
            return UNDECORATED;
        }
        if (sectionName.length() > 8 && sectionName.regionMatches(true, 0, "strings.", 0, 8)) {
            try {
                int id = Integer.parseInt(sectionName.substring(8), 16);
                return id >= 0 && id <= 0xFFFF ? id : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The LANGIDs with their own section, without the undecorated one. */
    public Set<Integer> languages() {
        Set<Integer> out = new java.util.TreeSet<>(byLanguage.keySet());
        out.remove(UNDECORATED);
        return Collections.unmodifiableSet(out);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** The strings section Windows would use for {@code languageId}: its LANGID, or -1 for the undecorated one, or empty when there is none. */
    public Optional<Integer> chosenSection(int languageId) {
        if (byLanguage.containsKey(languageId)) {
            return Optional.of(languageId);
        }
        int primary = languageId & PRIMARY_MASK;
        if (byLanguage.containsKey(primary)) {
            return Optional.of(primary);
        }
        for (Integer candidate : byLanguage.keySet()) {
            if (candidate != UNDECORATED && (candidate & PRIMARY_MASK) == primary) {
                return Optional.of(candidate);
            }
        }
        return byLanguage.containsKey(UNDECORATED) ? Optional.of(UNDECORATED) : Optional.empty();
    }

    /** The value of {@code key} for {@code languageId}, or empty when no section defines it. */
    public Optional<String> get(String key, int languageId) {
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<Integer> chosen = chosenSection(languageId);
        if (chosen.isPresent()) {
            String value = byLanguage.get(chosen.get()).get(lower);
            if (value != null) {
                return Optional.of(value);
            }
        }
        Map<String, String> undecorated = byLanguage.get(UNDECORATED);
        return Optional.ofNullable(undecorated == null ? null : undecorated.get(lower));
    }

    /** Substitutes tokens for {@link #DEFAULT_LANGUAGE}; undefined tokens stay as written. */
    public String resolve(String raw) {
        return resolve(raw, DEFAULT_LANGUAGE, t -> { });
    }

    /**
     * Substitutes every {@code %strkey%} and turns {@code %%} into {@code %}. Numeric tokens such as
     * {@code %13%} are directory IDs, not strings, and stay as written; an undefined token stays as
     * written and is passed to {@code undefined}.
     */
    public String resolve(String raw, int languageId, Consumer<String> undefined) {
        int first = raw.indexOf('%');
        if (first < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length() + 16).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int close = raw.indexOf('%', i + 1);
            if (close < 0) {
                out.append(c);
                continue;
            }
            if (close == i + 1) {
                out.append('%');
            } else {
                String key = raw.substring(i + 1, close);
                Optional<String> value = isDirectoryId(key) ? Optional.empty() : get(key, languageId);
                if (value.isPresent()) {
                    out.append(value.get());
                } else {
                    out.append(raw, i, close + 1);
                    if (!isDirectoryId(key)) {
                        undefined.accept(key);
                    }
                }
            }
            i = close;
        }
        return out.toString();
    }

    private static boolean isDirectoryId(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return !key.isEmpty();
    }
}
