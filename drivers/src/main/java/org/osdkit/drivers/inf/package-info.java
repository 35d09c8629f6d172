/**
 * An INF parser that reads files the way Windows' setup parser does (encodings, comments before
 * continuations, merged sections, localised strings, TargetOSVersion decorations) and a lint with
 * stable finding codes. Usable on its own: {@code InfFile.parse(path)}, then {@code InfLint.check}.
 *
 * <p>Hand-written on purpose: an INF is not an INI file, and what counts is how SetupAPI reads it
 * (strip the comment before testing for a continuation, merge same-named sections, {@code %%} and
 * {@code ""} escapes, Ctrl-Z ends the file, UTF-16 without a BOM). No maintained Java INF parser
 * exists, and the INI-style ones in other languages lose those rules, the order of sections or the
 * Manufacturer/Models meaning this module builds on.
 */
package org.osdkit.drivers.inf;
