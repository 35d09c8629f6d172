package org.osdkit.logs.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

/**
 * A set of diagnosis rules read from YAML or JSON (JSON is YAML too): the built-in pack
 * ({@code known-issues.yaml}) and the admin's own files. Every rule is checked when loaded; a bad rule
 * is an error naming the file, the rule and the field.
 */
public final class RulePack {

    /** Sequence window when a rule gives none: the second line within 200 records and 10 minutes. */
    public static final int DEFAULT_WITHIN_RECORDS = 200;
    public static final Duration DEFAULT_WITHIN = Duration.ofMinutes(10);

    private final List<Rule> rules;

    private RulePack(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RulePack of(List<Rule> rules) {
        return new RulePack(rules);
    }

    private static final class Holder {
        static final RulePack BUILT_IN = builtInPack();
    }

    /** The rules shipped with osdkit (the rows of the known-issues reference, the seed's case first). */
    public static RulePack builtIn() {
        return Holder.BUILT_IN;
    }

    private static RulePack builtInPack() {
        try (InputStream in = RulePack.class.getResourceAsStream("known-issues.yaml")) {
            if (in == null) {
                throw new IllegalStateException("known-issues.yaml is missing from the osdkit-logs jar");
            }
            return parse("known-issues.yaml", in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in rules", e);
        }
    }

    /** Reads an admin's rule file. */
    public static RulePack load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "Rule file " + file + " does not exist.", "Check the --rules path.");
        } catch (IOException e) {
            throw new OsdkitException(LogsErrors.FILE_UNREADABLE, "Cannot read rule file " + file + ": " + e.getMessage() + ".", "Check permissions.", e);
        }
    }

    /**
     * Parses a pack from YAML or JSON; {@code name} is used in error messages. A pack that is not
     * valid YAML, or a rule with a missing or wrong field, is an {@link LogsErrors#INVALID_RULE_PACK}.
     */
    public static RulePack parse(String name, InputStream in) throws IOException {
        return new RulePack(RulePackReader.read(name, in.readAllBytes()));
    }

    /** This pack's rules followed by {@code other}'s; a rule of {@code other} with the same id replaces ours. */
    public RulePack plus(RulePack other) {
        Map<String, Rule> merged = new LinkedHashMap<>();
        rules.forEach(r -> merged.put(r.id(), r));
        other.rules.forEach(r -> merged.put(r.id(), r));
        return new RulePack(new ArrayList<>(merged.values()));
    }

    public List<Rule> rules() {
        return rules;
    }
}
