package org.osdkit.sites.description;

import java.time.Instant;
import java.util.Objects;
import org.osdkit.core.SiteCode;

/**
 * One site description change osdkit made in a site control file: who, when, which site and file,
 * the value before and after, and the backup that holds the file as it was.
 *
 * @param id          history id ({@code 0} until recorded)
 * @param changedAt   when the new file was in place and verified
 * @param actor       the account that ran osdkit
 * @param site        the site whose description changed
 * @param controlFile the site control file
 * @param oldValue    the description before
 * @param newValue    the description after
 * @param backupFile  the copy of the file before the change
 * @param oldSha256   SHA-256 of the file before
 * @param newSha256   SHA-256 of the file after
 * @param revertOf    the change this one reverted, or {@code null}
 */
public record SiteChange(long id, Instant changedAt, String actor, SiteCode site, String controlFile, String oldValue, String newValue,
                         String backupFile, String oldSha256, String newSha256, Long revertOf) {

    public SiteChange {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(controlFile, "controlFile");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }

}
