package org.osdkit.cli.logs;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.errorcodes.CodeMeaning;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.errorcodes.ErrorCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs errcode}: what an error code means (CMTrace's error lookup), or the whole table. */
@Command(name = "errcode", mixinStandardHelpOptions = true,
        description = {"Decode error codes: 0x80004005, 80004005, -2147467259, 2147500037, a Win32 number such as 87,",
                "or a log line such as '(Error: 80070057; Source: Windows)' (every code in it is decoded).",
                "Shows the kind of code (Win32, HRESULT, NTSTATUS), its severity, facility and code, the Win32 error behind",
                "0x8007xxxx and the meanings from osdkit's table, each with its source. A code the table lacks is still taken apart.",
                "--list prints the table (all of it, or one --facility or domain), e.g. --list --facility HTTP --output csv."})
public final class ErrcodeCommand extends LeafCommand {

    @Parameters(arity = "0..*", paramLabel = "<code|text>", description = "Codes or log text.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--list", description = "Print the table's rows instead of decoding codes.")
    boolean list;

    @Option(names = "--facility", paramLabel = "<name>",
            description = "With --list: only this facility (WIN32, ITF, HTTP, BACKGROUNDCOPY, WINDOWSUPDATE, SETUPAPI, SSPI, CERT, a number)"
                    + " or domain (Win32, NTSTATUS, BITS, WindowsUpdate, WMI, Setup, ConfigMgr, USMT). WIN32 lists the 0x8007xxxx forms.")
    String facility;

    /** A lookup in the built-in table: no workspace, no own log (so it also answers where none can be written). */
    @Override
    protected boolean needsWorkspace() {
        return false;
    }

    @Override
    protected int execute() {
        // The built-in table directly, not through the injector: decoding a code needs no Guice and no database.
        ErrorCodes table = ErrorCodes.builtIn();
        if (list) {
            return list(table);
        }
        if (facility != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--facility needs --list");
        }
        if (codes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give at least one code or log text, or --list.");
        }
        List<DecodedCode> decoded = new ArrayList<>();
        for (String c : codes) {
            if (ErrorCodes.parseNumber(c) != null) {
                decoded.add(table.decode(c));
            } else {
                List<DecodedCode> found = table.findIn(c);
                if (found.isEmpty()) {
                    // A malformed argument, like a bad option value, is a usage error (exit 2), checked before anything
                    // is printed; the table's own refusal says what a code looks like.
                    try {
                        found = List.of(table.decode(c));
                    } catch (OsdkitException e) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "[" + e.code().id() + "] " + e.describe());
                    }
                }
                decoded.addAll(found);
            }
        }
        return print(decoded, printer());
    }

    /**
     * {@code osdkit logs errcode <code>...} with nothing but plain numbers ({@code 0x80004005}, {@code 80070057},
     * {@code 87}; none starting with {@code -}, so no option, negative number or {@code --}), which the launcher
     * answers without building picocli's command model ({@link #runPlain}): picocli's start-up is most of
     * this command's, and such a line cannot fail. Any other errcode line goes through picocli.
     */
    public static boolean isPlainDecode(String[] args) {
        if (args.length < 3 || !args[0].equals("logs") || !args[1].equals("errcode")) {
            return false;
        }
        for (int i = 2; i < args.length; i++) {
            if (args[i].isEmpty() || args[i].charAt(0) == '-' || args[i].charAt(0) == '@' || ErrorCodes.parseNumber(args[i]) == null) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the codes of a line {@link #isPlainDecode} accepted, printing exactly what the command prints; returns the exit code. */
    public static int runPlain(String[] args, Printer printer) {
        ErrorCodes table = ErrorCodes.builtIn();
        List<DecodedCode> decoded = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            decoded.add(table.decode(args[i]));
        }
        return print(decoded, printer);
    }

    private static int print(List<DecodedCode> decoded, Printer printer) {
        if (printer.format() == OutputFormat.json) {
            printer.json(decoded);
            return ExitCodes.OK;
        }
        if (printer.format() == OutputFormat.csv) {
            Table t = Table.of("Input", "Hex", "Signed", "Unsigned", "Kind", "Severity", "HResult", "Facility", "FacilityName", "Code", "Win32",
                    "Domain", "Symbol", "Message", "Source", "Verified");
            for (DecodedCode d : decoded) {
                List<CodeMeaning> ms = d.meanings().isEmpty() ? List.of(CodeMeaning.unknown(d.hex(), d.summary())) : d.meanings();
                for (CodeMeaning m : ms) {
                    t.row(d.input(), d.hex(), d.signed(), d.unsigned(), d.kind(), d.severity(), d.hresult(), d.facility(), d.facilityName(),
                            d.code(), d.win32(), m.domain(), m.symbol(), m.message(), m.source(), m.verified());
                }
            }
            printer.table(t);
            return ExitCodes.OK;
        }
        for (DecodedCode d : decoded) {
            Table t = Table.of("Property", "Value")
                    .row("Code", d.hex())
                    .row("Signed", d.signed())
                    .row("Unsigned", d.unsigned())
                    .row("Kind", d.explanation())
                    .row("Severity", d.severity())
                    .row("Facility", d.facility() + " (" + d.facilityName() + ")")
                    .row("FacilityCode", d.code() + " (0x" + Integer.toHexString(d.code()).toUpperCase() + ")");
            if (d.customer() || d.ntStatus()) {
                t.row("Flags", (d.customer() ? "customer " : "") + (d.ntStatus() ? "NTSTATUS" : "").strip());
            }
            if (d.win32() != null) {
                t.row("Win32", d.win32());
            }
            if (d.meanings().isEmpty()) {
                t.row("Meaning", d.summary());
            }
            for (CodeMeaning m : d.meanings()) {
                t.row(m.domain(), (m.symbol().isEmpty() ? "" : m.symbol() + " / ") + m.message()
                        + (m.messageKind().equals("from-name") ? " (described from its name)" : ""));
                t.row("Source", m.source() + " [" + m.verified() + "]");
            }
            printer.table(t);
            printer.info("");
        }
        return ExitCodes.OK;
    }

    private int list(ErrorCodes table) {
        if (!codes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--list takes no codes (give --facility to narrow it).");
        }
        List<CodeMeaning> rows = facility == null ? table.rows() : table.rowsOf(facility);
        if (rows.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--facility \"" + facility + "\" names no facility or domain of the table"
                    + " (facilities: " + table.facilities().values().stream().map(ErrorCodes.Facility::name).toList() + ").");
        }
        if (printer().format() == OutputFormat.json) {
            printer().json(rows);
            return ExitCodes.OK;
        }
        Table t = Table.of("Code", "Domain", "Facility", "Symbol", "Aliases", "Description", "DescriptionKind", "Source", "Verified");
        for (CodeMeaning m : rows) {
            t.row(m.code(), m.domain(), m.facility(), m.symbol(), String.join(" ", m.aliases()), m.message(), m.messageKind(), m.source(), m.verified());
        }
        printer().table(t);
        return ExitCodes.OK;
    }
}
