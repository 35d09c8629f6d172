package org.osdkit.sites.description;

import java.time.Instant;
import java.util.Objects;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.service.ServiceState;

/**
 * One description change as osdkit carries it out: recorded before the service is stopped, moved on
 * at every step, and finished as {@link AttemptState#APPLIED} (with the {@link SiteChange} it produced)
 * or {@link AttemptState#ROLLED_BACK}. An unfinished one is what a killed run leaves behind; it holds
 * everything needed to recognise the file on disk and to put the original back.
 *
 * @param id             attempt id ({@code 0} until recorded)
 * @param startedAt      when it was recorded
 * @param updatedAt      when its state last changed
 * @param actor          the account that ran osdkit
 * @param owner          the process that ran it
 * @param site           the site
 * @param controlFile    the site control file
 * @param oldValue       the description before
 * @param newValue       the description intended
 * @param originalSha256 SHA-256 of the file as read
 * @param intendedSha256 SHA-256 of the file as it is to be written (the intended bytes themselves are the original with only the description changed)
 * @param backupFile     where the original's copy goes (it exists from {@link AttemptState#BACKED_UP} on)
 * @param service        the service controller it used ({@link org.osdkit.sites.service.ServiceController#description()})
 * @param serviceBefore  the service's state before the change: recovery leaves it in that state
 * @param revertOf       the change this one reverts, or {@code null}
 * @param state          how far it got
 * @param note           what the last step found or did, or {@code null}
 * @param changeId       the recorded change once {@link AttemptState#APPLIED}, else {@code null}
 */
public record ChangeAttempt(long id, Instant startedAt, Instant updatedAt, String actor, AttemptOwner owner, SiteCode site, String controlFile,
                            String oldValue, String newValue, String originalSha256, String intendedSha256, String backupFile,
                            String service, ServiceState serviceBefore, Long revertOf, AttemptState state, String note, Long changeId) {

    public ChangeAttempt {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(controlFile, "controlFile");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(originalSha256, "originalSha256");
        Objects.requireNonNull(intendedSha256, "intendedSha256");
        Objects.requireNonNull(backupFile, "backupFile");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceBefore, "serviceBefore");
        Objects.requireNonNull(state, "state");
    }

    /** The service was running (or on its way there) before the change, so it must end running. */
    public boolean serviceWasRunning() {
        return serviceBefore != ServiceState.STOPPED;
    }
}
