/**
 * The audit-journal port: who changed what, when, with the values before and after; and
 * {@link org.osdkit.core.audit.AuditTable}, its JDBC side, for another module's adapter that writes an
 * entry in the same transaction as its own change.
 */
package org.osdkit.core.audit;
