package org.osdkit.statemigration.internal;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.ComputerAssociation;
import org.osdkit.statemigration.ImportProblem;
import org.osdkit.statemigration.MigrationBehavior;
import org.osdkit.statemigration.MigrationStatus;
import org.osdkit.statemigration.MigrationType;

/**
 * Turns an export record into a {@link ComputerAssociation} by ConfigMgr property name. A record whose
 * keys, dates or codes cannot be read is skipped with a problem: a wrong date could make a store look
 * deletable, so nothing is guessed.
 */
public final class AssociationFields {

    private final Path file;
    private final ZoneId zone;
    private final List<ImportProblem> problems;

    public AssociationFields(Path file, ZoneId zone, List<ImportProblem> problems) {
        this.file = file;
        this.zone = zone;
        this.problems = problems;
    }

    /** Thrown inside one record to skip it; carries the field at fault. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Bad(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    public Optional<ComputerAssociation> toAssociation(RawRecord r) {
        try {
            return Optional.of(new ComputerAssociation(
                    id(r, "SourceClientResourceID"), id(r, "RestoreClientResourceID"),
                    text(r, "SourceName"), text(r, "RestoreName"),
                    text(r, "SourceMACAddresses"), text(r, "RestoreMACAddresses"),
                    user(r, "SourceLastLogonUserDomain", "SourceLastLogonUserName"),
                    user(r, "RestoreLastLogonUserDomain", "RestoreLastLogonUserName"),
                    text(r, "MigrationID"),
                    code(r, "MigrationBehavior", MigrationBehavior::parse),
                    code(r, "MigrationStatus", MigrationStatus::parse),
                    code(r, "MigrationType", MigrationType::parse),
                    text(r, "SiteCode"),
                    date(r, "StoreCreationDate"), date(r, "StoreReleaseDate"), date(r, "StoreDeletionDate"),
                    text(r, "StorePath"), userNames(r)));
        } catch (Bad e) {
            problems.add(new ImportProblem(file, r.line(), e.field, e.getMessage() + "; record skipped"));
            return Optional.empty();
        }
    }

    private static String text(RawRecord r, String field) {
        String v = r.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static long id(RawRecord r, String field) {
        String v = text(r, field);
        if (v == null) {
            throw new Bad(field, field + " is missing (it is part of the association's key)");
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new Bad(field, "\"" + v + "\" is not a resource ID");
        }
    }

    private static String user(RawRecord r, String domainField, String nameField) {
        String name = text(r, nameField);
        String domain = text(r, domainField);
        return name == null ? null : domain == null ? name : domain + "\\" + name;
    }

    private static <T> T code(RawRecord r, String field, Function<String, T> parse) {
        String v = text(r, field);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (OsdkitException e) {
            throw new Bad(field, e.getMessage());
        }
    }

    private Instant date(RawRecord r, String field) {
        try {
            return org.osdkit.statemigration.WmiDateTime.parse(r.get(field), zone).orElse(null);
        } catch (DateTimeException e) {
            throw new Bad(field, e.getMessage());
        }
    }

    /** Export-Csv writes arrays as their type name ({@code System.String[]}); that carries no names. */
    private static List<String> userNames(RawRecord r) {
        String v = text(r, "UserNames");
        if (v == null || v.startsWith("System.")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Arrays.stream(v.split("[;\\r\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }
}
