package org.osdkit.logs.errorcodes;

import java.util.List;

/**
 * An error code taken apart: its number in every form admins meet, what kind of code it is, its
 * fields, the Win32 error behind {@code 0x8007xxxx} and the meanings the table knows (none for unknown codes).
 *
 * @param input        the text it was read from
 * @param hex          {@code 0x} and 8 hex digits of the value as given
 * @param signed       as a signed 32-bit number ({@code -2147467259})
 * @param unsigned     as an unsigned 32-bit number ({@code 2147500037})
 * @param kind         {@code Win32}: a Win32 error or exit code (a small number); {@code HRESULT};
 *                     {@code HRESULT from NTSTATUS} (N bit set); {@code NTSTATUS} (severity bits 01 or 11)
 * @param severity     in words: {@code success}/{@code failure} (HRESULT), {@code success}/{@code informational}/
 *                     {@code warning}/{@code error} (NTSTATUS), {@code success}/{@code error} (Win32 code)
 * @param hresult      the HRESULT form ({@code 0x80070057} for Win32 code 87; the value itself otherwise)
 * @param failure      the HRESULT severity bit is set (in {@code hex}; a small Win32 number has it clear)
 * @param customer     customer bit set (vendor-defined code)
 * @param ntStatus     N bit set: an NTSTATUS mapped into an HRESULT
 * @param facility     facility number of the HRESULT form (bits 16-26; 12 bits for an NTSTATUS)
 * @param facilityName its name ({@code WIN32}, {@code ITF}, {@code HTTP}, {@code ConfigMgr}), or {@code unknown}
 * @param code         the low 16 bits
 * @param win32        the Win32 error behind a {@code 0x8007xxxx} code, or a plain small number, else {@code null}
 * @param meanings     what the table says, most specific first
 */
public record DecodedCode(String input, String hex, int signed, long unsigned, String kind, String severity, String hresult,
                          boolean failure, boolean customer, boolean ntStatus, int facility, String facilityName, int code,
                          Integer win32, List<CodeMeaning> meanings) {

    public DecodedCode {
        meanings = List.copyOf(meanings);
    }

    /** The best-known symbol and message, or what the fields say for codes the table lacks. */
    public String summary() {
        if (!meanings.isEmpty()) {
            CodeMeaning m = meanings.get(0);
            return (m.symbol().isEmpty() ? "" : m.symbol() + ": ") + m.message();
        }
        return "Unknown code: " + severity + ", facility " + facility + " (" + facilityName + "), code " + code + " (" + kind + ")";
    }

    /** One line explaining the fields, for people: what kind of code, its severity, facility and code. */
    public String explanation() {
        return switch (kind) {
            case "Win32" -> unsigned == 0 ? "Win32 code 0: success (as an HRESULT 0x00000000, S_OK)"
                    : "Win32 error code " + code + " (" + severity + "); as an HRESULT " + hresult + " (failure, facility 7 WIN32)";
            case "NTSTATUS" -> "NTSTATUS, severity " + severity + ", facility " + facility + " (" + facilityName + "), code " + code;
            case "HRESULT from NTSTATUS" -> "HRESULT wrapping NTSTATUS " + String.format("0x%08X", unsigned & ~0x10000000L)
                    + ", severity " + severity + ", facility " + facility + " (" + facilityName + "), code " + code;
            default -> "HRESULT, severity " + severity + (customer ? " (customer-defined)" : "") + ", facility " + facility
                    + " (" + facilityName + "), code " + code + " (0x" + Integer.toHexString(code).toUpperCase(java.util.Locale.ROOT) + ")";
        };
    }
}
