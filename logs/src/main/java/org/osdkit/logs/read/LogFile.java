package org.osdkit.logs.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a log and which log it belongs to: {@code CAS.lo_}, {@code CAS.log.2},
 * {@code smsts-20240105-101112.log} and {@code CAS.log} are generations of the logs {@code CAS.log}
 * and {@code smsts.log}.
 *
 * @param path    the file
 * @param logName the log's current file name ({@code CAS.log}), generation suffixes removed
 */
public record LogFile(Path path, String logName) {

    private static final Pattern DATED_DASH = Pattern.compile("(?i)(.+)-(\\d{8}-\\d{6})\\.log");
    private static final Pattern DATED_SUFFIX = Pattern.compile("(?i)(.+\\.log)\\.(\\d{8}-\\d{6})");
    private static final Pattern NUMBERED = Pattern.compile("(?i)(.+\\.log)\\.(\\d{1,4})");
    private static final Pattern LO = Pattern.compile("(?i)(.+)\\.lo_");
    private static final Pattern LOG = Pattern.compile("(?i).+\\.log");

    public LogFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(logName, "logName");
    }

    /** The file with the log it belongs to worked out from its name. */
    public static LogFile of(Path path) {
        String name = path.getFileName().toString();
        Matcher m;
        if ((m = DATED_DASH.matcher(name)).matches()) {
            return new LogFile(path, m.group(1) + ".log");
        }
        if ((m = DATED_SUFFIX.matcher(name)).matches() || (m = NUMBERED.matcher(name)).matches()) {
            return new LogFile(path, m.group(1));
        }
        if ((m = LO.matcher(name)).matches()) {
            return new LogFile(path, m.group(1) + ".log");
        }
        return new LogFile(path, name);
    }

    /** True for names a folder scan takes: {@code .log}, {@code .lo_}, {@code .log.N} and dated history files. */
    public static boolean looksLikeLog(Path path) {
        String name = path.getFileName().toString();
        return LOG.matcher(name).matches() || LO.matcher(name).matches() || NUMBERED.matcher(name).matches()
                || DATED_SUFFIX.matcher(name).matches();
    }

    /**
     * Sort key of the generation, oldest first: dated history by its stamp, then numbered files from
     * the highest number down, then {@code .lo_}, then the current {@code .log}.
     */
    public String generationKey() {
        String name = path.getFileName().toString();
        Matcher m;
        if ((m = DATED_DASH.matcher(name)).matches() || (m = DATED_SUFFIX.matcher(name)).matches()) {
            return "0-" + m.group(2);
        }
        if ((m = NUMBERED.matcher(name)).matches()) {
            return "1-" + String.format("%04d", 9999 - Integer.parseInt(m.group(2)));
        }
        if (LO.matcher(name).matches()) {
            return "2";
        }
        return "3-" + name.toLowerCase(Locale.ROOT);
    }

    /** The log's identity: its folder and name, case-insensitive as on Windows. */
    public String logKey() {
        Path dir = path.toAbsolutePath().getParent();
        return (dir == null ? "" : dir.toString()) + "/" + logName.toLowerCase(Locale.ROOT);
    }
}
