/** What a task sequence did, read from its smsts.log fragments: steps, reboots, and the failing step with its context. */
package org.osdkit.logs.tasksequence;
