package org.osdkit.core.storage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's own database schema: its Flyway migrations ({@code V1__what.sql}, {@code V2__...}) in a
 * resource folder of the module, and its own history table {@code <name>_schema_history}, so modules
 * share one database schema without sharing a history and a module used alone brings its tables.
 *
 * <p>The folder holds {@code common/} (scripts every database runs) and, for scripts written for one
 * database only, {@code h2/} and {@code postgresql/}; a version lives in exactly one of the folders
 * a database reads (a per-database V3 sits in both {@code h2/} and {@code postgresql/}, not in
 * {@code common/}).
 *
 * <p>On the module path the owning module must {@code opens} each of those packages (a plain
 * {@code opens}): Flyway lists and reads the scripts through the class loader, and a qualified or
 * missing {@code opens} hides them.
 *
 * @param name        module name, lower case; prefixes the history table
 * @param classLoader the loader that sees the module's resources
 * @param location    resource folder, e.g. {@code db/migration/drivers}
 */
public record ModuleSchema(String name, ClassLoader classLoader, String location) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    public ModuleSchema {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schema name must be lower-case letters, digits or _, was: " + name);
        }
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The schema whose scripts sit in {@code db/migration/<name>/} of the module holding {@code anchor};
     * any class of that module will do, it only names the class loader.
     */
    public static ModuleSchema of(String name, Class<?> anchor) {
        return new ModuleSchema(name, anchor.getClassLoader(), "db/migration/" + name);
    }

    public String historyTable() {
        return name + "_schema_history";
    }

    /** Flyway locations for {@code kind}: the common folder and the one of that database. */
    List<String> locations(DatabaseKind kind) {
        return List.of("classpath:" + location + "/common", "classpath:" + location + "/" + kind.name().toLowerCase(Locale.ROOT));
    }
}
