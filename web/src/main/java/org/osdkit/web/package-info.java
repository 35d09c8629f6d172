/**
 * The dashboard: {@link org.osdkit.web.Dashboard} starts Javalin with the JSON API under
 * {@code /api/v1} and the HTML pages. Routes translate HTTP to domain calls and hold no domain logic.
 */
package org.osdkit.web;
