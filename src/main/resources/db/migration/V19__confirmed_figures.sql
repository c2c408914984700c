-- Figures a leader can sign (issue #18, docs/api-confirmation.md, ADR 0017): only confirmed stage changes and funds
-- count, and each counting rule is defined once, here, for the cockpit, the report, the ranking, the drill-downs and
-- the benchmark floors.

-- 审核 of stage changes. A transition counts when it is confirmed, not sent back, and not reverted by a confirmed
-- correction (a pending correction does not uncount what it reverts). The flag is kept by the application
-- (ProjectCounting) so that the as-of walk stays one partial index.
alter table project_transition
    add column counted       boolean not null default false,
    add column returned_at   timestamptz,
    add column returned_by   varchar(100),
    add column return_reason varchar(500);
update project_transition t set counted = t.confirmed_at is not null
    and (t.reverted_by_id is null
         or exists (select 1 from project_transition c where c.id = t.reverted_by_id and c.confirmed_at is not null));

-- The milestones the figures read are those of counted transitions only.
update project p set negotiating_on = m.negotiating_on, signed_on = m.signed_on, registered_on = m.registered_on,
                     construction_on = m.construction_on, operating_on = m.operating_on
from (select p2.id,
             min(t.effective_date) filter (where t.to_stage = 'NEGOTIATING') as negotiating_on,
             min(t.effective_date) filter (where t.to_stage = 'SIGNED') as signed_on,
             min(t.effective_date) filter (where t.to_stage = 'REGISTERED') as registered_on,
             min(t.effective_date) filter (where t.to_stage = 'CONSTRUCTION') as construction_on,
             min(t.effective_date) filter (where t.to_stage = 'OPERATING') as operating_on
      from project p2 left join project_transition t on t.project_id = p2.id and t.counted
      group by p2.id) m
where m.id = p.id
  and (p.negotiating_on, p.signed_on, p.registered_on, p.construction_on, p.operating_on)
      is distinct from (m.negotiating_on, m.signed_on, m.registered_on, m.construction_on, m.operating_on);

drop index project_transition_asof_idx;
create index project_transition_asof_idx
    on project_transition (project_id, effective_date desc, recorded_at desc, id desc)
    include (to_stage) where counted;
drop index project_transition_pending_idx;
create index project_transition_pending_idx on project_transition (project_id)
    where confirmed_at is null and returned_at is null and reverted_by_id is null;

-- 审核 of funds: entries before this migration were counted on entry, so they stay confirmed.
alter table project_fund
    add column confirmed_at  timestamptz,
    add column confirmed_by  varchar(100),
    add column returned_at   timestamptz,
    add column returned_by   varchar(100),
    add column return_reason varchar(500);
update project_fund set confirmed_at = recorded_at, confirmed_by = recorded_by;

-- "Funds in the period" and "FDI in the period" read confirmed entries only: this view is the one rule.
create view counted_fund as
    select id, project_id, arrived_on, amount, foreign_usd, origin_tier from project_fund where confirmed_at is not null;

drop index project_fund_arrived_cover_idx;
drop index project_fund_project_cover_idx;
create index project_fund_arrived_cover_idx on project_fund (arrived_on) include (project_id, amount, foreign_usd)
    where confirmed_at is not null;
create index project_fund_project_cover_idx on project_fund (project_id, arrived_on) include (amount, foreign_usd)
    where confirmed_at is not null;
create index project_fund_pending_idx on project_fund (project_id) where confirmed_at is null and returned_at is null;

-- "Landed" (注册; 开工 or 投产 imply it when no registration is known) and "signed, counting a skipped signing" are
-- stored generated columns: the one definition each.
alter table project
    add column landed_on date generated always as (coalesce(registered_on, construction_on, operating_on)) stored,
    add column signed_or_later_on date generated always as (
        coalesce(signed_on, registered_on, construction_on, operating_on)) stored;

-- "New in the period": 3 landed, 2 signed, 1 negotiating, 0 none — the furthest stage first reached in
-- [from, to]. A simple immutable SQL function, inlined by the planner.
create function new_stage(negotiating_on date, signed_on date, landed_on date, from_day date, to_day date)
    returns int language sql immutable parallel safe
    return case when landed_on between from_day and to_day then 3
                when signed_on between from_day and to_day then 2
                when negotiating_on between from_day and to_day then 1
                else 0 end;

drop index project_cockpit_idx;
create index project_cockpit_idx on project (unit_id)
    include (id, industry_id, zone_id, negotiating_on, signed_on, registered_on, construction_on, operating_on,
             landed_on, signed_or_later_on, counted_investment);

-- A district may turn 审核 off (an audited setting); then every change counts on entry.
create table district_setting (
    id                    bigint primary key,
    version               bigint       not null default 0,
    confirmation_required boolean      not null default true,
    updated_at            timestamptz  not null default now(),
    updated_by            varchar(100) not null default 'system'
);
insert into district_setting (id) values (1);
