/** The slf4j binding that writes osdkit's own log in the CMTrace format into the workspace. */
package org.osdkit.cli.logging;
