package org.osdkit.sites.description;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.service.ServiceController;

/**
 * Puts back the description a recorded change replaced, through the same safe path as the change
 * itself; refused when the description changed again since.
 */
public final class RevertSiteDescription {

    /** The audit action of a revert. */
    public static final String ACTION = "sites.description.revert";

    private final ChangeHistory history;
    private final ChangeSiteDescription change;

    /** Looks the change up in {@code history} and puts the old value back through {@code change}. */
    public RevertSiteDescription(ChangeHistory history, ChangeSiteDescription change) {
        this.history = history;
        this.change = change;
    }

    /**
     * Reverts change {@code changeId}.
     *
     * @param controlFile the file to edit, or {@code null} for the one the change recorded
     */
    public DescriptionChangeOutcome run(long changeId, Path controlFile, ConfigMgrVersion declaredVersion,
                                        boolean force, boolean whatIf, ServiceController service, Consumer<String> progress) {
        return run(changeId, controlFile, declaredVersion, force, whatIf ? new WhatIfRecorder() : ShouldProcess.always(), service, progress);
    }

    /**
     * The same, asking {@code gate} about the revert's one operation before the site is touched (see
     * {@link ChangeSiteDescription#run(DescriptionChangeRequest, ServiceController, Consumer, ShouldProcess)}).
     */
    public DescriptionChangeOutcome run(long changeId, Path controlFile, ConfigMgrVersion declaredVersion,
                                        boolean force, ShouldProcess gate, ServiceController service, Consumer<String> progress) {
        SiteChange recorded = history.find(changeId).orElseThrow(() -> new OsdkitException(SiteErrors.CHANGE_NOT_FOUND,
                "There is no recorded site description change " + changeId + ".", "List the changes with: osdkit sites history"));
        Path file = controlFile != null ? controlFile : Path.of(recorded.controlFile());
        DescriptionChangeRequest request = new DescriptionChangeRequest(file, recorded.site(), recorded.oldValue(), declaredVersion, null, force, gate.whatIf());
        return change.run(request, service, progress, gate, recorded.newValue(), recorded.id());
    }
}
