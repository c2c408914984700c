-- Engagement: outreach trips (外出招商), investment events (招商活动), visits (走访) and leads (线索) with
-- response clocks; projects link back to the lead and trip they came from and the events they were signed at.

create table trip (
    id          bigint primary key,
    version     bigint       not null default 0,
    title       varchar(200) not null,
    -- Named leader → a leader-led trip (领导带队), which the year-end summary counts on its own.
    leader_name varchar(50),
    delegation  text[]       not null default '{}',
    cities      text[]       not null check (cardinality(cities) >= 1),
    start_date  date         not null,
    end_date    date         not null,
    purpose     varchar(2000),
    outcome     varchar(4000),
    unit_id     bigint       not null references org_unit (id),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    check (end_date >= start_date)
);
create index trip_start_idx on trip (start_date desc, id desc);

create table investment_event (
    id           bigint primary key,
    version      bigint       not null default 0,
    name         varchar(200) not null,
    kind         varchar(16)  not null check (kind in ('PROMOTION', 'SIGNING', 'FORUM', 'EXPO', 'OTHER')),
    role         varchar(16)  not null check (role in ('HOSTED', 'ATTENDED')),
    held_on      date         not null,
    place        varchar(200),
    organiser    varchar(200),
    participants varchar(2000),
    summary      varchar(4000),
    unit_id      bigint       not null references org_unit (id),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create index investment_event_held_idx on investment_event (held_on desc, id desc);

-- Projects signed at an event. A project may appear at several; it is credited to the first (see event_credit).
create table event_project (
    event_id   bigint      not null references investment_event (id) on delete cascade,
    project_id bigint      not null references project (id) on delete cascade,
    added_by   varchar(100) not null,
    added_at   timestamptz not null default now(),
    primary key (event_id, project_id)
);
create index event_project_project_idx on event_project (project_id);

-- The one event each project is credited to: earliest date, then lowest id (no double counting).
create view event_credit as
select distinct on (ep.project_id) ep.project_id, ep.event_id
from event_project ep join investment_event e on e.id = ep.event_id
order by ep.project_id, e.held_on, e.id;

create table lead_clock_rule (
    id                  bigint  primary key check (id = 1),
    version             bigint  not null default 0,
    respond_days        int     not null check (respond_days between 0 and 365),
    assess_days         int     not null check (assess_days between 0 and 365),
    feedback_days       int     not null check (feedback_days between 0 and 365),
    progress_every_days int     not null check (progress_every_days between 1 and 365),
    working_days        boolean not null
);
insert into lead_clock_rule (id, respond_days, assess_days, feedback_days, progress_every_days, working_days)
values (1, 1, 3, 7, 14, false);

create table lead (
    id                   bigint primary key,
    version              bigint       not null default 0,
    title                varchar(200) not null,
    source               varchar(16)  not null check (source in ('REFERRAL', 'AGENCY', 'EXPO', 'ONLINE', 'SUPERIOR',
                                                                 'REINVESTMENT', 'VISIT', 'OTHER')),
    source_detail        varchar(200),
    received_on          date         not null,
    received_by          varchar(100) not null,
    enterprise_id        bigint references enterprise (id),
    industry_id          bigint references industry (id),
    estimated_investment numeric(18, 4) check (estimated_investment >= 0),
    description          varchar(4000),
    status               varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'CONVERTED', 'DROPPED')),
    responded_on         date,
    assessed_on          date,
    assessment           varchar(2000),
    assessment_result    varchar(16) check (assessment_result in ('PURSUE', 'DECLINE')),
    first_feedback_on    date,
    last_progress_on     date,
    -- Due dates are computed when the lead or the clock rule changes, so "overdue" is a plain indexed query.
    respond_due          date         not null,
    assess_due           date         not null,
    feedback_due         date         not null,
    progress_due         date,
    next_due_on          date,
    closed_on            date,
    outcome_note         varchar(2000),
    project_id           bigint references project (id),
    trip_id              bigint references trip (id),
    event_id             bigint references investment_event (id),
    unit_id              bigint       not null references org_unit (id),
    created_by           varchar(100) not null,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);
create index lead_unit_idx on lead (unit_id, received_on desc);
create index lead_open_due_idx on lead (next_due_on) where status = 'OPEN';
create index lead_enterprise_idx on lead (enterprise_id);
create index lead_trip_idx on lead (trip_id);
create index lead_event_idx on lead (event_id);

create table lead_step (
    id          bigint primary key,
    version     bigint       not null default 0,
    lead_id     bigint       not null references lead (id) on delete cascade,
    kind        varchar(16)  not null check (kind in ('RECEIVED', 'RESPOND', 'ASSESS', 'FEEDBACK', 'PROGRESS',
                                                      'CONVERTED', 'DROPPED')),
    on_date     date         not null,
    note        varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null default now()
);
create index lead_step_lead_idx on lead_step (lead_id, on_date, id);

create table visit (
    id              bigint primary key,
    version         bigint        not null default 0,
    visited_on      date          not null,
    enterprise_id   bigint        not null references enterprise (id),
    kind            varchar(16)   not null check (kind in ('ON_SITE', 'RECEPTION', 'PHONE', 'VIDEO', 'EXPO')),
    summary         varchar(4000) not null,
    intent          varchar(16)   not null check (intent in ('NONE', 'WEAK', 'CLEAR', 'PROJECT')),
    next_step       varchar(2000),
    follow_up_on    date,
    follow_up_done  boolean       not null default false,
    trip_id         bigint references trip (id),
    event_id        bigint references investment_event (id),
    project_id      bigint references project (id),
    lead_id         bigint references lead (id),
    unit_id         bigint        not null references org_unit (id),
    recorded_by     varchar(100)  not null,
    -- A client's retry of the same POST (Idempotency-Key) finds the visit it already made.
    idempotency_key varchar(64),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    check (follow_up_on is null or follow_up_on >= visited_on),
    unique (recorded_by, idempotency_key)
);
create index visit_unit_idx on visit (unit_id, visited_on desc, id desc);
create index visit_enterprise_idx on visit (enterprise_id, visited_on desc);
create index visit_follow_up_idx on visit (unit_id, follow_up_on) where follow_up_on is not null and not follow_up_done;
create index visit_trip_idx on visit (trip_id);
create index visit_event_idx on visit (event_id);
create index visit_project_idx on visit (project_id);

create table visit_participant (
    visit_id   bigint       not null references visit (id) on delete cascade,
    position   int          not null,
    ours       boolean      not null,
    name       varchar(50)  not null,
    title      varchar(100),
    username   varchar(100),
    contact_id bigint references enterprise_contact (id) on delete set null,
    primary key (visit_id, position)
);
create index visit_participant_user_idx on visit_participant (username) where username is not null;

alter table project add column lead_id bigint references lead (id);
alter table project add column trip_id bigint references trip (id);
create index project_trip_idx on project (trip_id);
