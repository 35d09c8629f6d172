package org.osdkit.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception type osdkit's APIs throw on purpose: a stable {@link ErrorCode}, a message that
 * says what was wrong, and optionally what to do about it.
 */
public class OsdkitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String action;

    public OsdkitException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public OsdkitException(ErrorCode code, String message, String action) {
        this(code, message, action, null);
    }

    public OsdkitException(ErrorCode code, String message, String action, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.action = action;
    }

    public ErrorCode code() {
        return code;
    }

    /** What the person running the command can do next, when there is something useful to say. */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /**
     * The osdkit error behind {@code failure}, if any: frameworks (Guice providers, executors) wrap what
     * our code throws, and the person reading the error needs the osdkit message inside.
     */
    public static Optional<OsdkitException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OsdkitException oe) {
                return Optional.of(oe);
            }
        }
        return Optional.empty();
    }

    /** Message and action in one line, as the CLI prints it. */
    public String describe() {
        return action == null ? getMessage() : getMessage() + " " + action;
    }
}
