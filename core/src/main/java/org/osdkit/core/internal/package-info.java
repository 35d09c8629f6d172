/** Adapters behind core's ports (the JDBC audit journal); never exported. */
package org.osdkit.core.internal;
