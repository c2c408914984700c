-- 月结: a closed month answers with the figures published when it was closed; reopening is an audited admin act.
create table report_month_close (
    id            bigint primary key,
    version       bigint       not null default 0,
    month         char(7)      not null unique,
    closed_at     timestamptz  not null,
    closed_by     varchar(100) not null,
    snapshot      jsonb        not null,
    reopened_at   timestamptz,
    reopened_by   varchar(100),
    reopen_reason varchar(500)
);
