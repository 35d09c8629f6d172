/**
 * Diagnosis: rule packs (YAML or JSON, bound by Jackson), rules, the {@link org.osdkit.logs.diagnosis.DiagnoseLogs}
 * use case, its findings with evidence, and the {@link org.osdkit.logs.diagnosis.DiagnosisHistory} port
 * (implemented in {@code org.osdkit.logs.jdbc}).
 *
 * <p>The literal prefilter ({@code LiteralScan}, {@code AlternationLiterals}) is hand-written because no
 * library does case-insensitive multi-literal prefiltering with Java regex semantics exactly: one pass
 * per record finds which of all the rules' literals occur (ASCII case folded, no lower-cased copy), and
 * a message with any non-ASCII character, which Unicode case folding could map onto ASCII, skips the
 * prefilter and goes to the regex, so a step's pattern matches exactly when its regex does (a literal
 * looked for in a lower-cased copy, as before, missed U+017F for s and U+0131 / U+0130 for i).
 */
package org.osdkit.logs.diagnosis;
