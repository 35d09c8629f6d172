package org.osdkit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option values into core's validated types, so a malformed site code or path is a usage
 * error (exit code 2) with core's own explanation.
 *
 * <p>Paths: a share or folder ConfigMgr is pointed at ({@link UncPath}) keeps its Windows form on
 * every machine ({@code \\server\share\x}, {@code //server/share/x}, {@code C:\x} or {@code C:/x}),
 * never resolved against the current folder of a Linux machine. A file osdkit itself reads or writes
 * ({@link Path}) is a path of this machine: on Windows drive letters and UNC paths are what
 * {@link Path} takes anyway; elsewhere such a path names nothing here, so it is refused with a word
 * on what to give instead rather than read as a relative file name {@code C:\x} in the current folder.
 */
final class Converters {

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");
    private static final Pattern DRIVE_ONLY = Pattern.compile("[A-Za-z]:");

    private Converters() {
    }

    static void register(CommandLine cl) {
        register(cl, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    static void register(CommandLine cl, boolean windows) {
        cl.registerConverter(SiteCode.class, validated(SiteCode::of));
        cl.registerConverter(PackageId.class, validated(PackageId::of));
        cl.registerConverter(UncPath.class, validated(Converters::uncOrLocal));
        cl.registerConverter(Architecture.class, validated(Architecture::parse));
        cl.registerConverter(Path.class, text -> localPath(text, windows));
    }

    /** A relative local folder is taken relative to the current directory, as admins expect. */
    static UncPath uncOrLocal(String text) {
        String t = text.strip();
        if (t.startsWith("\\\\") || t.startsWith("//") || t.startsWith("/")) {
            return UncPath.of(t);
        }
        if (DRIVE.matcher(t).matches()) {
            // C:/Drivers is C:\Drivers: core keeps drive paths in backslashes.
            return UncPath.of(t.replace('/', '\\'));
        }
        if (DRIVE_ONLY.matcher(t).matches()) {
            return UncPath.of(t + "\\");
        }
        return UncPath.of(Path.of(t));
    }

    /** A file or folder of this machine; {@code windows}: whether this machine runs Windows. */
    static Path localPath(String text, boolean windows) {
        boolean windowsForm = DRIVE.matcher(text).matches() || DRIVE_ONLY.matcher(text).matches()
                || text.startsWith("\\\\") || text.startsWith("\\");
        if (windowsForm && !windows) {
            throw new TypeConversionException("\"" + text + "\" is a Windows path, which names no file on this machine: give the file or folder "
                    + "as this machine sees it (a UNC share where it is mounted, e.g. /mnt/share/...)");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("\"" + text + "\" is not a usable path: " + e.getReason());
        }
    }

    private static <T> CommandLine.ITypeConverter<T> validated(Function<String, T> factory) {
        return text -> {
            try {
                return factory.apply(text);
            } catch (OsdkitException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
