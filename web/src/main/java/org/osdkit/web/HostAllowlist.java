package org.osdkit.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.osdkit.core.OsdkitException;

/**
 * The Host header names the dashboard answers to: the loopback names, the bound address and the
 * admin's {@code --allowed-host} names. A page of another site that rebinds its own name to this
 * address (DNS rebinding) sends its own name and is refused.
 */
final class HostAllowlist {

    private final Set<String> names = new TreeSet<>();

    HostAllowlist(String bind, List<String> allowed) {
        names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        if (!"0.0.0.0".equals(bind) && !"::".equals(bind)) {
            names.add(normal(bind));
        }
        allowed.forEach(a -> names.add(normal(a)));
    }

    void check(String hostHeader) {
        String name = hostHeader == null ? "" : hostName(hostHeader);
        if (!names.contains(name)) {
            throw new OsdkitException(WebErrors.HOST_NOT_ALLOWED, "This dashboard does not answer to the host name \""
                    + (hostHeader == null ? "" : hostHeader) + "\".",
                    "Open it by a name the admin allowed (osdkit web --allowed-host <name>).");
        }
    }

    /** The name in a Host header: without the port, an IPv6 literal without its brackets, lower case, no trailing dot. */
    static String hostName(String header) {
        String h = header.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return normal(h);
    }

    private static String normal(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
