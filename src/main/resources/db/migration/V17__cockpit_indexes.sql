-- Indexes for the cockpit (GET /api/cockpit) at province scale (100,000 projects, 2,000,000 funds/work-log rows):
-- ADR 0015 says why each is there and which query shapes of CockpitQueries rely on them (docs/benchmarks.md has
-- the plans before and after).

-- Every project pass of the cockpit (new projects of three periods, the funnel, the breakdowns, the monthly counts)
-- reads only these columns: an index-only scan of ~8 MB instead of the 130 MB project table, and for one unit a
-- range of it. counted_investment is the stored generated column of V13.
create index project_cockpit_idx on project (unit_id)
    include (id, industry_id, zone_id, negotiating_on, signed_on, registered_on, construction_on, operating_on,
             counted_investment);

-- "The stage each project was in at the end of asOf": its latest live transition on or before the date, in the
-- order the cockpit picks it. The district walks it once in order (no sort, no spill to disk); a unit reads one
-- entry per project of the unit.
create index project_transition_asof_idx
    on project_transition (project_id, effective_date desc, recorded_at desc, id desc)
    include (to_stage) where reverted_by_id is null;

-- Funds by date (the cockpit's periods and months) and by project (a unit's funds, a project's funds in a period),
-- both answering the sums without reading the table. They replace the two plain indexes on the same keys.
create index project_fund_arrived_cover_idx on project_fund (arrived_on) include (project_id, amount, foreign_usd);
create index project_fund_project_cover_idx on project_fund (project_id, arrived_on) include (amount, foreign_usd);
drop index project_fund_arrived_idx;
drop index project_fund_project_idx;

-- The 20 largest live key projects: the first 20 entries instead of sorting every key project.
create index project_key_idx on project (total_investment desc nulls last, id) where key_project and stage <> 'TERMINATED';
