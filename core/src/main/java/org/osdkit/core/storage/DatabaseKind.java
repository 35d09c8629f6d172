package org.osdkit.core.storage;

/** The database products osdkit stores its catalog, history and journals in. */
public enum DatabaseKind {
    /** Embedded H2 file database in the workspace: one admin, one machine, nothing to install. */
    H2,
    /** A shared PostgreSQL server: several osdkit instances, one system of record. */
    POSTGRESQL
}
