package org.osdkit.logs.diagnosis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.diagnosis.RulePackFile.Confidence;
import org.osdkit.logs.diagnosis.RulePackFile.RuleEntry;
import org.osdkit.logs.diagnosis.RulePackFile.SignatureEntry;
import org.osdkit.logs.diagnosis.RulePackFile.StepEntry;
import org.osdkit.logs.diagnosis.RulePackFile.Within;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.Severity;

/**
 * Reads a rule pack (YAML, or JSON, which is YAML too): Jackson binds the file onto
 * {@link RulePackFile}, then every rule is checked. Whatever is wrong, the error names the file, the
 * rule (by id when it has one, else by position) and the field, and says what the field must hold.
 */
final class RulePackReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final String NEEDS_RULES = "needs a top-level \"rules:\" list";

    /**
     * Unknown fields are ignored, as they always were, so a pack written for a newer osdkit still
     * loads. Enums are matched in any case but never by number: {@code severity: 3} is not a severity.
     */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Only the ids, read again when binding failed, so the error can name the rule by its id. */
    private record Ids(List<Id> rules) {
    }

    private record Id(String id) {
    }

    private RulePackReader() {
    }

    /** The rules of {@code content}; {@code file} names it in errors. */
    static List<Rule> read(String file, byte[] content) {
        RulePackFile pack;
        try {
            pack = YAML.readValue(content, RulePackFile.class);
        } catch (StreamReadException e) {
            throw invalid(file, notYaml(e));
        } catch (InvalidDefinitionException e) {
            // Our records cannot be bound (on the module path: the package is not opened to Jackson).
            throw new IllegalStateException("cannot bind rule packs: " + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            // Binding stops at the first value of the wrong type; a syntax error further on is the
            // more useful message, so the whole file is read through first.
            checkSyntax(file, content);
            throw invalid(file, wrongShape(content, e));
        } catch (IOException e) {
            // Reading from a byte array fails only by content, which the cases above cover.
            throw invalid(file, "cannot be read: " + e.getMessage());
        }
        if (pack == null || pack.rules() == null) {
            throw invalid(file, NEEDS_RULES);
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        int index = 0;
        for (RuleEntry entry : pack.rules()) {
            index++;
            Rule rule = rule(file, index, entry);
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw invalid(file, "has two rules with id " + rule.id());
            }
        }
        return new ArrayList<>(rules.values());
    }

    /** Reads every token of {@code content}, to report a syntax error anywhere in it. */
    private static void checkSyntax(String file, byte[] content) {
        try (JsonParser p = YAML.createParser(content)) {
            while (p.nextToken() != null) {
                // Only the syntax is checked here.
            }
        } catch (StreamReadException e) {
            throw invalid(file, notYaml(e));
        } catch (IOException e) {
            // Not a syntax error: the binding error is reported.
        }
    }

    private static String notYaml(StreamReadException e) {
        return "is not valid YAML/JSON: " + e.getOriginalMessage() + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "");
    }

    private static Rule rule(String file, int index, RuleEntry n) {
        String id = n == null ? null : n.id();
        String where = id == null ? "rule #" + index : "rule " + id;
        if (id == null || !ID.matcher(id).matches()) {
            throw invalid(file, where + ": \"id\" is required (letters, digits, - _ .)");
        }
        if (n.severity() == null || n.severity() == Severity.VERBOSE) {
            throw invalid(file, where + ": " + fieldRule("severity"));
        }
        String confidence = (n.confidence() == null ? Confidence.MEDIUM : n.confidence()).name().toLowerCase(Locale.ROOT);
        if (n.signatures() == null || n.signatures().isEmpty()) {
            throw invalid(file, where + ": " + fieldRule("signatures"));
        }
        List<Rule.Signature> signatures = new ArrayList<>();
        int s = 0;
        for (SignatureEntry sig : n.signatures()) {
            signatures.add(signature(file, where + " signature " + (++s), sig));
        }
        require(file, where, "title", n.title());
        require(file, where, "cause", n.cause());
        require(file, where, "fix", n.fix());
        return new Rule(id, n.title(), list(n.logs()), n.severity(), confidence, signatures, n.cause(), n.fix(),
                list(n.references()), list(n.products()), n.source() == null ? file : n.source(),
                list(n.examples()), list(n.counterexamples()));
    }

    private static Rule.Signature signature(String file, String where, SignatureEntry sig) {
        List<Rule.Step> steps = new ArrayList<>();
        if (sig != null && sig.sequence() != null) {
            if (sig.sequence().isEmpty()) {
                throw invalid(file, where + ": " + fieldRule("sequence"));
            }
            int i = 0;
            for (StepEntry step : sig.sequence()) {
                steps.add(step(file, where + " step " + (++i), step == null ? null : step.pattern(), step == null ? null : step.code()));
            }
        } else {
            steps.add(step(file, where, sig == null ? null : sig.pattern(), sig == null ? null : sig.code()));
        }
        int records = RulePack.DEFAULT_WITHIN_RECORDS;
        Duration within = RulePack.DEFAULT_WITHIN;
        Within w = sig == null ? null : sig.within();
        if (w != null) {
            if (w.records() != null) {
                records = w.records();
            }
            if (w.seconds() != null) {
                within = w.seconds() < 0 ? null : Duration.ofSeconds(w.seconds());
            }
            if (records < 1 || within == null) {
                throw invalid(file, where + ": " + fieldRule("within"));
            }
        }
        return new Rule.Signature(steps, records, within);
    }

    private static Rule.Step step(String file, String where, String regex, String code) {
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

    private static void require(String file, String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(file, where + ": \"" + field + "\" is required");
        }
    }

    /** What a field must hold, for the fields whose rule is more than their type. */
    private static String fieldRule(String field) {
        return switch (field) {
            case "severity" -> "\"severity\" must be error, warning or info";
            case "confidence" -> "\"confidence\" must be high, medium or low";
            case "signatures" -> "\"signatures\" must list at least one signature";
            case "sequence" -> "\"sequence\" must list steps";
            case "within", "records", "seconds" -> "\"within\" needs positive \"records\" and/or \"seconds\"";
            default -> null;
        };
    }

    /**
     * Says where a value of the wrong type sits, from Jackson's path into the file
     * ({@code rules[2].signatures[0].within.records}): the rule, its signature and step, and the field.
     */
    private static String wrongShape(byte[] content, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() < 2 || path.get(1).getIndex() < 0) {
            return NEEDS_RULES;
        }
        StringBuilder where = new StringBuilder(ruleName(content, path.get(1).getIndex()));
        String fields = "id, title, severity, signatures, ...";
        String field = null;
        for (JsonMappingException.Reference ref : path.subList(2, path.size())) {
            if (ref.getFieldName() != null) {
                field = ref.getFieldName();
            } else if ("signatures".equals(field)) {
                where.append(" signature ").append(ref.getIndex() + 1);
                fields = "pattern, code, sequence, within";
                field = null;
            } else if ("sequence".equals(field)) {
                where.append(" step ").append(ref.getIndex() + 1);
                fields = "pattern, code";
                field = null;
            }
        }
        if (field == null) {
            return where + ": is not a map of fields (" + fields + ")";
        }
        String known = fieldRule(field);
        return where + ": " + (known != null ? known : "\"" + field + "\" must be " + expected(e));
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == String.class) {
            return "text";
        }
        if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            return "a list";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a number";
        }
        return "a map of fields";
    }

    /** The rule's id when the file gives one that reads as text, else its position. */
    private static String ruleName(byte[] content, int index) {
        try {
            Ids ids = YAML.readValue(content, Ids.class);
            String id = ids.rules().get(index).id();
            if (id != null) {
                return "rule " + id;
            }
        } catch (IOException | RuntimeException e) {
            // The ids do not read either: the position is all there is.
        }
        return "rule #" + (index + 1);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static OsdkitException invalid(String file, String what) {
        return new OsdkitException(LogsErrors.INVALID_RULE_PACK, "Rule pack " + file + " " + (what.startsWith("rule") ? "- " : "") + what + ".",
                "Fix the file; see the built-in known-issues.yaml for the format.");
    }
}
