package org.osdkit.core.storage;

import java.io.InputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's own database schema: its migration scripts {@code V1.sql}, {@code V2.sql}, ... (numbered
 * without gaps) in a resource folder of the module, and its own history table
 * {@code <name>_schema_history}. A script may have a per-database variant ({@code V3.postgresql.sql},
 * {@code V3.h2.sql}) that is used instead of the common one.
 *
 * <p>The owning module must open the folder's package to {@code org.osdkit.core} so the scripts can be
 * read across the module boundary.
 *
 * @param name   module name, lower case; prefixes the history table
 * @param owner  the JPMS module holding the scripts
 * @param folder resource folder, e.g. {@code org/osdkit/drivers/db}
 */
public record ModuleSchema(String name, Module owner, String folder) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    public ModuleSchema {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schema name must be lower-case letters, digits or _, was: " + name);
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
    }

    /** The schema whose scripts sit in the {@code db} folder under {@code anchor}'s package. */
    public static ModuleSchema of(String name, Class<?> anchor) {
        return new ModuleSchema(name, anchor.getModule(), anchor.getPackageName().replace('.', '/') + "/db");
    }

    public String historyTable() {
        return name + "_schema_history";
    }

    /** Opens migration {@code version} for {@code kind}, or returns {@code null} when there is none. */
    InputStream open(int version, DatabaseKind kind) throws IOException {
        String specific = folder + "/V" + version + "." + kind.name().toLowerCase(Locale.ROOT) + ".sql";
        InputStream in = read(specific);
        return in != null ? in : read(folder + "/V" + version + ".sql");
    }

    private InputStream read(String resource) throws IOException {
        // Module.getResourceAsStream works on the module path; the class loader covers the class path
        // (tests run by Maven, library users without JPMS).
        InputStream in = owner.isNamed() ? owner.getResourceAsStream(resource) : null;
        if (in == null && owner.getClassLoader() != null) {
            in = owner.getClassLoader().getResourceAsStream(resource);
        }
        return in;
    }
}
