package org.osdkit.logs.errorcodes;

import java.util.List;

/**
 * One row of the shipped error-code table: a documented meaning of a code.
 *
 * @param code        as the table writes it: decimal for codes of the Win32 range (Win32, WinHTTP, WinINet,
 *                    NetAPI, USMT), {@code 0x} and 8 hex digits for 32-bit codes (HRESULT, NTSTATUS, ConfigMgr)
 * @param domain      where the meaning applies: Win32, WinHTTP, WinINet, NetAPI, HRESULT, NTSTATUS, BITS, HTTP,
 *                    WindowsUpdate, WMI, DISM, Setup, ConfigMgr, USMT
 * @param facility    the facility name ({@code WIN32}, {@code ITF}, {@code HTTP}); empty for exit codes
 * @param symbol      the symbolic name ({@code E_FAIL}); empty when the source gives none
 * @param aliases     other symbolic names of the same code in the same domain
 * @param message     what it means, in osdkit's words
 * @param messageKind {@code written} (osdkit's own description) or {@code from-name} (a plain phrase made from the symbol)
 * @param source      where the code and its name come from
 * @param verified    how far the row is checked ({@code yes: ...}, {@code single listing: ...}, {@code unverified: ...})
 */
public record CodeMeaning(String code, String domain, String facility, String symbol, List<String> aliases, String message,
                          String messageKind, String source, String verified) {

    public CodeMeaning {
        aliases = List.copyOf(aliases);
    }

    /** A meaning made up on the spot for a code the table lacks (the CLI's CSV needs a row for it). */
    public static CodeMeaning unknown(String code, String message) {
        return new CodeMeaning(code, "", "", "", List.of(), message, "", "", "");
    }
}
