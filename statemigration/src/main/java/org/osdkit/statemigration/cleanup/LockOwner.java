package org.osdkit.statemigration.cleanup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Who asks for an SMP's cleanup lock: a claim ID of its own and the host and process, so a refused
 * run can name the holder.
 *
 * @param ownerId a new ID per attempt
 * @param host    the host name
 * @param pid     the process ID
 */
public record LockOwner(String ownerId, String host, long pid) {

    /** This process, with a fresh claim ID. */
    public static LockOwner thisProcess() {
        return new LockOwner(UUID.randomUUID().toString(), hostName(), ProcessHandle.current().pid());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // No resolvable name (a container without /etc/hosts entry): the environment still says who we are.
            String env = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "unknown-host" : env;
        }
    }
}
