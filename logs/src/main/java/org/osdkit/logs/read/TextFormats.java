package org.osdkit.logs.read;

import java.util.regex.Pattern;

/**
 * The one registration point of the line-oriented Windows formats beyond CMTrace and legacy: which
 * format a sample is, and the parser that reads it. Asked only after CMTrace and legacy were ruled
 * out, so the CMTrace hot path never pays for these checks.
 */
final class TextFormats {

    private static final Pattern SETUPAPI = Pattern.compile("(?m)^>>>  ?\\[|^\\[Device Install Log\\]|^\\[BeginLog\\]");
    private static final Pattern CBS = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}, (Info|Warning|Error|Perf|Fatal)\\b");
    private static final Pattern MSI = Pattern.compile("(?m)^MSI \\([scN]\\) \\([0-9A-Fa-f]{1,8}[:!][0-9A-Fa-f]{1,8}\\) \\[\\d{2}:\\d{2}:\\d{2}:\\d{3}\\]: |^=== (Verbose )?[Ll]ogging started");
    private static final Pattern WINDOWS_UPDATE = Pattern.compile("(?m)^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{7} +\\d+ +\\d+ +\\S+ ");
    private static final Pattern IIS = Pattern.compile("(?m)^#Fields: ");

    private TextFormats() {
    }

    /** The format of a sample that is neither CMTrace nor legacy; {@link LogFormat#PLAIN} when none fits. */
    static LogFormat detect(String sample) {
        if (IIS.matcher(sample).find()) {
            return LogFormat.IIS_W3C;
        }
        if (MSI.matcher(sample).find()) {
            return LogFormat.MSI;
        }
        if (SETUPAPI.matcher(sample).find()) {
            return LogFormat.SETUPAPI;
        }
        if (WINDOWS_UPDATE.matcher(sample).find()) {
            return LogFormat.WINDOWS_UPDATE;
        }
        if (CBS.matcher(sample).find()) {
            return LogFormat.CBS;
        }
        return LogFormat.PLAIN;
    }

    /** The parser for {@code ctx.format}, one of the formats {@link #detect} returns. */
    static RecordParser parser(CharCursor in, ParseContext ctx) {
        return switch (ctx.format) {
            case SETUPAPI -> new SetupApiParser(in, ctx);
            case CBS -> new CbsParser(in, ctx);
            case MSI -> new MsiParser(in, ctx);
            case WINDOWS_UPDATE -> new WindowsUpdateParser(in, ctx);
            case IIS_W3C -> new W3cParser(in, ctx);
            default -> new PlainParser(in, ctx);
        };
    }
}
