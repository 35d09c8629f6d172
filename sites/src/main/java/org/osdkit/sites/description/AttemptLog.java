package org.osdkit.sites.description;

import java.time.Clock;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one attempt on through the history as its steps happen, each in its own committed transaction.
 * A step that gates the write ({@link AttemptState#BACKED_UP}) must be recorded or the change stops
 * there; the others are best effort, because recovery judges by the file on disk and the record only
 * tells it whether osdkit may have written.
 */
final class AttemptLog {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptLog.class);

    private final ChangeHistory history;
    private final Clock clock;
    private final long id;
    private final Consumer<String> progress;
    private AttemptState state;

    AttemptLog(ChangeHistory history, Clock clock, ChangeAttempt attempt, Consumer<String> progress) {
        this.history = history;
        this.clock = clock;
        this.id = attempt.id();
        this.state = attempt.state();
        this.progress = progress;
    }

    long id() {
        return id;
    }

    AttemptState state() {
        return state;
    }

    /** Records {@code next}; fails the change ({@code SITE-HISTORY-FAILED}) when it cannot. */
    void required(AttemptState next, String note) {
        try {
            history.advance(id, next, note, clock.instant());
            state = next;
        } catch (RuntimeException e) {
            throw new OsdkitException(SiteErrors.HISTORY_FAILED, "Could not record step " + next + " of change attempt " + id + " (" + e.getMessage()
                    + "), so osdkit does not go on to write the file.", "Check the database, then run the command again.", e);
        }
    }

    /** Records {@code next} if the database lets it; a failure is only reported. */
    void bestEffort(AttemptState next, String note) {
        try {
            history.advance(id, next, note, clock.instant());
            state = next;
        } catch (RuntimeException e) {
            LOG.warn("Could not record step {} of change attempt {}: {}", next, id, e.getMessage());
            progress.accept("Could not record step " + next + " of change attempt " + id + " (" + e.getMessage()
                    + "); 'osdkit sites recover' judges by the file on disk anyway");
        }
    }

    /** Adds what happened to the current step, e.g. why a rollback could not finish. */
    void note(String note) {
        bestEffort(state, note);
    }
}
