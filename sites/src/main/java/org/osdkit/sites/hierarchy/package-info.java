/**
 * Sites and their hierarchy: {@link org.osdkit.sites.hierarchy.ReadHierarchy} reads one from a folder
 * of site control files or from a YAML/JSON description (Jackson), {@link org.osdkit.sites.hierarchy.HierarchyRules}
 * checks it, {@link org.osdkit.sites.hierarchy.ImportHierarchy} stores it through the
 * {@link org.osdkit.sites.hierarchy.SiteInventory} port.
 */
package org.osdkit.sites.hierarchy;
