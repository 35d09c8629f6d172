/**
 * Diagnosis: rule packs (YAML or JSON, bound by Jackson), rules, the {@link org.osdkit.logs.diagnosis.DiagnoseLogs}
 * use case, its findings with evidence, and the {@link org.osdkit.logs.diagnosis.DiagnosisHistory} port
 * (implemented in {@code org.osdkit.logs.jdbc}).
 */
package org.osdkit.logs.diagnosis;
