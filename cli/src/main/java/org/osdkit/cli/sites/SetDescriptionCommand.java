package org.osdkit.cli.sites;

import java.nio.file.Path;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.description.ChangeSiteDescription;
import org.osdkit.sites.description.DescriptionChangeRequest;
import org.osdkit.sites.description.DescriptionRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit sites set-description}: the safe path for the unsupported site control file edit. */
@Command(name = "set-description", mixinStandardHelpOptions = true,
        description = {"Change a site's description (site name) in its sitectrl.ct0 - SMS 2003 / ConfigMgr 2007 only.",
            "NOT supported by Microsoft: needs --accept-unsupported. Stops SMS_EXECUTIVE, backs the file up into sitectrl.box\\history, writes it "
                + "atomically, verifies, starts the service; restores the original on any failure. Refused for ConfigMgr 2012 and later."})
final class SetDescriptionCommand extends LeafCommand {

    @Option(names = "--control-file", required = true, paramLabel = "<path>", description = "sitectrl.ct0 (or its sitectrl.box folder).")
    Path controlFile;

    @Option(names = "--site", required = true, paramLabel = "<code>", description = "The site the file belongs to.")
    SiteCode site;

    @Option(names = "--description", required = true, paramLabel = "<text>", description = "The new description: printable ASCII, no < > or line break.")
    String description;

    @Option(names = "--max-length", paramLabel = "<n>", description = "Longest description accepted (default: ${DEFAULT-VALUE}; no documented limit exists).")
    int maxLength = DescriptionRules.DEFAULT_MAX_LENGTH;

    @Option(names = "--configmgr-version", paramLabel = "2003|2007|2012", converter = VersionConverter.class,
            description = "The site's ConfigMgr version, when the file does not say (Full Version property).")
    ConfigMgrVersion version;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Mixin
    UnsupportedEditOption unsupported;

    @Mixin
    ServiceOptions service;

    @Override
    protected int execute() {
        DescriptionChangePrinter.warnUnsupported(printer());
        ChangeSiteDescription change = get(ChangeSiteDescription.class);
        DescriptionChangeRequest request = new DescriptionChangeRequest(controlFile, site, description, version, new DescriptionRules(maxLength),
                unsupported.accepted, false);
        return DescriptionConfirmation.run(printer(), whatIf, confirm, unsupported.accepted,
                (gate, progress) -> unsupported.run(() -> change.run(request, service.controller(), progress, gate)));
    }
}
