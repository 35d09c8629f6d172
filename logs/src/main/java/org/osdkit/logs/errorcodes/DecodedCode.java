package org.osdkit.logs.errorcodes;

import java.util.List;

/**
 * An error code taken apart: its number in every form admins meet, the HRESULT fields, the Win32
 * error behind {@code 0x8007xxxx}, and the meanings the table knows (none for unknown codes).
 *
 * @param input        the text it was read from
 * @param hex          {@code 0x} and 8 hex digits
 * @param signed       as a signed 32-bit number ({@code -2147467259})
 * @param unsigned     as an unsigned 32-bit number ({@code 2147500037})
 * @param failure      severity bit set
 * @param customer     customer bit set (vendor-defined code)
 * @param ntStatus     N bit set: a mapped NTSTATUS
 * @param facility     facility number (bits 16-26)
 * @param facilityName its name ({@code WIN32}, {@code ITF}, {@code ConfigMgr}), or {@code unknown}
 * @param code         the low 16 bits
 * @param win32        the Win32 error behind a {@code 0x8007xxxx} code, or a plain small number, else {@code null}
 * @param meanings     what the table says, most specific first
 */
public record DecodedCode(String input, String hex, int signed, long unsigned, boolean failure, boolean customer,
                          boolean ntStatus, int facility, String facilityName, int code, Integer win32,
                          List<CodeMeaning> meanings) {

    public DecodedCode {
        meanings = List.copyOf(meanings);
    }

    /** The best-known symbol and message, or a facility-level description for codes the table lacks. */
    public String summary() {
        if (!meanings.isEmpty()) {
            CodeMeaning m = meanings.get(0);
            return (m.symbol().isEmpty() ? "" : m.symbol() + ": ") + m.message();
        }
        return "Unknown code: " + (failure ? "failure" : "success") + ", facility " + facility + " (" + facilityName + "), code " + code;
    }
}
