/**
 * Distribution points and their groups, sending a package's content to them with hash-verified,
 * resumable copies and ConfigMgr's content states, and removing a package from them and its source.
 * Port: {@code DistributionStore}.
 */
package org.osdkit.drivers.distribution;
