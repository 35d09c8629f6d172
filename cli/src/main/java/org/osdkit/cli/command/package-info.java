/**
 * What every command builds on: the bases of leaf commands and command groups, the application context
 * a leaf gets (settings, printer, injector), the exit codes, the {@code --what-if}, {@code --force} and
 * {@code --confirm} mixins and the confirmation question. It knows no command group, so the root command
 * in {@code org.osdkit.cli} names them all without an import circle.
 */
package org.osdkit.cli.command;
