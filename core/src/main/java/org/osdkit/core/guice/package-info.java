/**
 * Core's Guice module, {@link org.osdkit.core.guice.CoreModule}, for applications that wire with
 * Guice. Nothing else in core uses Guice: a library user who builds {@code Database} and
 * {@code AuditJournal} by hand needs no Guice at run time.
 */
package org.osdkit.core.guice;
