/**
 * Classes that break the architecture rules on purpose, under a root package of their own, so the
 * rules can be shown to fail; a few beside them are as they should be ({@code drivers.jdbc.DriversStorage},
 * {@code drivers.guice.DriversModule}), to show the rules leave the right things alone. Test code only;
 * never part of the product.
 */
package org.osdkit.cli.archfixture;
