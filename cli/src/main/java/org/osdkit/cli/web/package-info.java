/** {@code osdkit web}: starts the dashboard. */
package org.osdkit.cli.web;
