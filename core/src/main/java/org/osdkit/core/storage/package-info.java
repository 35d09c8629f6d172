/**
 * Storage plumbing: an embedded H2 database in the workspace by default, PostgreSQL by URL, and
 * per-module Flyway migrations ({@code db/migration/<module>/common|h2|postgresql}) with their own
 * history tables, so a module used alone as a library brings its own schema. Histories written by
 * osdkit's earlier, hand-made migrator are taken over in place.
 */
package org.osdkit.core.storage;
