-- logs: a diagnosed run's records kept for the dashboard's timeline, so a page of a million-record log is
-- read by record number (keyset paging on the primary key) instead of parsing the log again. Only the
-- newest runs keep theirs (KeepTimeline.KEPT_RUNS); the file names are stored once per run.
CREATE TABLE logs_timeline (
    run_id BIGINT PRIMARY KEY REFERENCES logs_diagnosis_run (id) ON DELETE CASCADE,
    records BIGINT NOT NULL,
    capped BOOLEAN NOT NULL,
    summary VARCHAR NOT NULL
);
CREATE TABLE logs_timeline_source (
    run_id BIGINT NOT NULL,
    id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    CONSTRAINT logs_timeline_source_pk PRIMARY KEY (run_id, id)
);
CREATE TABLE logs_timeline_record (
    run_id BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    source_id INTEGER NOT NULL,
    line BIGINT NOT NULL,
    format VARCHAR(16) NOT NULL,
    local_time TIMESTAMP,
    utc TIMESTAMP WITH TIME ZONE,
    severity SMALLINT NOT NULL,
    severity_guessed BOOLEAN NOT NULL,
    component VARCHAR(200),
    thread VARCHAR(200),
    message VARCHAR(4000) NOT NULL,
    truncated BOOLEAN NOT NULL,
    unparsed BOOLEAN NOT NULL,
    CONSTRAINT logs_timeline_record_pk PRIMARY KEY (run_id, seq)
);
CREATE INDEX logs_timeline_record_severity ON logs_timeline_record (run_id, severity, seq);
CREATE INDEX logs_timeline_record_component ON logs_timeline_record (run_id, component, seq);
CREATE INDEX logs_timeline_record_line ON logs_timeline_record (run_id, source_id, line);
