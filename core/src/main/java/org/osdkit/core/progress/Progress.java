package org.osdkit.core.progress;

/**
 * Told by a long-running operation how far it got, so a front-end can show it (a bar on a terminal, a
 * status line on a web page) without the domain knowing how. Called on the operation's own thread; a
 * listener must be quick and must not throw.
 */
@FunctionalInterface
public interface Progress {

    /** Shows nothing. */
    Progress NONE = (task, done, total) -> { };

    /**
     * @param task  what is being done, in a few words ("Distributing LAB00012 to dp01.corp.example");
     *              a new task text starts a new bar
     * @param done  units finished so far (files, bytes, stores, lines), never more than {@code total}
     * @param total units in the whole task; 0 or less when not known in advance
     */
    void update(String task, long done, long total);
}
