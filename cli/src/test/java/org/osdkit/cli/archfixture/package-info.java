/**
 * Classes that break the architecture rules on purpose, under a root package of their own, so the
 * rules can be shown to fail. Test code only; never part of the product.
 */
package org.osdkit.cli.archfixture;
