package org.osdkit.sites.description;

/**
 * What recovery found for one unfinished attempt and what it did.
 *
 * @param attempt  the attempt as it was found
 * @param found    what the site control file held
 * @param result   how it ended
 * @param done     what was found and done, in words
 * @param changeId the change recorded when it was finished as applied, else {@code null}
 */
public record AttemptRecovery(ChangeAttempt attempt, Found found, Result result, String done, Long changeId) {

    /** The site control file compared with the attempt's hashes. */
    public enum Found {
        /** The file as osdkit read it before the change. */
        ORIGINAL,
        /** Exactly the file the change meant to write. */
        INTENDED,
        /** Neither: a half-done or foreign write. */
        OTHER,
        /** The file could not be read (missing, no access). */
        UNREADABLE,
        /** Not looked at: the attempt was left alone. */
        NOT_LOOKED
    }

    /** How recovery ended for the attempt. */
    public enum Result {
        /** The intended file was verified and the service put back as it was: recorded as an applied change. */
        APPLIED,
        /** The original file is in place (restored, or never replaced) and the service is back as it was. */
        ROLLED_BACK,
        /** The file could not be restored or the service not started: the attempt stays unfinished. */
        FAILED,
        /** Its process is still running it: left alone. */
        IN_PROGRESS,
        /** Recorded with another service controller than the one given: left for a run with that site's options. */
        SKIPPED,
        /** A what-if run: nothing was done. */
        WOULD_RECOVER,
        /** Asked before acting (--confirm) and answered no: left unfinished. */
        DECLINED;

        /** The attempt is still unfinished and nobody is working on it. */
        public boolean problem() {
            return this == FAILED || this == SKIPPED;
        }
    }
}
