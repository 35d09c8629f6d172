package org.osdkit.drivers.inf;

import java.util.Objects;

/**
 * One thing the parser or the lint found in an INF, with the file and line it is about (line 0 means
 * the whole file).
 *
 * @param rule    the stable rule, which carries the code and severity
 * @param source  the INF's name or path as given to the parser
 * @param line    1-based physical line, 0 for the whole file
 * @param message what is wrong, naming the section, key or value
 */
public record InfFinding(InfRule rule, String source, int line, String message) {

    public InfFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
    }

    static InfFinding of(InfRule rule, int line, String message) {
        return new InfFinding(rule, "", line, message);
    }

    InfFinding in(String newSource) {
        return new InfFinding(rule, newSource, line, message);
    }

    public String code() {
        return rule.code();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** {@code file:line: SEVERITY CODE message}, the shape compilers and InfVerif print. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + severity() + " " + code() + " " + message;
    }
}
