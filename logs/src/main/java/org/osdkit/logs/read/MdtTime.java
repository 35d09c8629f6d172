package org.osdkit.logs.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDT's logs and what their times mean. MDT's scripts (ZTIUtility) write every CMTrace record with
 * the bias {@code +000} whatever the machine's zone, so the time is local and the zone unknown. A log
 * is taken for MDT's by its name (BDD.log, LiteTouch.log, Wizard.log, ZTI*.log, LTI*.log) or by its
 * record shape: bias {@code +000}, no thread, and the file attribute repeating the component (the
 * script's name), which no ConfigMgr component writes. Its zone then comes, in this order, from
 * {@code --zone} for the file, a sibling log of the same machine with a true bias (in a merge), or
 * {@code --assume-zone}; else the records stay zone-unknown. Each record says which in its time note.
 */
final class MdtTime {

    private static final Set<String> NAMES = Set.of("bdd.log", "litetouch.log", "wizard.log");
    /** The canonical CMTrace block, as MDT writes it: time, date, component, context, type, thread, file. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\]LOG\\]!><time=\"([^\"]*)\" date=\"[^\"]*\" component=\"([^\"]*)\" context=\"[^\"]*\" type=\"[^\"]*\" thread=\"([^\"]*)\" file=\"([^\"]*)\">");
    /** Records looked at to tell the shape. */
    private static final int SHAPE_RECORDS = 20;
    private static final String NOT_UTC = "MDT log: its +000 bias is not UTC; ";

    private final ZoneId zone;
    private final BiasHistory borrowed;
    private final ZoneStatus status;
    private final String note;

    private MdtTime(ZoneId zone, BiasHistory borrowed, ZoneStatus status, String note) {
        this.zone = zone;
        this.borrowed = borrowed;
        this.status = status;
        this.note = note;
    }

    /** True for the names MDT gives its logs. */
    static boolean mdtName(String source) {
        String name = ZoneHints.fileName(source).toLowerCase(Locale.ROOT);
        if (name.endsWith(".lo_")) {
            name = name.substring(0, name.length() - 4) + ".log";
        }
        return NAMES.contains(name) || ((name.startsWith("zti") || name.startsWith("lti")) && name.endsWith(".log"));
    }

    /** True when the first records of {@code sample} have MDT's shape (a CMTrace sample). */
    static boolean mdtShape(String sample) {
        Matcher m = BLOCK.matcher(sample);
        int seen = 0;
        while (seen < SHAPE_RECORDS && m.find()) {
            String component = m.group(2);
            if (!m.group(1).endsWith("+000") || !m.group(3).isEmpty() || component.isEmpty() || !component.equalsIgnoreCase(m.group(4))) {
                return false;
            }
            seen++;
        }
        return seen > 0;
    }

    /** How the times of the MDT log {@code source} are read with {@code options}. */
    static MdtTime of(String source, ReadOptions options) {
        ZoneHints.Hint hint = options.zones().hintFor(source);
        if (hint != null) {
            return new MdtTime(hint.zone(), null, ZoneStatus.INFERRED, NOT_UTC + "zone " + hint.zone().getId() + " from " + hint.describe());
        }
        if (options.borrowedBias() != null) {
            BiasHistory b = options.borrowedBias();
            return new MdtTime(null, b, ZoneStatus.INFERRED, NOT_UTC + "bias " + biases(b) + " taken from " + b.source() + " of the same machine");
        }
        if (options.assumeZone() != null) {
            return new MdtTime(options.assumeZone(), null, ZoneStatus.ASSUMED, NOT_UTC + "zone " + options.assumeZone().getId() + " from --assume-zone");
        }
        return new MdtTime(null, null, ZoneStatus.UNKNOWN, NOT_UTC + "local time, zone unknown (name it: --zone "
                + ZoneHints.fileName(source) + "=<zone>, or merge it with the machine's smsts.log)");
    }

    private static String biases(BiasHistory b) {
        return String.join("/", b.biases().stream().map(Stamp::signed).toList());
    }

    /** What every record of the log says about its time. */
    String note() {
        return note;
    }

    /** The stamp as MDT meant it: a written {@code +000} (or no bias) is dropped, the zone found applied. */
    Stamp restamp(Stamp s) {
        LocalDateTime local = s.local();
        if (local == null || (s.bias() != null && s.bias() != 0)) {
            // No time, or a bias MDT would not write: the writer meant it.
            return s;
        }
        if (zone != null) {
            ZonedDateTime z = local.atZone(zone);
            return new Stamp(local, Stamp.bias(-z.getOffset().getTotalSeconds() / 60), z.toInstant(), status, s.problem());
        }
        if (borrowed != null) {
            int bias = borrowed.biasAt(local);
            Instant utc = Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) + bias * 60L, local.getNano());
            return new Stamp(local, Stamp.bias(bias), utc, status, s.problem());
        }
        return new Stamp(local, null, null, ZoneStatus.UNKNOWN, s.problem());
    }
}
