/** osdkit's own log, written in the CMTrace format with ConfigMgr's {@code .lo_} rollover. */
package org.osdkit.core.logging;
