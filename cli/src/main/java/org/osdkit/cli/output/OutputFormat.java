package org.osdkit.cli.output;

/** How a command prints its results: a table for people, CSV or JSON for pipelines. */
public enum OutputFormat {
    table,
    json,
    csv
}
