package org.osdkit.logs.read;

import java.util.function.Consumer;
import org.osdkit.core.ErrorCode;
import org.osdkit.logs.LogsErrors;

/** What every parser shares: the file's name, the options, where problems go, and record assembly. */
final class ParseContext {

    final String source;
    final ReadOptions options;
    final LogFormat format;
    private final Consumer<ReadProblem> problems;
    /** Set for MDT's logs, whose bias is not UTC; {@code null} for every other log. */
    private final MdtTime mdt;

    ParseContext(String source, ReadOptions options, LogFormat format, Consumer<ReadProblem> problems) {
        this(source, options, format, problems, null);
    }

    ParseContext(String source, ReadOptions options, LogFormat format, Consumer<ReadProblem> problems, MdtTime mdt) {
        this.source = source;
        this.options = options;
        this.format = format;
        this.problems = problems;
        this.mdt = mdt;
    }

    void report(long line, ErrorCode code, String message) {
        problems.accept(new ReadProblem(source, line, code, message));
    }

    /** A complete record; its problems (bad time, cut message) are reported as they are attached. */
    LogRecord entry(long line, Stamp stamp, String component, String context, String thread, Severity severity, boolean guessed,
                    String file, Text message) {
        String cut = message.truncated() ? cutNote(message) : null;
        return entry(line, stamp, component, context, thread, severity, guessed, file, message.toString(), message.length(), cut);
    }

    /** A complete record whose message was taken whole. */
    LogRecord entry(long line, Stamp stamp, String component, String context, String thread, Severity severity, boolean guessed,
                    String file, String message) {
        return entry(line, stamp, component, context, thread, severity, guessed, file, message, message.length(), null);
    }

    private LogRecord entry(long line, Stamp stamp, String component, String context, String thread, Severity severity, boolean guessed,
                            String file, String message, long length, String cut) {
        String problem = stamp.problem();
        if (problem != null) {
            report(line, LogsErrors.INVALID_TIMESTAMP, problem);
        }
        if (cut != null) {
            report(line, LogsErrors.MESSAGE_TRUNCATED, cut);
            problem = Stamp.join(problem, cut);
        }
        String note = null;
        if (mdt != null && stamp.local() != null) {
            stamp = mdt.restamp(stamp);
            note = mdt.note();
        }
        return new LogRecord(source, line, RecordKind.ENTRY, format, stamp.local(), stamp.bias(), stamp.utc(), stamp.zone(),
                component, context, thread, severity, file, message, length, problem, guessed, note);
    }

    /** An unparsed fragment: kept with its text, its line and why it could not be parsed. */
    LogRecord fragment(long line, Stamp stamp, Text raw, String why) {
        String problem = raw.truncated() ? why + "; " + cutNote(raw) : why;
        report(line, LogsErrors.UNPARSED_RECORD, problem);
        String note = null;
        if (mdt != null && stamp.local() != null) {
            stamp = mdt.restamp(stamp);
            note = mdt.note();
        }
        return new LogRecord(source, line, RecordKind.UNPARSED, format, stamp.local(), stamp.bias(), stamp.utc(),
                stamp.local() == null ? ZoneStatus.UNKNOWN : stamp.zone(), null, null, null,
                Severity.byKeyword(raw.head()), null, raw.toString(), raw.length(), problem, true, note);
    }

    private String cutNote(Text text) {
        return "message of " + text.length() + " characters cut to " + options.maxMessageChars();
    }
}
