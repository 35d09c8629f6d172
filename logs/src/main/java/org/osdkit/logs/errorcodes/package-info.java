/** Decoding HRESULTs, Win32 errors and exit codes in any written form, with the offline table shipped as {@code error-codes.tsv}. */
package org.osdkit.logs.errorcodes;
