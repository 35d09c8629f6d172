package org.osdkit.logs.diagnosis;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.Severity;

/**
 * A set of diagnosis rules read from YAML or JSON (JSON is YAML too): the built-in pack
 * ({@code known-issues.yaml}) and the admin's own files. Every rule is checked when loaded; a bad rule
 * is an error naming the file, the rule and the field.
 */
public final class RulePack {

    /** Sequence window when a rule gives none: the second line within 200 records and 10 minutes. */
    public static final int DEFAULT_WITHIN_RECORDS = 200;
    public static final Duration DEFAULT_WITHIN = Duration.ofMinutes(10);

    private static final YAMLMapper YAML = new YAMLMapper();

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

    /** Parses a pack from YAML or JSON; {@code name} is used in error messages. */
    public static RulePack parse(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JacksonException e) {
            throw invalid(name, "is not valid YAML/JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        }
        JsonNode list = root == null ? null : root.get("rules");
        if (list == null || !list.isArray()) {
            throw invalid(name, "needs a top-level \"rules:\" list");
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            Rule rule = rule(name, index, node);
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw invalid(name, "has two rules with id " + rule.id());
            }
        }
        return new RulePack(new ArrayList<>(rules.values()));
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

    private static Rule rule(String file, int index, JsonNode n) {
        String id = text(n, "id");
        String where = id == null ? "rule #" + index : "rule " + id;
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw invalid(file, where + ": \"id\" is required (letters, digits, - _ .)");
        }
        Severity severity = switch (String.valueOf(text(n, "severity")).toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw invalid(file, where + ": \"severity\" must be error, warning or info");
        };
        String confidence = text(n, "confidence") == null ? "medium" : text(n, "confidence").toLowerCase(Locale.ROOT);
        if (!List.of("high", "medium", "low").contains(confidence)) {
            throw invalid(file, where + ": \"confidence\" must be high, medium or low");
        }
        JsonNode sigs = n.get("signatures");
        if (sigs == null || !sigs.isArray() || sigs.isEmpty()) {
            throw invalid(file, where + ": \"signatures\" must list at least one signature");
        }
        List<Rule.Signature> signatures = new ArrayList<>();
        int s = 0;
        for (JsonNode sig : sigs) {
            signatures.add(signature(file, where + " signature " + (++s), sig));
        }
        require(file, where, n, "title");
        require(file, where, n, "cause");
        require(file, where, n, "fix");
        return new Rule(id, text(n, "title"), texts(n, "logs"), severity, confidence, signatures, text(n, "cause"), text(n, "fix"),
                texts(n, "references"), texts(n, "products"), text(n, "source") == null ? file : text(n, "source"),
                texts(n, "examples"), texts(n, "counterexamples"));
    }

    private static Rule.Signature signature(String file, String where, JsonNode sig) {
        List<Rule.Step> steps = new ArrayList<>();
        JsonNode seq = sig.get("sequence");
        if (seq != null) {
            if (!seq.isArray() || seq.isEmpty()) {
                throw invalid(file, where + ": \"sequence\" must list steps");
            }
            int i = 0;
            for (JsonNode step : seq) {
                steps.add(step(file, where + " step " + (++i), step));
            }
        } else {
            steps.add(step(file, where, sig));
        }
        int records = DEFAULT_WITHIN_RECORDS;
        Duration within = DEFAULT_WITHIN;
        JsonNode w = sig.get("within");
        if (w != null) {
            if (w.has("records")) {
                records = w.get("records").asInt(-1);
            }
            if (w.has("seconds")) {
                long seconds = w.get("seconds").asLong(-1);
                within = seconds < 0 ? null : Duration.ofSeconds(seconds);
            }
            if (records < 1 || within == null) {
                throw invalid(file, where + ": \"within\" needs positive \"records\" and/or \"seconds\"");
            }
        }
        return new Rule.Signature(steps, records, within);
    }

    private static Rule.Step step(String file, String where, JsonNode step) {
        String regex = text(step, "pattern");
        String code = text(step, "code");
        if (regex == null && code == null) {
            throw invalid(file, where + ": needs \"pattern\" or \"code\"");
        }
        Pattern pattern = null;
        if (regex != null) {
            try {
                pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw invalid(file, where + ": \"pattern\" is not a valid regular expression: " + e.getDescription());
            }
        }
        Long value = null;
        if (code != null) {
            value = ErrorCodes.parseNumber(code);
            if (value == null) {
                throw invalid(file, where + ": \"code\" " + code + " is not an error code");
            }
        }
        return new Rule.Step(pattern, value);
    }

    private static void require(String file, String where, JsonNode n, String field) {
        if (text(n, field) == null || text(n, field).isBlank()) {
            throw invalid(file, where + ": \"" + field + "\" is required");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> texts(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return List.of(v.asText());
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static OsdkitException invalid(String file, String what) {
        return new OsdkitException(LogsErrors.INVALID_RULE_PACK, "Rule pack " + file + " " + (what.startsWith("rule") ? "- " : "") + what + ".",
                "Fix the file; see the built-in known-issues.yaml for the format.");
    }
}
