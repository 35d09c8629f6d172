package org.osdkit.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceControllers;

/**
 * How the dashboard listens and what it allows, decided by whoever starts it (the CLI's {@code osdkit web} options).
 *
 * @param bind           address to listen on; loopback unless the admin asks otherwise
 * @param port           port, 0 for any free one
 * @param readOnly       every mutating route refused
 * @param allowedHosts   Host header names accepted besides the loopback names and the bound address
 * @param roots          server folders a client may name files in, by name ({@code logs}, {@code sites})
 * @param maxUploadBytes the largest upload accepted
 * @param siteService    how a site description change stops and starts SMS_EXECUTIVE (never chosen by a client)
 */
public record DashboardOptions(String bind, int port, boolean readOnly, List<String> allowedHosts, Map<String, Path> roots,
                               long maxUploadBytes, ServiceController siteService) {

    /** Loopback only unless the admin asks otherwise. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    public DashboardOptions {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, was " + maxUploadBytes);
        }
        allowedHosts = List.copyOf(allowedHosts);
        roots = Map.copyOf(roots);
        Objects.requireNonNull(siteService, "siteService");
    }

    /** Loopback, port 7070, mutations allowed to the signed-in, no roots, 64 MB uploads, SMS_EXECUTIVE through sc.exe. */
    public static DashboardOptions defaults() {
        return new DashboardOptions(DEFAULT_BIND, DEFAULT_PORT, false, List.of(), Map.of(), DEFAULT_MAX_UPLOAD_BYTES,
                ServiceControllers.windows(null, ServiceControllers.SMS_EXECUTIVE, ServiceControllers.DEFAULT_TIMEOUT));
    }

    public DashboardOptions withBind(String address) {
        return new DashboardOptions(address, port, readOnly, allowedHosts, roots, maxUploadBytes, siteService);
    }

    public DashboardOptions withPort(int number) {
        return new DashboardOptions(bind, number, readOnly, allowedHosts, roots, maxUploadBytes, siteService);
    }

    public DashboardOptions withReadOnly(boolean only) {
        return new DashboardOptions(bind, port, only, allowedHosts, roots, maxUploadBytes, siteService);
    }

    public DashboardOptions withAllowedHost(String host) {
        List<String> hosts = new ArrayList<>(allowedHosts);
        hosts.add(host);
        return new DashboardOptions(bind, port, readOnly, hosts, roots, maxUploadBytes, siteService);
    }

    public DashboardOptions withRoot(String name, Path folder) {
        Map<String, Path> all = new LinkedHashMap<>(roots);
        all.put(name, folder);
        return new DashboardOptions(bind, port, readOnly, allowedHosts, all, maxUploadBytes, siteService);
    }

    public DashboardOptions withMaxUploadBytes(long bytes) {
        return new DashboardOptions(bind, port, readOnly, allowedHosts, roots, bytes, siteService);
    }

    public DashboardOptions withSiteService(ServiceController service) {
        return new DashboardOptions(bind, port, readOnly, allowedHosts, roots, maxUploadBytes, service);
    }

    /** SMS_EXECUTIVE stopped and started by three admin-given commands (not Windows, or a remote site server). */
    public DashboardOptions withSiteServiceCommands(String stop, String start, String query, Duration timeout) {
        return withSiteService(ServiceControllers.commands(stop, start, query, timeout));
    }
}
