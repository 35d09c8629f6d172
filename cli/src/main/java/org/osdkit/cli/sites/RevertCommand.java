package org.osdkit.cli.sites;

import java.nio.file.Path;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.description.RevertSiteDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit sites revert <change>}: puts a recorded change's old description back through the same safe path. */
@Command(name = "revert", mixinStandardHelpOptions = true,
        description = "Put back the description a recorded change replaced (see 'sites history'), through the same safe path; needs --accept-unsupported.")
final class RevertCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<change>", description = "The change id from 'osdkit sites history'.")
    long changeId;

    @Option(names = "--control-file", paramLabel = "<path>", description = "The file to edit (default: the one the change recorded).")
    Path controlFile;

    @Option(names = "--configmgr-version", paramLabel = "2003|2007|2012", converter = VersionConverter.class,
            description = "The site's ConfigMgr version, when the file does not say.")
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
        RevertSiteDescription revert = get(RevertSiteDescription.class);
        return DescriptionConfirmation.run(printer(), whatIf, confirm, unsupported.accepted,
                (gate, progress) -> unsupported.run(() -> revert.run(changeId, controlFile, version, unsupported.accepted, gate, service.controller(),
                        progress)));
    }
}
