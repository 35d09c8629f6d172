-- The overview counts distinct drivers in packages: grouping along this index streams instead of hashing every row.
CREATE INDEX drivers_package_driver_hash ON drivers_package_driver (driver_hash);
