/**
 * The dashboard: {@link org.osdkit.web.Dashboard} starts Javalin with the JSON API under {@code /api/v1}
 * (described at {@code /api/v1/openapi.json}), the sign-in page and the HTML pages, behind the Host
 * allowlist, the API token or a session with its CSRF token, and the security headers. Routes translate
 * HTTP to the domains' use cases and hold no domain logic.
 */
package org.osdkit.web;
