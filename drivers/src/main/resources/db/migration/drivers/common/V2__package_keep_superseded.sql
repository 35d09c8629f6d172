-- per package: keep every version of a driver its categories hold (--keep-superseded), or only the newest (the default)
ALTER TABLE drivers_package ADD COLUMN keep_superseded BOOLEAN DEFAULT FALSE NOT NULL;
