package org.osdkit.statemigration.associations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/**
 * Reads the exports admins make of their computer associations: {@code Get-CMComputerAssociation |
 * Export-Csv} (with or without the {@code #TYPE} line, comma or semicolon separated) and
 * {@code ConvertTo-Json} of it or of {@code SMS_StateMigration} (an array, one object, or the
 * AdminService's {@code {"value": [...]}}), in UTF-8 or UTF-16 as Windows PowerShell writes them.
 * Both are bound onto records by Jackson (jackson-dataformat-csv for CSV). A bad record is reported
 * with its line and field and skipped; the rest is read.
 */
public final class AssociationExport {

    private AssociationExport() {
    }

    /** Reads {@code file}, taking dates without an offset in {@code zone}. */
    public static ImportResult read(Path file, ZoneId zone) {
        ExportRecords records = new ExportRecords(file);
        try (BufferedReader reader = ExportText.open(file)) {
            if (isJson(file, reader)) {
                AssociationJson.read(reader, zone, records);
            } else {
                AssociationCsv.read(reader, zone, records);
            }
        } catch (NoSuchFileException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The association export " + file + " does not exist.");
        } catch (IOException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The association export " + file + " cannot be read: " + e.getMessage() + ".", null, e);
        }
        return records.result();
    }

    private static boolean isJson(Path file, Reader reader) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        reader.mark(4096);
        int c;
        do {
            c = reader.read();
        } while (c != -1 && Character.isWhitespace(c));
        reader.reset();
        return c == '[' || c == '{';
    }
}
