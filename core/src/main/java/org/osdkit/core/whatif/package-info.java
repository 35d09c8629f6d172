/**
 * The what-if plan of an operation, PowerShell's ShouldProcess pattern: a domain operation names each
 * change it is about to make as a {@link org.osdkit.core.whatif.PlannedOperation} and asks a
 * {@link org.osdkit.core.whatif.ShouldProcess} before making it; a what-if run records the operations
 * instead ({@link org.osdkit.core.whatif.WhatIfRecorder}) and returns them as an
 * {@link org.osdkit.core.whatif.OperationPlan}, which each front-end prints its own way.
 */
package org.osdkit.core.whatif;
