/**
 * Output of the CLI through the command's own writers: aligned tables for people, JSON written with
 * core's {@code OsdkitJson} (the REST API's configuration, so both print the same shapes) and CSV
 * written by jackson-dataformat-csv with that same configuration.
 */
package org.osdkit.cli.output;
