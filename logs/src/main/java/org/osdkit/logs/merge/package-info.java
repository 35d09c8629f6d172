/** Several logs merged into one timeline ordered by UTC, streaming (a k-way merge over one record per log). */
package org.osdkit.logs.merge;
