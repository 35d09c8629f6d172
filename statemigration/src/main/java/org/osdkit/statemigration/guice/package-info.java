/**
 * The statemigration module's Guice wiring ({@link org.osdkit.statemigration.guice.StateMigrationModule}).
 * Guice is optional: a library user who builds the use cases by hand never needs this package.
 */
package org.osdkit.statemigration.guice;
