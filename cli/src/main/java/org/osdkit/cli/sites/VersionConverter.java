package org.osdkit.cli.sites;

import org.osdkit.core.OsdkitException;
import org.osdkit.sites.ConfigMgrVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --configmgr-version 2003|2007|2012|current-branch}: a bad value is a usage error. */
final class VersionConverter implements ITypeConverter<ConfigMgrVersion> {

    @Override
    public ConfigMgrVersion convert(String value) {
        try {
            return ConfigMgrVersion.parse(value);
        } catch (OsdkitException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
