package org.osdkit.sites.description;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.SiteCode;

/**
 * The port that keeps every site description change: the attempts as they happen, step by step, and
 * the changes they applied, so that a killed run can be recovered and a change listed and reverted.
 * Every method that writes has committed when it returns. The JDBC implementation comes from
 * {@code SitesStorage.jdbc(database)}.
 */
public interface ChangeHistory {

    /** Records a new attempt (its id, state and change id are ignored: it starts {@link AttemptState#PENDING}) and returns it with its id. */
    ChangeAttempt begin(ChangeAttempt attempt);

    /**
     * Moves an unfinished attempt to {@code state} (anything but {@link AttemptState#APPLIED}, which
     * {@link #applied} sets), with what the step found or did.
     *
     * @throws IllegalStateException when the attempt is unknown or already finished (another process recovered it)
     */
    ChangeAttempt advance(long attemptId, AttemptState state, String note, Instant at);

    /**
     * Finishes an attempt as {@link AttemptState#APPLIED} and records the change it made, in one
     * transaction; the change's time is {@code changedAt}.
     *
     * @throws IllegalStateException when the attempt is unknown or already finished
     */
    SiteChange applied(long attemptId, Instant changedAt, String note);

    Optional<ChangeAttempt> attempt(long attemptId);

    /** The attempts not yet finished, oldest first; {@code site} {@code null} for every site. */
    List<ChangeAttempt> unfinished(SiteCode site);

    Optional<SiteChange> find(long id);

    /** The applied changes, newest first; {@code site} {@code null} for every site. */
    List<SiteChange> list(SiteCode site, int limit);
}
