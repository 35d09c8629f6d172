/**
 * The site control file ({@code sitectrl.ct0} of SMS 2003 and ConfigMgr 2007) read losslessly:
 * {@link org.osdkit.sites.controlfile.SiteControlFile#read(java.nio.file.Path)} keeps every byte in its
 * lines, exposes the blocks, properties and the site definition, and renders an unchanged file back
 * byte for byte; {@link org.osdkit.sites.controlfile.SiteControlFile#withSiteName(String)} changes
 * only the bytes of the site name.
 *
 * <p>The parser and renderer are written by hand because no library does this: the format
 * ({@code BEGIN_<TYPE>}/{@code END_<TYPE>} blocks of {@code <value>} and {@code PROPERTY} lines) is
 * documented only in fragments by Microsoft, no parser for it is published for Java or any other
 * platform, and a general-purpose grammar or tokenizer library would not keep what osdkit must keep:
 * each byte in an unknown code page, each line ending as found, and unreadable lines verbatim with
 * their line numbers, so that a file is only ever written back with one value changed in place.
 */
package org.osdkit.sites.controlfile;
