package org.osdkit.statemigration.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.inventory.StoreLocation;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * The holds as seen from one SMP, indexed so that a plan of 100,000 associations asks in constant time
 * which hold, if any, covers each one: by association key (what the hold matched when placed), by store
 * key (its store path and the store paths it matched, located with {@link StoreLocation} exactly as the
 * associations are) and by name (MigrationID or computer name, matched anew so later associations are held too).
 */
final class HeldStores {

    private final Map<String, Hold> byAssociation = new HashMap<>();
    private final Map<String, Hold> byStore = new HashMap<>();
    private final Map<String, Hold> byName = new HashMap<>();

    HeldStores(List<Hold> holds, SmpSettings settings) {
        for (Hold h : holds) {
            boolean here = h.server() == null || settings.isServer(h.server());
            for (CoveredStore c : h.covered()) {
                if (c.associationKey() != null) {
                    byAssociation.putIfAbsent(c.associationKey(), h);
                }
                if (here) {
                    store(c.storePath(), settings, h);
                }
            }
            if (!h.byStorePath()) {
                String name = h.target().toLowerCase(Locale.ROOT);
                byName.putIfAbsent(name, h);
                int dot = name.indexOf('.');
                if (dot > 0) {
                    // A computer written fully qualified: associations carry the NetBIOS name.
                    byName.putIfAbsent(name.substring(0, dot), h);
                }
            } else if (here) {
                store(h.target(), settings, h);
                if (h.storeKey() != null && h.server() != null) {
                    byStore.putIfAbsent(h.storeKey(), h);
                }
            }
        }
    }

    private void store(String path, SmpSettings settings, Hold h) {
        StoreLocation at = StoreLocation.of(path, settings);
        if (at.where() == StoreLocation.Where.THIS_SMP) {
            byStore.putIfAbsent(at.key(), h);
        }
    }

    /** The hold that covers {@code a}, whose store is at {@code storeKey} ({@code null} when it has none here), or {@code null}. */
    Hold covering(ComputerAssociation a, String storeKey) {
        Hold h = byAssociation.get(a.key());
        if (h == null && storeKey != null) {
            h = byStore.get(storeKey);
        }
        if (h == null && !byName.isEmpty()) {
            h = named(a.migrationId());
            h = h != null ? h : named(a.sourceName());
            h = h != null ? h : named(a.restoreName());
        }
        return h;
    }

    private Hold named(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }
}
