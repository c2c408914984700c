-- The floor of GET /api/visits?enterpriseId=… (one of the ten firms bench-u1 visited most: -D firms=…): every statement the app sends for the call, verbatim from the Hibernate log
-- (LOG_SQL=true, one call at a time on the smoke data), its parameters written in as pgbench variables
-- (-D from bench/run). Written by bench/sql/engagement_floors.py.
\set k random(1, 10)
\set n_items 0
\set ids -1
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select page.*, case when row_number() over () = count(*) over () then coalesce(string_agg(vid::text, ',') over (), '-1') end as ids,
       count(*) over () as n_items
from (select v1_0.id, v1_0.created_at, v1_0.enterprise_id, e1_0.id, e1_0.attraction_method, e1_0.country_code, e1_0.created_at, e1_0.credit_code, e1_0.description, e1_0.employees, e1_0.former_names, e1_0.industry_id, e1_0.industry_code, e1_0.merged_into_id, e1_0.name, e1_0.name_key, e1_0.nature, e1_0.owner_unit_id, e1_0.owner_username, e1_0.region_code, e1_0.registered_capital, e1_0.revenue_band, e1_0.search_text, e1_0.source, e1_0.status, e1_0.version, e1_0.website, e2_0.id, e2_0.created_at, e2_0.created_by, e2_0.held_on, e2_0.kind, e2_0.name, e2_0.organiser, e2_0.participants, e2_0.place, e2_0.role, e2_0.summary, e2_0.unit_id, e2_0.updated_at, e2_0.version, v1_0.follow_up_done, v1_0.follow_up_on, v1_0.idempotency_key, v1_0.intent, v1_0.kind, l1_0.id, l1_0.assess_due, l1_0.assessed_on, l1_0.assessment, l1_0.assessment_result, l1_0.closed_on, l1_0.created_at, l1_0.created_by, l1_0.description, l1_0.enterprise_id, l1_0.estimated_investment, l1_0.event_id, l1_0.feedback_due, l1_0.first_feedback_on, l1_0.industry_id, l1_0.last_progress_on, l1_0.next_due_on, l1_0.outcome_note, l1_0.progress_due, l1_0.project_id, l1_0.received_by, l1_0.received_on, l1_0.respond_due, l1_0.responded_on, l1_0.source, l1_0.source_detail, l1_0.status, l1_0.title, l1_0.trip_id, l1_0.unit_id, l1_0.updated_at, l1_0.version, v1_0.next_step, p1_0.id, p1_0.agreement_type, p1_0.attraction_method, p1_0.code, p1_0.construction_content, p1_0.construction_on, p1_0.contract_foreign_usd, p1_0.created_at, p1_0.fixed_asset_investment, p1_0.held_stage, p1_0.industry_id, p1_0.industry_code, p1_0.key_project, p1_0.last_worklog_on, p1_0.lead_id, p1_0.name, p1_0.negotiating_on, p1_0.operating_on, p1_0.origin_tier, p1_0.origin_tier_computed, p1_0.owner_username, p1_0.park_id, p1_0.plan, p1_0.pool, p1_0.registered_on, p1_0.search_text, p1_0.signed_on, p1_0.site_id, p1_0.source, p1_0.sponsor_leader, p1_0.stage, p1_0.stage_since, p1_0.street, p1_0.total_investment, p1_0.trip_id, p1_0.unit_id, p1_0.updated_at, p1_0.version, p1_0.zone_id, v1_0.recorded_by, v1_0.summary, t1_0.id, t1_0.cities, t1_0.created_at, t1_0.created_by, t1_0.delegation, t1_0.end_date, t1_0.leader_name, t1_0.outcome, t1_0.purpose, t1_0.start_date, t1_0.title, t1_0.unit_id, t1_0.updated_at, t1_0.version, v1_0.unit_id, u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version, v1_0.updated_at, v1_0.version, v1_0.visited_on from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id join enterprise e1_0 on e1_0.id=v1_0.enterprise_id left join trip t1_0 on t1_0.id=v1_0.trip_id left join investment_event e2_0 on e2_0.id=v1_0.event_id left join project p1_0 on p1_0.id=v1_0.project_id left join lead l1_0 on l1_0.id=v1_0.lead_id where u1_0.id=:unit and e1_0.id=(array[:firms]::bigint[])[:k] order by v1_0.visited_on desc, v1_0.id offset 0 rows fetch first 20 rows only) page(vid)
\aset
\if :n_items > 0
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[1:50]);
\endif
\if :n_items >= 1
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 2
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 3
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 4
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 5
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 6
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 7
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 8
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 9
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 10
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 11
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 12
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 13
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 14
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 15
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 16
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 17
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 18
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 19
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 20
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
select count(*) from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id join enterprise e1_0 on e1_0.id=v1_0.enterprise_id where u1_0.id=:unit and e1_0.id=(array[:firms]::bigint[])[:k];
