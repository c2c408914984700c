-- Long work (imports) runs as a job on a worker of one replica; its state lives here so any replica can answer
-- GET /api/jobs/{id}. A worker touches heartbeat_at while the job is QUEUED or RUNNING: a job whose heartbeat
-- has gone stale was cut off (crash, kill) and reads as FAILED 'interrupted'. The job's own writes are one
-- transaction of their own, so an interrupted job has written nothing.
create table job (
    id             uuid         primary key,
    kind           varchar(40)  not null,
    state          varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    phase          varchar(16),
    done           integer      not null default 0 check (done >= 0),
    total          integer      not null default 0 check (total >= 0),
    -- The work's answer (an import's report, with its row-by-row errors) and, for FAILED, a problem+json body.
    result         jsonb,
    problem        jsonb,
    owner_username varchar(100) not null,
    created_at     timestamptz  not null default now(),
    heartbeat_at   timestamptz  not null default now(),
    finished_at    timestamptz,
    check ((state in ('SUCCEEDED', 'FAILED')) = (finished_at is not null))
);
-- Old jobs are deleted by age; live ones are found by state.
create index job_created_idx on job (created_at);
create index job_live_idx on job (heartbeat_at) where state in ('QUEUED', 'RUNNING');
