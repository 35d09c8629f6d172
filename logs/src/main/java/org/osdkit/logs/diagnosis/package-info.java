/**
 * Diagnosis: rule packs (YAML or JSON, bound by Jackson), rules, the {@link org.osdkit.logs.diagnosis.DiagnoseLogs}
 * use case, its findings with evidence, and the {@link org.osdkit.logs.diagnosis.DiagnosisHistory} port
 * (implemented in {@code org.osdkit.logs.jdbc}).
 *
 * <p>The literal prefilter ({@code LiteralScan}, {@code AlternationLiterals}) is hand-written because no
 * library does case-insensitive multi-literal prefiltering with Java regex semantics exactly: one pass
 * per record finds which of all the rules' literals occur (ASCII case folded, no lower-cased copy), and
 * a message with any non-ASCII character, which Unicode case folding could map onto ASCII, keeps the
 * older checks, so a step matches exactly when it did before.
 */
package org.osdkit.logs.diagnosis;
