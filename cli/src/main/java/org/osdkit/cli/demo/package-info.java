/**
 * {@code osdkit demo}: writes a sample Configuration Manager estate into a folder of its own and runs
 * the seed's workflows against a workspace inside it, through the same command lines an admin types.
 */
package org.osdkit.cli.demo;
