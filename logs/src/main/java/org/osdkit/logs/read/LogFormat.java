package org.osdkit.logs.read;

/** The log layouts the reader understands; detected per file from its first 64 KB. */
public enum LogFormat {
    /** {@code <![LOG[message]LOG]!><time="..." date="..." component="..." ...>}: ConfigMgr 2007 clients, 2012+ everywhere. */
    CMTRACE,
    /** {@code message  $$<Component><MM-DD-YYYY HH:MM:SS.fff+BIAS><thread=N (0xN)>}: SMS 2003 / ConfigMgr 2007 site servers. */
    LEGACY,
    /** Any other text: one record per non-blank line, severity by keyword, a leading ISO date-time when present. */
    PLAIN
}
