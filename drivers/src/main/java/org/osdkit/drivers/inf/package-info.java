/**
 * An INF parser that reads files the way Windows' setup parser does (encodings, comments before
 * continuations, merged sections, localised strings, TargetOSVersion decorations) and a lint with
 * stable finding codes. Usable on its own: {@code InfFile.parse(path)}, then {@code InfLint.check}.
 */
package org.osdkit.drivers.inf;
