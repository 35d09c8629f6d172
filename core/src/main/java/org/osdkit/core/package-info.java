/**
 * osdkit's shared vocabulary: site codes, package IDs, hardware models, OS targets, UNC paths, the
 * error type with stable codes, and the Guice module binding core's infrastructure. The clock port is
 * {@link java.time.Clock}, injected wherever time matters.
 */
package org.osdkit.core;
