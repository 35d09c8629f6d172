/**
 * The {@link org.osdkit.sites.service.ServiceController} port that stops and starts SMS_EXECUTIVE
 * around a site control file edit, and its real adapters ({@code sc.exe}, or commands an administrator
 * supplies), package-private beside it and reached through {@link org.osdkit.sites.service.ServiceControllers}.
 * They sit with the port rather than in an adapter package because they hold no infrastructure a
 * library user would swap: only process calls, tested here against a fake {@code sc.exe}, since a
 * Windows service cannot exist on the build machine.
 */
package org.osdkit.sites.service;
