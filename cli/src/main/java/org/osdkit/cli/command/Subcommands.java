package org.osdkit.cli.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The commands of a top-level command group, in the order help lists them. Used instead of picocli's
 * {@code @Command(subcommands = ...)}, which builds every command of the group (reads all their
 * options, mixins and converters) whenever the group is built: the launcher's {@code CommandGroups}
 * builds only the command a command line names and stand-ins for the others.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subcommands {

    Class<?>[] value();
}
