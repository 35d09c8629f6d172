package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfValue;
import org.osdkit.drivers.inf.InstallSection;
import org.osdkit.drivers.inf.ManufacturerEntry;
import org.osdkit.drivers.inf.ModelEntry;
import org.osdkit.drivers.inf.ModelsSection;

/** Builds the catalog entry of a scanned, hashed INF: ConfigMgr's driver properties, platforms and models. */
final class NewDriver {

    private NewDriver() {
    }

    static DriverDetail of(InfFile inf, String infPath, DriverIdentity identity, Path sourceRoot, List<String> categories, String actor, Instant now) {
        List<PlatformSection> platforms = new ArrayList<>();
        List<CatalogModel> models = new ArrayList<>();
        boolean bootStart = false;
        for (int i = 0; i < inf.manufacturers().size(); i++) {
            ManufacturerEntry m = inf.manufacturers().get(i);
            for (ModelsSection section : m.sections()) {
                String decoration = section.decoration() == null ? "" : section.decoration().text();
                platforms.add(new PlatformSection(i, m.name(), decoration, section.state()));
                for (ModelEntry e : section.entries()) {
                    Optional<InstallSection> install = inf.installSection(e);
                    bootStart |= install.map(InstallSection::bootStart).orElse(false);
                    models.add(new CatalogModel(identity.driverHash(), i, decoration, e.description(), e.hardwareId(), e.compatibleIds(),
                            e.installSection(), install.map(InstallSection::ntExtension).orElse(false),
                            install.map(InstallSection::featureScore).orElse(InstallSection.DEFAULT_FEATURE_SCORE)));
                }
            }
        }
        Optional<String> catalog = inf.version().catalogFiles().values().stream().map(InfValue::text)
                .filter(c -> identity.files().stream().anyMatch(f -> f.relativePath().equalsIgnoreCase(c))).findFirst();
        String name = models.isEmpty() ? inf.fileName() : models.get(0).description();
        CatalogDriver driver = new CatalogDriver(identity.driverHash(), truncate(name, 1000), inf.fileName(), sourceRoot.toString(),
                infPath, text(inf.version().className()), text(inf.version().classGuid()), text(inf.version().provider()),
                new DriverVer(inf.driverVer().date(), inf.driverVer().version(), 0), catalog.isPresent(), catalog.orElse(null), inf.kind(), inf.version().isExtensionOrComponent(), bootStart,
                true, categories, now, actor);
        return new DriverDetail(driver, identity.infHash(), identity.contentHash(), identity.files(), platforms, models);
    }

    private static String text(InfValue value) {
        return value == null || value.text().isBlank() ? null : value.text();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
