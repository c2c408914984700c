-- Creating requests that carried an Idempotency-Key: a client's retry after a timeout finds what the first try
-- made instead of making it again. Written in the transaction of the create itself, so a row here means the record
-- exists. Visits keep their own column (V8).
create table idempotent_create (
    username   varchar(100) not null,
    key        varchar(64)  not null,
    operation  varchar(100) not null,
    entity_id  bigint       not null,
    created_at timestamptz  not null default now(),
    primary key (username, key)
);
create index idempotent_create_created_idx on idempotent_create (created_at);
