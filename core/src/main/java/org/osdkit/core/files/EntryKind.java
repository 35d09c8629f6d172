package org.osdkit.core.files;

/** What a directory entry is in itself, links not followed. */
public enum EntryKind {
    /** A regular file. */
    FILE,
    /** A directory (on Windows also a junction or mount folder: see {@link EntryFacts#reparsePoint()}). */
    DIRECTORY,
    /** A symbolic link, to a file or a folder, dangling or not. */
    LINK,
    /** Anything else: a socket, a pipe, a device node. */
    OTHER
}
