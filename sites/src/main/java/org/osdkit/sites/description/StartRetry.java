package org.osdkit.sites.description;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.service.ServiceController;

/**
 * Starts the service, trying again after a back-off when it fails: a service that had just been
 * stopped often refuses its first start (its process is still shutting down, a dependency is slow), and
 * rolling a verified edit back for that would undo good work. Bounded, so a service that will not start
 * still leads to the rollback in seconds.
 */
final class StartRetry {

    /** The waits before the second, third and fourth try. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    /** The waiting between tries; tests pass one that only records. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<Duration> backOff;
    private final Sleeper sleeper;

    StartRetry(List<Duration> backOff, Sleeper sleeper) {
        this.backOff = List.copyOf(backOff);
        this.sleeper = sleeper;
    }

    static StartRetry standard() {
        return new StartRetry(BACK_OFF, duration -> Thread.sleep(duration.toMillis()));
    }

    int tries() {
        return backOff.size() + 1;
    }

    /**
     * Starts {@code service}; returns the number of tries it took.
     *
     * @throws OsdkitException {@code SITE-SERVICE-START-FAILED} after the last try, naming every failure's reason
     */
    int start(ServiceController service, Consumer<String> progress) {
        for (int attempt = 0; ; attempt++) {
            try {
                service.start();
                return attempt + 1;
            } catch (RuntimeException e) {
                String reason = e.getMessage();
                if (attempt >= backOff.size()) {
                    throw new OsdkitException(SiteErrors.SERVICE_START_FAILED, service.description() + " did not start in " + tries() + " tries (last: "
                            + reason + ")", "Check smsexec.log on the site server.", e);
                }
                Duration wait = backOff.get(attempt);
                progress.accept("The start failed (" + reason + "); trying again in " + wait.toSeconds() + " s (try " + (attempt + 2) + " of " + tries() + ")");
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new OsdkitException(SiteErrors.SERVICE_START_FAILED, service.description() + " did not start (" + reason
                            + ") and osdkit was interrupted before trying again", null, e);
                }
            }
        }
    }
}
