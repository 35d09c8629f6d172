package org.osdkit.logs.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.RecordCursor;
import org.osdkit.logs.read.Severity;

/**
 * The filter clauses CMTrace admins know, all of which must hold: severity, component is / is not,
 * thread, time before / after, text contains / does not contain (case-insensitive) and a regex.
 * Build one with {@link #builder()}; an empty filter lets everything through.
 */
public final class RecordFilter implements Predicate<LogRecord> {

    private final List<Predicate<LogRecord>> clauses;

    private RecordFilter(List<Predicate<LogRecord>> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A filter that keeps every record. */
    public static RecordFilter all() {
        return new RecordFilter(List.of());
    }

    /** The records of {@code records} this filter keeps, still streaming; closing it closes {@code records}. */
    public RecordCursor apply(RecordCursor records) {
        return new RecordCursor() {
            private LogRecord next;

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    LogRecord r = records.next();
                    if (test(r)) {
                        next = r;
                    }
                }
                return next != null;
            }

            @Override
            public LogRecord next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                LogRecord r = next;
                next = null;
                return r;
            }

            @Override
            public void close() {
                records.close();
            }
        };
    }

    @Override
    public boolean test(LogRecord r) {
        for (Predicate<LogRecord> c : clauses) {
            if (!c.test(r)) {
                return false;
            }
        }
        return true;
    }

    /** Collects clauses; each method adds one and may be called again to add more. */
    public static final class Builder {

        private final List<Predicate<LogRecord>> clauses = new ArrayList<>();

        /** Keeps records of these severities (unparsed fragments carry a keyword severity too). */
        public Builder severities(Set<Severity> severities) {
            if (!severities.isEmpty()) {
                Set<Severity> set = EnumSet.copyOf(severities);
                clauses.add(r -> set.contains(r.severity()));
            }
            return this;
        }

        /** Keeps records at or above {@code min} (VERBOSE &lt; INFO &lt; WARNING &lt; ERROR). */
        public Builder atLeast(Severity min) {
            clauses.add(r -> r.severity().compareTo(min) >= 0);
            return this;
        }

        /** Component is one of these (case-insensitive). */
        public Builder components(List<String> names) {
            if (!names.isEmpty()) {
                Set<String> set = lower(names);
                clauses.add(r -> r.component() != null && set.contains(r.component().toLowerCase(Locale.ROOT)));
            }
            return this;
        }

        /** Component is none of these (case-insensitive). */
        public Builder excludeComponents(List<String> names) {
            if (!names.isEmpty()) {
                Set<String> set = lower(names);
                clauses.add(r -> r.component() == null || !set.contains(r.component().toLowerCase(Locale.ROOT)));
            }
            return this;
        }

        /** Thread is one of these (decimal, as written). */
        public Builder threads(List<String> threads) {
            if (!threads.isEmpty()) {
                Set<String> set = Set.copyOf(threads);
                clauses.add(r -> r.thread() != null && set.contains(r.thread()));
            }
            return this;
        }

        public Builder contains(String text) {
            String needle = text.toLowerCase(Locale.ROOT);
            clauses.add(r -> r.message().toLowerCase(Locale.ROOT).contains(needle));
            return this;
        }

        public Builder notContains(String text) {
            String needle = text.toLowerCase(Locale.ROOT);
            clauses.add(r -> !r.message().toLowerCase(Locale.ROOT).contains(needle));
            return this;
        }

        /** The message matches {@code regex} somewhere (Java syntax; add {@code (?i)} to ignore case). */
        public Builder regex(String regex) {
            try {
                Pattern p = Pattern.compile(regex);
                clauses.add(r -> p.matcher(r.message()).find());
            } catch (PatternSyntaxException e) {
                throw new OsdkitException(LogsErrors.INVALID_FILTER, "Invalid regular expression \"" + regex + "\": " + e.getDescription() + ".",
                        "Fix the expression (Java syntax).");
            }
            return this;
        }

        /** Strictly after {@code bound}; records without the time to compare are left out. */
        public Builder after(TimeBound bound) {
            clauses.add(r -> {
                Integer c = bound.compare(r);
                return c != null && c > 0;
            });
            return this;
        }

        /** Strictly before {@code bound}; records without the time to compare are left out. */
        public Builder before(TimeBound bound) {
            clauses.add(r -> {
                Integer c = bound.compare(r);
                return c != null && c < 0;
            });
            return this;
        }

        /** Leaves out unparsed fragments. */
        public Builder withoutUnparsed() {
            clauses.add(r -> !r.unparsed());
            return this;
        }

        public RecordFilter build() {
            return new RecordFilter(clauses);
        }

        private static Set<String> lower(List<String> names) {
            return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        }
    }
}
