/** The filter clauses CMTrace admins know (severity, component, thread, time, text, regex), applied to streamed records. */
package org.osdkit.logs.filter;
