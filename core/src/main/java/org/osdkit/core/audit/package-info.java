/** The audit-journal port: who changed what, when, with the values before and after. */
package org.osdkit.core.audit;
