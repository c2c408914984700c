-- Reminders that reach people (ADR 0034): a person's email as the token last gave it, and whether they want the
-- daily digest by mail (their own switch in the user menu).
alter table app_user add column email varchar(320);
alter table app_user add column email_digest boolean not null default true;

-- A unit's group robot (企业微信 or 钉钉), set by the admin. The DingTalk signing secret is a credential: sealed
-- like personal data (AES-GCM, ADR 0031), never answered by the API, never in the audit trail.
create table unit_webhook (
    id         bigint primary key,
    version    bigint       not null default 0,
    unit_id    bigint       not null unique references org_unit (id),
    kind       varchar(16)  not null check (kind in ('WECOM', 'DINGTALK')),
    url        varchar(1000) not null check (url ~ '^https?://'),
    secret     varchar(600),
    updated_at timestamptz  not null
);

-- Every message sent or tried. The row is inserted before sending: the unique keys make a digest go once per
-- recipient, channel and day, and an escalation once per recipient, channel and coordination request, however many
-- replicas run the schedule. A failed row is retried until attempts reach the limit.
create table reminder_delivery (
    id              bigserial primary key,
    kind            varchar(16)   not null check (kind in ('DIGEST', 'ESCALATION')),
    channel         varchar(16)   not null check (channel in ('EMAIL', 'WECOM', 'DINGTALK')),
    recipient       varchar(200)  not null,
    recipient_name  varchar(200)  not null,
    digest_day      date,
    ref             varchar(100)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null check (status in ('SENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 1,
    last_error      varchar(1000),
    created_at      timestamptz   not null default now(),
    attempted_at    timestamptz   not null default now(),
    sent_at         timestamptz,
    unique (kind, channel, recipient, ref)
);
create index reminder_delivery_recent_idx on reminder_delivery (created_at desc);
create index reminder_delivery_retry_idx on reminder_delivery (attempted_at) where status = 'FAILED';
