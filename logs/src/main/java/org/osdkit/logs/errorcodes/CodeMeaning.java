package org.osdkit.logs.errorcodes;

/**
 * One documented meaning of an error code, from the shipped table.
 *
 * @param domain  where the meaning applies: Win32, WinHTTP, HRESULT, WMI, WUA, ConfigMgr, USMT
 * @param symbol  the symbolic name ({@code E_FAIL}); empty when the source gives none
 * @param message what it means
 * @param source  where the fact comes from
 */
public record CodeMeaning(String domain, String symbol, String message, String source) {
}
