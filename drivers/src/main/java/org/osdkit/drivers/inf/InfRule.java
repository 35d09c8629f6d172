package org.osdkit.drivers.inf;

/**
 * The stable codes of everything the parser and the lint report about an INF. Codes never change once
 * released; where Microsoft's InfVerif has a matching rule its number is given.
 */
public enum InfRule {
    NOT_TEXT("INF-NOT-TEXT", Severity.ERROR, "the file is binary, not an INF"),
    TOO_LARGE("INF-TOO-LARGE", Severity.ERROR, "the file is larger than any real INF"),
    TRUNCATED_UTF16("INF-TRUNCATED-UTF16", Severity.ERROR, "a UTF-16 file with an odd number of bytes"),
    DAMAGED_ENCODING("INF-DAMAGED-ENCODING", Severity.ERROR, "UTF-16 bytes damaged by an 8-bit line-ending conversion"),
    UTF8_ENCODING("INF-UTF8-ENCODING", Severity.WARNING, "UTF-8 with non-ASCII text: PnP reads only ANSI or UTF-16LE"),
    FIELD_TOO_LONG("INF-FIELD-TOO-LONG", Severity.WARNING, "a field longer than the 4096 characters Windows reads"),
    UNTERMINATED_QUOTE("INF-UNTERMINATED-QUOTE", Severity.WARNING, "a quoted string runs to the end of the line"),
    BAD_SECTION_HEADER("INF-BAD-SECTION-HEADER", Severity.WARNING, "a section header that is not [name]"),
    LINE_OUTSIDE_SECTION("INF-LINE-OUTSIDE-SECTION", Severity.WARNING, "text before the first section header, ignored by Windows"),
    AUTORUN("INF-AUTORUN", Severity.INFO, "an autorun.inf ([AutoRun], no [Version]): a CD or application launcher, not a driver INF"),
    NO_VERSION("INF-NO-VERSION", Severity.ERROR, "no [Version] section: not a driver INF"),
    BAD_SIGNATURE("INF-BAD-SIGNATURE", Severity.ERROR, "Signature is not \"$Windows NT$\", \"$Chicago$\" or \"$Windows 95$\""),
    VERSION_MISSING_KEY("INF-VERSION-MISSING-KEY", Severity.ERROR, "a required [Version] key is missing"),
    PNPLOCKDOWN_MISSING("INF-PNPLOCKDOWN-MISSING", Severity.INFO, "PnpLockdown is not set (InfVerif 1324)"),
    PROVIDER_MICROSOFT("INF-PROVIDER-MICROSOFT", Severity.WARNING, "a third-party INF names Microsoft as provider (InfVerif 1204)"),
    DRIVERVER_INVALID("INF-DRIVERVER-INVALID", Severity.ERROR, "DriverVer is not mm/dd/yyyy[,w.x.y.z] with parts 0..65534"),
    UNDEFINED_TOKEN("INF-UNDEFINED-TOKEN", Severity.ERROR, "a %token% with no [Strings] entry (InfVerif 1235)"),
    MODELS_SECTION_MISSING("INF-MODELS-SECTION-MISSING", Severity.ERROR, "a [Manufacturer] entry names a models section that does not exist (InfVerif 1203)"),
    MODELS_SECTION_EMPTY("INF-MODELS-SECTION-EMPTY", Severity.INFO, "an empty models section: the platform is deliberately excluded"),
    BAD_DECORATION("INF-BAD-DECORATION", Severity.ERROR, "a TargetOSVersion decoration that does not follow nt[Arch][.Major[.Minor[.ProductType[.SuiteMask[.Build]]]]]"),
    MODEL_WITHOUT_ID("INF-MODEL-WITHOUT-ID", Severity.WARNING, "a model line lists neither a hardware ID nor a compatible ID"),
    INSTALL_SECTION_MISSING("INF-INSTALL-SECTION-MISSING", Severity.ERROR, "a model's install section does not exist for its platform"),
    FILE_ABSENT("INF-FILE-ABSENT", Severity.ERROR, "a file the INF needs is not in the driver's folder"),
    FILE_NOT_IN_SOURCEDISKSFILES("INF-FILE-NOT-IN-SOURCEDISKSFILES", Severity.WARNING, "a CopyFiles file without a [SourceDisksFiles] entry is not part of the signed package"),
    PATH_ESCAPES("INF-PATH-ESCAPES", Severity.ERROR, "a source path climbs out of the driver's folder"),
    UNSIGNED("INF-UNSIGNED", Severity.WARNING, "no CatalogFile: Windows treats the driver as unsigned"),
    ARCH_INCONSISTENT("INF-ARCH-INCONSISTENT", Severity.WARNING, "architecture decorations of models, files and catalogs disagree"),
    INCLUDE_NOT_FOUND("INF-INCLUDE-NOT-FOUND", Severity.INFO, "an included INF is not beside this one (normally an inbox INF)"),
    INCLUDE_LOOP("INF-INCLUDE-LOOP", Severity.ERROR, "INFs include each other in a loop"),
    NEEDS_SECTION_MISSING("INF-NEEDS-SECTION-MISSING", Severity.WARNING, "a Needs= section is in none of the included INFs found"),
    LINK_OUTSIDE("INF-LINK-OUTSIDE", Severity.ERROR, "a link in the source folder points outside it and is ignored"),
    UNREADABLE("INF-UNREADABLE", Severity.ERROR, "the file could not be read"),
    VALUE_TOO_LONG("INF-VALUE-TOO-LONG", Severity.ERROR, "a value, after string substitution, longer than Windows reads or the catalog keeps"),
    TEMPLATE("INF-TEMPLATE", Severity.INFO, "a stampinf template (.inx or unexpanded placeholders), not an installable driver");

    private final String code;
    private final Severity severity;
    private final String summary;

    InfRule(String code, Severity severity, String summary) {
        this.code = code;
        this.severity = severity;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    @Override
    public String toString() {
        return code;
    }
}
