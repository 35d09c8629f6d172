-- statemigration: what each hold covers, resolved when it is placed, and the last health check of each SMP
ALTER TABLE smp_holds ADD COLUMN server VARCHAR(255);
ALTER TABLE smp_holds ADD COLUMN store_key VARCHAR;
CREATE TABLE smp_hold_coverage (
    hold_id BIGINT NOT NULL REFERENCES smp_holds (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    association_key VARCHAR(64),
    computers VARCHAR,
    store_path VARCHAR,
    CONSTRAINT smp_hold_coverage_pk PRIMARY KEY (hold_id, seq)
);
CREATE TABLE smp_health_checks (
    server VARCHAR(255) PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL,
    document VARCHAR NOT NULL
);
