-- Counts kept with the package content, in the transaction that writes it, so that a list or the overview reads a
-- number instead of counting the package-driver rows on every request: each package's driver count, and the
-- number of distinct drivers all packages hold together (one row, also the lock that orders package writers).
ALTER TABLE drivers_package ADD COLUMN driver_count INTEGER DEFAULT 0 NOT NULL;
UPDATE drivers_package SET driver_count = (SELECT COUNT(*) FROM drivers_package_driver d WHERE d.package_id = drivers_package.package_id);
CREATE TABLE drivers_package_totals (
    id INTEGER PRIMARY KEY,
    distinct_drivers INTEGER NOT NULL,
    CONSTRAINT drivers_package_totals_one_row CHECK (id = 1)
);
INSERT INTO drivers_package_totals (id, distinct_drivers) SELECT 1, COUNT(DISTINCT driver_hash) FROM drivers_package_driver;
