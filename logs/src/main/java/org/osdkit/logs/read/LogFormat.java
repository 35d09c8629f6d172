package org.osdkit.logs.read;

/** The log layouts the reader understands; detected per file from its first 64 KB. */
public enum LogFormat {
    /** {@code <![LOG[message]LOG]!><time="..." date="..." component="..." ...>}: ConfigMgr 2007 clients, 2012+ everywhere. */
    CMTRACE,
    /** {@code message  $$<Component><MM-DD-YYYY HH:MM:SS.fff+BIAS><thread=N (0xN)>}: SMS 2003 / ConfigMgr 2007 site servers. */
    LEGACY,
    /** Any other text: one record per non-blank line, severity by keyword, a leading ISO date-time when present. */
    PLAIN,
    /** SetupAPI text logs (setupapi.dev.log, setupapi.app.log): {@code >>>}/{@code <<<} sections with start, end and exit status. */
    SETUPAPI,
    /** CBS.log, DISM.log, Panther setupact.log/setuperr.log: {@code YYYY-MM-DD HH:MM:SS, Severity  Component  message}. */
    CBS,
    /** Windows Installer verbose logs: {@code MSI (s) (PID:TID) [HH:MM:SS:mmm]: message}. */
    MSI,
    /** WindowsUpdate.log as Get-WindowsUpdateLog writes it: {@code YYYY/MM/DD HH:MM:SS.fffffff PID TID Component message}. */
    WINDOWS_UPDATE,
    /** IIS W3C extended logs: fields named by the {@code #Fields:} header, times in UTC. */
    IIS_W3C
}
