/**
 * Confined deletion, the one way osdkit deletes a folder tree: the target's real path must lie strictly
 * inside its root's, and the walk never follows a link nor crosses a mount point, junction or other
 * file system. The file-system facts it relies on sit behind {@link org.osdkit.core.files.DeletionFileSystem},
 * so the rules are testable with a fake as well as on real mounts.
 */
package org.osdkit.core.files;
