package org.osdkit.cli;

import java.util.function.Function;
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
 */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine cl) {
        cl.registerConverter(SiteCode.class, validated(SiteCode::of));
        cl.registerConverter(PackageId.class, validated(PackageId::of));
        cl.registerConverter(UncPath.class, validated(Converters::uncOrLocal));
        cl.registerConverter(Architecture.class, validated(Architecture::parse));
    }

    /** A relative local folder is taken relative to the current directory, as admins expect. */
    private static UncPath uncOrLocal(String text) {
        if (text.startsWith("\\\\") || text.startsWith("//") || text.startsWith("/") || text.matches("[A-Za-z]:\\\\.*")) {
            return UncPath.of(text);
        }
        return UncPath.of(java.nio.file.Path.of(text));
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
