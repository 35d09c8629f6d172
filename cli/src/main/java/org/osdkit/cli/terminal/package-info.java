/**
 * The terminal the CLI talks to: whether stdout and stderr are terminals, and whether they get colour
 * ({@link org.osdkit.cli.terminal.Colours}). The decision is made once per command line, in one place;
 * everything that prints asks it instead of looking at the console itself.
 */
package org.osdkit.cli.terminal;
