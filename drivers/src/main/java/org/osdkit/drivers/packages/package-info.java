/**
 * Driver packages per hardware model and OS in the admins' folder convention
 * {@code <share>\SCCM_Driver_Packages\<OS>\<Model>}: creating and updating them from catalog
 * categories, copying verified driver content and writing the package manifest. Port:
 * {@code DriverPackageStore}.
 */
package org.osdkit.drivers.packages;
