package org.osdkit.cli.archfixture.core;

/** Deliberately broken: a class named for being internal instead of for what it does. */
public class CoreInternals {
}
