-- statemigration: one cleanup at a time per SMP. A run holds its SMP's row while it works and beats
-- its heartbeat; a row whose heartbeat stopped is an interrupted run, taken over only by --resume.
-- Times are the database's own clock (CURRENT_TIMESTAMP), so hosts with skewed clocks agree on age.
CREATE TABLE smp_cleanup_locks (
    server VARCHAR(255) PRIMARY KEY,
    owner_id VARCHAR(64) NOT NULL,
    run_id VARCHAR(64),
    host VARCHAR(255) NOT NULL,
    pid BIGINT NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    beats BIGINT NOT NULL
);
