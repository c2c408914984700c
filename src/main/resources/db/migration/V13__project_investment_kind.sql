-- 三明 counting: an upgrade (技改升级) or a capital increase (增资扩股) of an existing investment counts only its
-- increment. The kind, the project it builds on (if that is recorded here) and the increment are kept; what the
-- cockpit and the reports sum is counted_investment.
alter table project
    add column investment_kind      varchar(16)    not null default 'NEW'
        check (investment_kind in ('NEW', 'UPGRADE', 'CAPITAL_INCREASE')),
    add column base_project_id      bigint references project (id),
    add column increment_investment numeric(18, 4) check (increment_investment >= 0),
    add constraint project_increment_by_kind check (
        (investment_kind = 'NEW' and increment_investment is null)
        or (investment_kind <> 'NEW' and increment_investment is not null)),
    add constraint project_base_not_itself check (base_project_id <> id);

alter table project
    add column counted_investment numeric(18, 4) generated always as (
        case when investment_kind = 'NEW' then total_investment else increment_investment end) stored;

create index project_base_idx on project (base_project_id) where base_project_id is not null;
