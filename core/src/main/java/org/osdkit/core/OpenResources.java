package org.osdkit.core;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a composition root must close on exit, in reverse order of opening. Providers register what
 * they open, so a command that never touched the database never opens (or closes) it.
 */
public final class OpenResources implements AutoCloseable {

    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T register(T resource) {
        open.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
