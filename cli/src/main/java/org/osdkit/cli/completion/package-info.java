/**
 * {@code osdkit completion bash|zsh|powershell}: shell completion scripts generated from the picocli
 * command model at run time, so they always list every command and option of the running osdkit.
 * Knows no command group: it walks the root command's model.
 */
package org.osdkit.cli.completion;
