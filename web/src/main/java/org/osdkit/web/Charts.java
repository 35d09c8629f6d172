package org.osdkit.web;

import java.util.List;
import java.util.Locale;

/**
 * Charts as server-rendered inline SVG (no chart library, no script): colours come from classes in the
 * style sheet, since the content security policy allows no inline style. Every chart has a title and a
 * text equivalent for screen readers, and scales with its container (viewBox, width 100%).
 */
final class Charts {

    /** One bar or segment: its label, value and style class. */
    record Part(String label, long value, String css) {
    }

    /** One row of a stacked bar chart. */
    record Row(String label, String href, List<Part> parts) {

        long total() {
            return parts.stream().mapToLong(Part::value).sum();
        }
    }

    private Charts() {
    }

    /** Vertical bars, one per {@code bars} entry (e.g. findings per day), with every {@code labelEvery}-th label under the axis. */
    static String bars(String id, String title, List<Part> bars, int labelEvery) {
        long max = Math.max(1, bars.stream().mapToLong(Part::value).max().orElse(1));
        int w = 24;
        int height = 120;
        int width = Math.max(1, bars.size()) * w;
        StringBuilder b = svgOpen(id, title, width, height + 34);
        b.append("<line class=\"axis\" x1=\"0\" y1=\"").append(height).append("\" x2=\"").append(width).append("\" y2=\"").append(height).append("\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Part p = bars.get(i);
            long h = p.value() == 0 ? 0 : Math.max(2, Math.round((double) p.value() * (height - 14) / max));
            int x = i * w + 3;
            b.append("<g class=\"bar\"><title>").append(Html.escape(p.label() + ": " + p.value())).append("</title>")
                    .append("<rect class=\"").append(Html.escape(p.css())).append("\" x=\"").append(x).append("\" y=\"").append(height - h)
                    .append("\" width=\"").append(w - 6).append("\" height=\"").append(h).append("\"/>");
            if (p.value() > 0) {
                b.append("<text class=\"value\" x=\"").append(x + (w - 6) / 2).append("\" y=\"").append(height - h - 3).append("\">")
                        .append(p.value()).append("</text>");
            }
            b.append("</g>");
            if (labelEvery > 0 && i % labelEvery == 0) {
                b.append("<text class=\"label\" x=\"").append(x).append("\" y=\"").append(height + 14).append("\">").append(Html.escape(p.label()))
                        .append("</text>");
            }
        }
        return b.append("</svg>\n").toString();
    }

    /** Horizontal stacked bars, one row per {@code rows} entry (e.g. content status per DP), with a legend of {@code legend}. */
    static String stacked(String id, String title, List<Row> rows, List<Part> legend) {
        return stacked(id, title, rows, legend, 220, 480);
    }

    /** The same with the label column and the bars {@code labelWidth} and {@code barWidth} wide (a small tile takes a narrow chart). */
    static String stacked(String id, String title, List<Row> rows, List<Part> legend, int labelWidth, int barWidth) {
        int rowHeight = 26;
        int width = labelWidth + barWidth + 50;
        int height = rows.size() * rowHeight + 30;
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(1));
        StringBuilder b = svgOpen(id, title, width, height);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = i * rowHeight;
            b.append("<g class=\"row\">");
            String label = "<text class=\"label\" x=\"0\" y=\"" + (y + 16) + "\">" + Html.escape(shorten(r.label(), 32)) + "</text>";
            b.append(r.href() == null ? label : "<a href=\"" + Html.escape(r.href()) + "\">" + label + "</a>");
            double x = labelWidth;
            for (Part p : r.parts()) {
                if (p.value() == 0) {
                    continue;
                }
                double w = (double) p.value() * barWidth / max;
                b.append("<rect class=\"").append(Html.escape(p.css())).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(rowHeight - 8).append("\"><title>")
                        .append(Html.escape(r.label() + ": " + p.value() + " " + p.label())).append("</title></rect>");
                x += w;
            }
            b.append("<text class=\"value\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 16).append("\">").append(r.total()).append("</text>");
            b.append("</g>");
        }
        double x = 0;
        int y = rows.size() * rowHeight + 12;
        for (Part p : legend) {
            b.append("<rect class=\"").append(Html.escape(p.css())).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y)
                    .append("\" width=\"12\" height=\"12\"/><text class=\"label\" x=\"").append(fmt(x + 16)).append("\" y=\"").append(y + 11)
                    .append("\">").append(Html.escape(p.label())).append("</text>");
            x += 30 + p.label().length() * 7.5;
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * A capacity gauge: a half ring filled to {@code percent} (0 to 100), in the class {@code css}, with
     * {@code caption} under it.
     */
    static String gauge(String id, String title, double percent, String css, String caption) {
        double p = Math.max(0, Math.min(100, percent));
        double angle = Math.PI * (1 - p / 100);
        double cx = 60;
        double cy = 60;
        double r = 48;
        double x = cx + r * Math.cos(angle);
        double y = cy - r * Math.sin(angle);
        StringBuilder b = svgOpen(id, title, 120, 92);
        b.append("<path class=\"track\" d=\"M12 60 A48 48 0 0 1 108 60\"/>");
        if (p > 0) {
            b.append("<path class=\"fill ").append(Html.escape(css)).append("\" d=\"M12 60 A48 48 0 0 1 ").append(fmt(x)).append(' ').append(fmt(y))
                    .append("\"/>");
        }
        b.append("<text class=\"gauge-value\" x=\"60\" y=\"58\">").append(Math.round(p)).append("%</text>")
                .append("<text class=\"gauge-caption\" x=\"60\" y=\"84\">").append(Html.escape(shorten(caption, 20))).append("</text>");
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder svgOpen(String id, String title, int width, int height) {
        return new StringBuilder(2048).append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" aria-labelledby=\"")
                .append(Html.escape(id)).append("-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(Html.escape(id))
                .append("-title\">").append(Html.escape(title)).append("</title>");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
