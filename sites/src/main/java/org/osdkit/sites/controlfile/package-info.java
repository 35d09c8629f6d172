/**
 * The site control file ({@code sitectrl.ct0} of SMS 2003 and ConfigMgr 2007) read losslessly:
 * {@link org.osdkit.sites.controlfile.SiteControlFile#read(java.nio.file.Path)} keeps every byte in its
 * lines, exposes the blocks, properties, records (also those older files keep at the top level, outside
 * any block) and the site definition, and renders an unchanged file back
 * byte for byte; {@link org.osdkit.sites.controlfile.SiteControlFile#withSiteName(String)} changes
 * only the bytes of the site name.
 *
 * <p>Why the parser and renderer are hand-written: the format ({@code BEGIN_<TYPE>}/{@code END_<TYPE>}
 * blocks of {@code <value>}, {@code PROPERTY} and keyword lines) is Microsoft's own and documented
 * only in fragments; Microsoft's supported reader is the SMS Provider's WMI session on a running site
 * server, and osdkit found no Java library that reads the file. A general parsing library (a grammar
 * or a tokenizer) would not do the hard part either: keep each byte in an unknown code page, each line
 * ending as found and each unreadable line verbatim with its number, so that a file is only ever
 * written back with one value changed in place.
 */
package org.osdkit.sites.controlfile;
