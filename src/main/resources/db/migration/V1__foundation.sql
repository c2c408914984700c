-- Foundation: units, users, the audit trail.
create extension if not exists pg_trgm;

create sequence entity_seq start with 1 increment by 50;

create table org_unit (
    id      bigint primary key,
    version bigint not null default 0,
    code    varchar(32)  not null unique,
    name    varchar(100) not null,
    kind    varchar(16)  not null check (kind in ('STREET', 'DEPARTMENT', 'PARK'))
);

create table app_user (
    id           bigint primary key,
    version      bigint not null default 0,
    username     varchar(100) not null unique,
    display_name varchar(100),
    unit_id      bigint references org_unit (id),
    last_seen_at timestamptz
);
create index app_user_unit_idx on app_user (unit_id);

-- Append-only: the application writes rows in the same transaction as the change and never updates them.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor          varchar(100) not null,
    remote_address varchar(64),
    action         varchar(16)  not null,
    entity         varchar(64),
    entity_id      varchar(64),
    changes        jsonb
);
create index audit_event_record_idx on audit_event (entity, entity_id);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
