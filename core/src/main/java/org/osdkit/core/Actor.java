package org.osdkit.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is acting: the account and the machine it acts from, written <code>DOMAIN&#92;user@HOST</code> (or
 * {@code user@host} without a domain). Audit entries, journals and locks record it; {@link #current()}
 * tells it once per process, tests use {@link #of(String, String)}.
 *
 * @param user   the account name, never blank
 * @param domain the Windows logon domain, empty when there is none (Linux, macOS, a local account)
 * @param host   the machine's name, empty when it cannot be told
 */
public record Actor(String user, String domain, String host) {

    /** Who acts when nothing tells: a configuration without a user. */
    public static final Actor UNKNOWN = new Actor("unknown", "", "");

    public Actor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user name");
        }
        user = user.strip();
        domain = domain == null ? "" : domain.strip();
        host = host == null ? "" : host.strip();
    }

    /** A fixed actor, e.g. for tests: {@code of("tester", "TESTHOST")}. */
    public static Actor of(String user, String host) {
        return new Actor(user, "", host);
    }

    /** This process's actor, told once: {@code user.name}, the logon domain and the host name. */
    public static Actor current() {
        return Current.ACTOR;
    }

    /**
     * The actor of a process whose {@code user.name} is {@code userName}, in this environment: the domain
     * from {@code USERDOMAIN} (Windows; left out when it only repeats the machine's name, as for a local
     * account) or from a <code>DOMAIN&#92;user</code> name (winbind); the host from {@code COMPUTERNAME} or
     * {@code HOSTNAME}, else from {@code hostName}, asked only then.
     */
    static Actor from(String userName, Map<String, String> environment, Supplier<String> hostName) {
        String host = firstNonBlank(environment.get("COMPUTERNAME"), environment.get("HOSTNAME"));
        if (host.isEmpty()) {
            host = firstNonBlank(hostName.get());
        }
        String user = userName == null || userName.isBlank() ? UNKNOWN.user() : userName.strip();
        String domain = firstNonBlank(environment.get("USERDOMAIN"));
        int slash = user.indexOf('\\');
        if (slash > 0 && slash < user.length() - 1) {
            domain = user.substring(0, slash);
            user = user.substring(slash + 1);
        }
        if (domain.equalsIgnoreCase(host)) {
            domain = "";
        }
        return new Actor(user, domain, host);
    }

    /** Reads back what {@link #toString()} wrote: <code>DOMAIN&#92;user@HOST</code>, {@code user@host} or {@code user}. */
    public static Actor parse(String text) {
        Objects.requireNonNull(text, "text");
        String rest = text.strip();
        String host = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            host = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String domain = "";
        int slash = rest.indexOf('\\');
        if (slash >= 0) {
            domain = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        return new Actor(rest, domain, host);
    }

    /**
     * An actor a person or a configuration names (the CLI's {@code OSDKIT_ACTOR}), in the forms
     * {@link #parse} reads, checked as {@link #parse} does not check what osdkit wrote itself: a user
     * name is required, a <code>&#92;</code> needs a domain before it and an {@code @} a host after it, and no part
     * holds a control character (a line break would forge a second line in a log or an export).
     *
     * @throws OsdkitException {@link CoreErrors#INVALID_ACTOR}, saying what is wrong and what is accepted
     */
    public static Actor named(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("An actor needs a user name.");
        }
        String t = text.strip();
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw invalid("\"" + t.replaceAll("\\p{Cntrl}", "?") + "\" is not an actor: it holds a control character (shown as ?).");
        }
        int at = t.lastIndexOf('@');
        if (at == t.length() - 1) {
            throw invalid("\"" + t + "\" is not an actor: nothing follows \"@\"; name the host or leave the @ out.");
        }
        String account = at < 0 ? t : t.substring(0, at);
        int slash = account.indexOf('\\');
        if (slash == 0) {
            throw invalid("\"" + t + "\" is not an actor: nothing comes before \"\\\"; name the domain or leave the \\ out.");
        }
        if (slash >= 0 && account.indexOf('\\', slash + 1) >= 0) {
            throw invalid("\"" + t + "\" is not an actor: it has more than one \"\\\".");
        }
        String user = slash < 0 ? account : account.substring(slash + 1);
        if (user.isBlank()) {
            throw invalid("\"" + t + "\" is not an actor: it names no user.");
        }
        return parse(t);
    }

    private static OsdkitException invalid(String message) {
        return new OsdkitException(CoreErrors.INVALID_ACTOR, message, "Write DOMAIN\\user@HOST, user@host or user.");
    }

    /** The account as Windows writes it: <code>DOMAIN&#92;user</code>, or {@code user} without a domain. */
    public String account() {
        return domain.isEmpty() ? user : domain + "\\" + user;
    }

    /** True when {@code other} is the same account on the same machine, case aside (Windows names ignore case). */
    public boolean sameAs(Actor other) {
        return toString().toLowerCase(Locale.ROOT).equals(other.toString().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return host.isEmpty() ? account() : account() + "@" + host;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** Told on first use only: asking the resolver for the host name can take a while on a badly configured network. */
    private static final class Current {
        static final Actor ACTOR = from(System.getProperty("user.name"), System.getenv(), Current::localHostName);

        private static String localHostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                return "";
            }
        }
    }
}
