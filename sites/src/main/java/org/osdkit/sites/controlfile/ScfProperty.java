package org.osdkit.sites.controlfile;

import java.util.OptionalLong;

/**
 * A {@code PROPERTY <Name><Value1><Value2><DWORD>} line (WMI {@code SMS_EmbeddedProperty}). Values
 * are kept as written; in ConfigMgr 2007 Value1 often names a registry type such as {@code REG_SZ}.
 *
 * @param line   1-based line number
 * @param name   property name
 * @param value1 first string value
 * @param value2 second string value
 * @param number the DWORD field as written
 */
public record ScfProperty(int line, String name, String value1, String value2, String number) {

    /** The DWORD field as a number, when it is one. */
    public OptionalLong dword() {
        try {
            return OptionalLong.of(Long.parseLong(number.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The string a person would call the value: Value2 when set (Value1 then holds a type), else Value1. */
    public String text() {
        return value2.isEmpty() ? value1 : value2;
    }
}
