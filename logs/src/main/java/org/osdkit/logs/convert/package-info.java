/** Rewriting records of any supported format as CMTrace lines, so they open in CMTrace with colours and columns. */
package org.osdkit.logs.convert;
