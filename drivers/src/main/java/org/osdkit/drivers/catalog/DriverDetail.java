package org.osdkit.drivers.catalog;

import java.util.List;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.SectionState;

/**
 * Everything the catalog keeps about one driver: its properties, content files, platforms and models.
 *
 * @param driver      the driver
 * @param infHash     SHA-256 of the INF
 * @param contentHash SHA-256 of the closure's binaries, neither INF nor catalogs (equal for INFs sharing content)
 * @param files       content files, the INF first, paths relative to the INF's folder
 * @param platforms   the models sections of every [Manufacturer] line
 * @param models      the models lines
 */
public record DriverDetail(CatalogDriver driver, String infHash, String contentHash, List<DriverFile> files,
                           List<PlatformSection> platforms, List<CatalogModel> models) {

    public DriverDetail {
        files = List.copyOf(files);
        platforms = List.copyOf(platforms);
        models = List.copyOf(models);
    }

    /** The models Windows would consider on {@code target}: per manufacturer, the section it selects. */
    public List<CatalogModel> modelsFor(OsTarget target) {
        return models.stream().filter(m -> PlatformSection.selected(platforms, m.manufacturerIndex(), target)
                .map(m.decoration()::equalsIgnoreCase).orElse(false)).toList();
    }

    /** True when some models line applies to {@code target}; a non-PnP driver has none and says nothing. */
    public boolean appliesTo(OsTarget target) {
        return !modelsFor(target).isEmpty();
    }

    /** Decorations of sections offering devices, for display. */
    public List<String> offeredPlatforms() {
        return platforms.stream().filter(p -> p.state() == SectionState.PRESENT)
                .map(p -> p.decoration().isEmpty() ? "(undecorated)" : p.decoration()).distinct().toList();
    }
}
