/**
 * Computer associations ({@code SMS_StateMigration}): the record, its store state from the three
 * dates, the WMI date forms, and the import of the CSV and JSON exports admins make of them
 * (bound onto records by Jackson; bad records are reported with file, line and field and skipped).
 */
package org.osdkit.statemigration.associations;
