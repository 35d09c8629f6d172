/** The module's optional Guice wiring ({@link org.osdkit.logs.guice.LogsModule}); nothing else in the module uses Guice. */
package org.osdkit.logs.guice;
