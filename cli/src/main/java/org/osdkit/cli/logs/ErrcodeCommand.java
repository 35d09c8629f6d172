package org.osdkit.cli.logs;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.logs.errorcodes.CodeMeaning;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.errorcodes.ErrorCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs errcode}: what an error code means (CMTrace's error lookup). */
@Command(name = "errcode", mixinStandardHelpOptions = true,
        description = {"Decode error codes: 0x80004005, 80004005, -2147467259, 2147500037, a Win32 number such as 87,",
                "or a log line such as '(Error: 80070057; Source: Windows)' (every code in it is decoded).",
                "Shows the HRESULT fields, the Win32 error behind 0x8007xxxx and the meanings from osdkit's table."})
final class ErrcodeCommand extends LeafCommand {

    @Parameters(arity = "1..*", paramLabel = "<code|text>", description = "Codes or log text.")
    List<String> codes;

    @Override
    protected int execute() {
        ErrorCodes table = get(ErrorCodes.class);
        List<DecodedCode> decoded = new ArrayList<>();
        for (String c : codes) {
            if (ErrorCodes.parseNumber(c) != null) {
                decoded.add(table.decode(c));
            } else {
                List<DecodedCode> found = table.findIn(c);
                decoded.addAll(found.isEmpty() ? List.of(table.decode(c)) : found);
            }
        }
        if (printer().format() == OutputFormat.json) {
            printer().json(decoded);
            return ExitCodes.OK;
        }
        if (printer().format() == OutputFormat.csv) {
            Table t = Table.of("Input", "Hex", "Signed", "Unsigned", "Failure", "Facility", "FacilityName", "Code", "Win32", "Domain", "Symbol", "Message", "Source");
            for (DecodedCode d : decoded) {
                List<CodeMeaning> ms = d.meanings().isEmpty() ? List.of(new CodeMeaning("", "", d.summary(), "")) : d.meanings();
                for (CodeMeaning m : ms) {
                    t.row(d.input(), d.hex(), d.signed(), d.unsigned(), d.failure(), d.facility(), d.facilityName(), d.code(), d.win32(),
                            m.domain(), m.symbol(), m.message(), m.source());
                }
            }
            printer().table(t);
            return ExitCodes.OK;
        }
        for (DecodedCode d : decoded) {
            Table t = Table.of("Property", "Value")
                    .row("Code", d.hex())
                    .row("Signed", d.signed())
                    .row("Unsigned", d.unsigned())
                    .row("Severity", d.failure() ? "failure" : "success")
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
                t.row(m.domain(), (m.symbol().isEmpty() ? "" : m.symbol() + " / ") + m.message());
                t.row("Source", m.source());
            }
            printer().table(t);
            printer().info("");
        }
        return ExitCodes.OK;
    }
}
