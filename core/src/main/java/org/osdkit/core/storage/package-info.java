/**
 * Storage plumbing: an embedded H2 database in the workspace by default, PostgreSQL by URL, and
 * per-module schema migrations with their own history tables, so a module used alone as a library
 * brings its own schema.
 */
package org.osdkit.core.storage;
