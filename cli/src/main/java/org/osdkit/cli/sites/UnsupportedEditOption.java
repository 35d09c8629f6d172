package org.osdkit.cli.sites;

import java.util.function.Supplier;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --accept-unsupported}: go ahead with the site control file edit Microsoft does not support.
 * It used to be {@code --force}, which now only ever means "do not ask"; an old script's {@code --force}
 * is a usage error that names the new option rather than a silent no.
 */
final class UnsupportedEditOption {

    static final String ACCEPT = "--accept-unsupported";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = ACCEPT, description = "Go ahead with the edit Microsoft does not support (read the warning first).")
    boolean accepted;

    @Option(names = "--force", hidden = true)
    void oldForce(boolean ignored) {
        throw new ParameterException(command.commandLine(), "--force no longer allows the unsupported edit: use " + ACCEPT
                + " (--force only ever means \"do not ask\", and this command does not ask)");
    }

    /** Runs the use case, naming this option where the domain's refusal asks for the acknowledgement. */
    <T> T run(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (OsdkitException e) {
            if (e.code().equals(SiteErrors.FORCE_REQUIRED)) {
                throw new OsdkitException(e.code(), e.getMessage(), "Read the warning, try --what-if, and re-run with " + ACCEPT + " to go ahead.", e);
            }
            throw e;
        }
    }
}
