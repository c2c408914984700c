-- Projects and the funnel (线索 → 在谈 → 签约 → 注册 → 开工 → 投产): stage events, funds in place, the work log.
create sequence project_code_seq start with 1;

create table project (
    id                     bigint primary key,
    version                bigint        not null default 0,
    code                   varchar(32)   not null unique,
    name                   varchar(200)  not null,
    stage                  varchar(16)   not null check (stage in ('LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED',
                                                                   'CONSTRUCTION', 'OPERATING', 'ON_HOLD', 'TERMINATED')),
    -- The business date the current stage was entered; for ON_HOLD, held_stage is the funnel stage it was in.
    stage_since            date          not null,
    held_stage             varchar(16),
    pool                   varchar(16)   not null check (pool in ('PLANNING', 'PROMOTION', 'IMPLEMENTATION')),
    key_project            boolean       not null default false,
    origin_tier            varchar(16)   check (origin_tier in ('OVERSEAS', 'OUT_OF_PROVINCE', 'OUT_OF_CITY',
                                                                'OUT_OF_DISTRICT', 'LOCAL')),
    origin_tier_computed   boolean       not null default true,
    industry_id            bigint references industry (id),
    industry_code          varchar(5),
    zone_id                bigint references zone (id),
    park_id                bigint references park (id),
    site_id                bigint references site (id),
    street                 varchar(50),
    construction_content   varchar(2000),
    attraction_method      varchar(32),
    source                 varchar(200),
    total_investment       numeric(18, 4) check (total_investment >= 0),
    fixed_asset_investment numeric(18, 4) check (fixed_asset_investment >= 0),
    contract_foreign_usd   numeric(18, 4) check (contract_foreign_usd >= 0),
    unit_id                bigint        not null references org_unit (id),
    owner_username         varchar(100),
    sponsor_leader         varchar(50),
    plan                   text,
    agreement_type         varchar(16)   check (agreement_type in ('INTENT', 'FRAMEWORK', 'FORMAL')),
    -- First business date of each funnel stage among live (not reverted) transitions: what reports count.
    negotiating_on         date,
    signed_on              date,
    registered_on          date,
    construction_on        date,
    operating_on           date,
    last_worklog_on        date,
    search_text            text          not null,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now()
);
create index project_search_trgm on project using gin (search_text gin_trgm_ops);
create index project_stage_idx on project (stage, updated_at desc);
create index project_unit_idx on project (unit_id);
create index project_industry_idx on project (industry_id);
create index project_zone_idx on project (zone_id);
create index project_updated_idx on project (updated_at desc, id desc);

create table project_investor (
    project_id    bigint not null references project (id) on delete cascade,
    enterprise_id bigint not null references enterprise (id),
    position      int    not null,
    primary key (project_id, enterprise_id)
);
create index project_investor_enterprise_idx on project_investor (enterprise_id);

-- Append-only except for confirmation and reversal: each stage change with when it happened and when it was entered.
create table project_transition (
    id             bigint primary key,
    version        bigint       not null default 0,
    project_id     bigint       not null references project (id) on delete cascade,
    from_stage     varchar(16),
    to_stage       varchar(16)  not null,
    effective_date date         not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null,
    note           varchar(1000),
    agreement_type varchar(16)  check (agreement_type in ('INTENT', 'FRAMEWORK', 'FORMAL')),
    correction     boolean      not null default false,
    reverted_by_id bigint references project_transition (id),
    confirmed_at   timestamptz,
    confirmed_by   varchar(100)
);
create index project_transition_project_idx on project_transition (project_id, recorded_at);
create index project_transition_pending_idx on project_transition (project_id) where confirmed_at is null;

create table project_fund (
    id          bigint primary key,
    version     bigint         not null default 0,
    project_id  bigint         not null references project (id) on delete cascade,
    arrived_on  date           not null,
    amount      numeric(18, 4) not null check (amount > 0),
    foreign_usd numeric(18, 4) not null default 0 check (foreign_usd >= 0),
    origin_tier varchar(16)    not null check (origin_tier in ('OVERSEAS', 'OUT_OF_PROVINCE', 'OUT_OF_CITY',
                                                               'OUT_OF_DISTRICT', 'LOCAL')),
    evidence    varchar(500)   not null,
    recorded_at timestamptz    not null,
    recorded_by varchar(100)   not null
);
create index project_fund_project_idx on project_fund (project_id, arrived_on);
create index project_fund_arrived_idx on project_fund (arrived_on);

create table project_worklog (
    id          bigint primary key,
    version     bigint        not null default 0,
    project_id  bigint        not null references project (id) on delete cascade,
    logged_on   date          not null,
    kind        varchar(16)   not null check (kind in ('PROGRESS', 'PROBLEM', 'COORDINATION', 'NEXT_STEP')),
    content     varchar(4000) not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(100)  not null,
    resolved_at timestamptz,
    resolved_by varchar(100),
    resolution  varchar(1000)
);
create index project_worklog_project_idx on project_worklog (project_id, logged_on desc);
create index project_worklog_open_idx on project_worklog (project_id) where kind = 'COORDINATION' and resolved_at is null;

-- Thresholds an admin sets for flagging stalled projects.
create table stall_rule (
    id      bigint primary key,
    version bigint      not null default 0,
    stage   varchar(16) not null,
    kind    varchar(16) not null check (kind in ('NO_WORKLOG', 'STUCK')),
    days    int         not null check (days between 1 and 3650),
    enabled boolean     not null default true,
    unique (stage, kind)
);
insert into stall_rule (id, stage, kind, days) values
    (nextval('entity_seq'), 'NEGOTIATING', 'NO_WORKLOG', 60),
    (nextval('entity_seq'), 'SIGNED', 'STUCK', 90),
    (nextval('entity_seq'), 'REGISTERED', 'STUCK', 180);
