/** The workspace folder: where osdkit keeps its embedded database, its own logs and its settings. */
package org.osdkit.core.workspace;
