package org.osdkit.web;

import java.util.List;
import java.util.Locale;
import org.osdkit.statemigration.health.CapacitySample;

/**
 * One storage folder's capacity over the kept health checks as an inline SVG line chart (no script, colours
 * from the stylesheet's classes): stores against MaxClients and disk used against the volume, both in
 * percent, with the MinDiskSpace limit as a dashed line. Points are spaced by time, so a gap between checks shows.
 */
final class CapacityChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 36;
    private static final int BOTTOM = 40;

    private CapacityChart() {
    }

    static String svg(String id, String folder, List<CapacitySample> samples) {
        long first = samples.get(0).checkedAt().toEpochMilli();
        long last = samples.get(samples.size() - 1).checkedAt().toEpochMilli();
        double span = Math.max(1, last - first);
        int plotW = WIDTH - LEFT - 8;
        int plotH = HEIGHT - BOTTOM - 8;
        StringBuilder clients = new StringBuilder();
        StringBuilder disk = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (CapacitySample s : samples) {
            double x = LEFT + (samples.size() == 1 ? plotW / 2.0 : (s.checkedAt().toEpochMilli() - first) / span * plotW);
            double c = s.maxClients() <= 0 ? 0 : Math.min(100, 100.0 * s.clients() / s.maxClients());
            double d = s.totalBytes() <= 0 ? 0 : Math.min(100, 100.0 * (s.totalBytes() - s.freeBytes()) / s.totalBytes());
            clients.append(clients.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y(c, plotH)));
            disk.append(disk.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y(d, plotH)));
            points.append("<circle class=\"clients\" r=\"2.5\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y(c, plotH))).append("\"><title>")
                    .append(Html.escape(s.checkedAt() + ": " + s.clients() + " of " + s.maxClients() + " clients, " + s.status())).append("</title></circle>")
                    .append("<circle class=\"disk\" r=\"2.5\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y(d, plotH))).append("\"><title>")
                    .append(Html.escape(s.checkedAt() + ": " + SmpPages.bytes(s.freeBytes()) + " free of " + SmpPages.bytes(s.totalBytes())))
                    .append("</title></circle>");
        }
        CapacitySample now = samples.get(samples.size() - 1);
        StringBuilder b = new StringBuilder(2048).append("<svg class=\"chart capacity\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" aria-labelledby=\"").append(Html.escape(id))
                .append("-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(Html.escape(id)).append("-title\">")
                .append(Html.escape("Capacity of " + folder + " over " + samples.size() + " health checks: now " + caption(now))).append("</title>");
        for (int pct = 0; pct <= 100; pct += 50) {
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(fmt(y(pct, plotH)))
                    .append("\" y2=\"").append(fmt(y(pct, plotH))).append("\"/><text class=\"label\" x=\"0\" y=\"").append(fmt(y(pct, plotH) + 4)).append("\">")
                    .append(pct).append("%</text>");
        }
        if (now.totalBytes() > 0 && now.minFreeBytes() > 0) {
            double limit = Math.max(0, 100.0 * (now.totalBytes() - now.minFreeBytes()) / now.totalBytes());
            b.append("<line class=\"limit\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(fmt(y(limit, plotH)))
                    .append("\" y2=\"").append(fmt(y(limit, plotH))).append("\"><title>MinDiskSpace: the SMP stops placing stores above this</title></line>");
        }
        b.append("<polyline class=\"clients\" points=\"").append(clients).append("\"/><polyline class=\"disk\" points=\"").append(disk).append("\"/>")
                .append(points)
                .append("<text class=\"label\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 22).append("\">").append(Pages.time(samples.get(0).checkedAt()))
                .append("</text><text class=\"label end\" x=\"").append(WIDTH - 8).append("\" y=\"").append(HEIGHT - 22).append("\">")
                .append(Pages.time(now.checkedAt())).append(" UTC</text>")
                .append("<rect class=\"key clients\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 9).append("\" width=\"10\" height=\"4\"/>")
                .append("<text class=\"label\" x=\"").append(LEFT + 14).append("\" y=\"").append(HEIGHT - 4).append("\">stores of MaxClients</text>")
                .append("<rect class=\"key disk\" x=\"").append(LEFT + 150).append("\" y=\"").append(HEIGHT - 9).append("\" width=\"10\" height=\"4\"/>")
                .append("<text class=\"label\" x=\"").append(LEFT + 164).append("\" y=\"").append(HEIGHT - 4).append("\">disk used</text>")
                .append("<line class=\"limit\" x1=\"").append(LEFT + 240).append("\" x2=\"").append(LEFT + 256).append("\" y1=\"").append(HEIGHT - 7)
                .append("\" y2=\"").append(HEIGHT - 7).append("\"/><text class=\"label\" x=\"").append(LEFT + 260).append("\" y=\"").append(HEIGHT - 4)
                .append("\">MinDiskSpace limit</text>");
        return b.append("</svg>\n").toString();
    }

    /** The newest sample in words: what the chart ends with, also for a screen reader. */
    static String caption(CapacitySample s) {
        return s.status() + ", " + s.clients() + " of " + s.maxClients() + " clients, " + SmpPages.bytes(s.freeBytes()) + " free of "
                + SmpPages.bytes(s.totalBytes()) + " (MinDiskSpace " + SmpPages.bytes(s.minFreeBytes()) + ")";
    }

    private static double y(double percent, int plotH) {
        return 8 + plotH * (1 - percent / 100);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
