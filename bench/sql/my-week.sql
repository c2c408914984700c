-- The floor of GET /api/my-week (the bench officer's own week: -D week_start, week_end, today): every statement the app sends for the call, verbatim from the Hibernate log
-- (LOG_SQL=true, one call at a time on the smoke data), its parameters written in as pgbench variables
-- (-D from bench/run). Written by bench/sql/engagement_floors.py.
-- Four lists of up to 200: leads due this week, follow-ups due by Sunday, overdue leads, the week's visits.
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select l1_0.id, l1_0.assess_due, l1_0.assessed_on, l1_0.assessment, l1_0.assessment_result, l1_0.closed_on, l1_0.created_at, l1_0.created_by, l1_0.description, e1_0.id, e1_0.attraction_method, e1_0.country_code, e1_0.created_at, e1_0.credit_code, e1_0.description, e1_0.employees, e1_0.former_names, e1_0.industry_id, e1_0.industry_code, e1_0.merged_into_id, e1_0.name, e1_0.name_key, e1_0.nature, e1_0.owner_unit_id, e1_0.owner_username, e1_0.region_code, e1_0.registered_capital, e1_0.revenue_band, e1_0.search_text, e1_0.source, e1_0.status, e1_0.version, e1_0.website, l1_0.estimated_investment, l1_0.event_id, l1_0.feedback_due, l1_0.first_feedback_on, i1_0.id, i1_0.category, i1_0.code, i1_0.description, i1_0.gbt4754_codes, i1_0.name, i1_0.retired_on, i1_0.sort_order, i1_0.version, l1_0.last_progress_on, l1_0.next_due_on, l1_0.outcome_note, l1_0.progress_due, p1_0.id, p1_0.agreement_type, p1_0.attraction_method, p1_0.code, p1_0.construction_content, p1_0.construction_on, p1_0.contract_foreign_usd, p1_0.created_at, p1_0.fixed_asset_investment, p1_0.held_stage, p1_0.industry_id, p1_0.industry_code, p1_0.key_project, p1_0.last_worklog_on, p1_0.lead_id, p1_0.name, p1_0.negotiating_on, p1_0.operating_on, p1_0.origin_tier, p1_0.origin_tier_computed, p1_0.owner_username, p1_0.park_id, p1_0.plan, p1_0.pool, p1_0.registered_on, p1_0.search_text, p1_0.signed_on, p1_0.site_id, p1_0.source, p1_0.sponsor_leader, p1_0.stage, p1_0.stage_since, p1_0.street, p1_0.total_investment, p1_0.trip_id, p1_0.unit_id, p1_0.updated_at, p1_0.version, p1_0.zone_id, l1_0.received_by, l1_0.received_on, l1_0.respond_due, l1_0.responded_on, l1_0.source, l1_0.source_detail, l1_0.status, l1_0.title, l1_0.trip_id, l1_0.unit_id, u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version, l1_0.updated_at, l1_0.version from lead l1_0 join org_unit u1_0 on u1_0.id=l1_0.unit_id left join enterprise e1_0 on e1_0.id=l1_0.enterprise_id left join industry i1_0 on i1_0.id=l1_0.industry_id left join project p1_0 on p1_0.id=l1_0.project_id where u1_0.id=:unit and l1_0.status='OPEN' and l1_0.received_by='bench-officer' and l1_0.next_due_on>=':today' and l1_0.next_due_on<=':week_end' order by l1_0.next_due_on, l1_0.id offset 0 rows fetch first 200 rows only;
select count(*) from lead l1_0 join org_unit u1_0 on u1_0.id=l1_0.unit_id where u1_0.id=:unit and l1_0.status='OPEN' and l1_0.received_by='bench-officer' and l1_0.next_due_on>=':today' and l1_0.next_due_on<=':week_end';
\set n_items 0
\set ids -1
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select page.*, case when row_number() over () = count(*) over () then coalesce(string_agg(vid::text, ',') over (), '-1') end as ids,
       count(*) over () as n_items
from (select v1_0.id, v1_0.created_at, v1_0.enterprise_id, e1_0.id, e1_0.attraction_method, e1_0.country_code, e1_0.created_at, e1_0.credit_code, e1_0.description, e1_0.employees, e1_0.former_names, e1_0.industry_id, e1_0.industry_code, e1_0.merged_into_id, e1_0.name, e1_0.name_key, e1_0.nature, e1_0.owner_unit_id, e1_0.owner_username, e1_0.region_code, e1_0.registered_capital, e1_0.revenue_band, e1_0.search_text, e1_0.source, e1_0.status, e1_0.version, e1_0.website, e2_0.id, e2_0.created_at, e2_0.created_by, e2_0.held_on, e2_0.kind, e2_0.name, e2_0.organiser, e2_0.participants, e2_0.place, e2_0.role, e2_0.summary, e2_0.unit_id, e2_0.updated_at, e2_0.version, v1_0.follow_up_done, v1_0.follow_up_on, v1_0.idempotency_key, v1_0.intent, v1_0.kind, l1_0.id, l1_0.assess_due, l1_0.assessed_on, l1_0.assessment, l1_0.assessment_result, l1_0.closed_on, l1_0.created_at, l1_0.created_by, l1_0.description, l1_0.enterprise_id, l1_0.estimated_investment, l1_0.event_id, l1_0.feedback_due, l1_0.first_feedback_on, l1_0.industry_id, l1_0.last_progress_on, l1_0.next_due_on, l1_0.outcome_note, l1_0.progress_due, l1_0.project_id, l1_0.received_by, l1_0.received_on, l1_0.respond_due, l1_0.responded_on, l1_0.source, l1_0.source_detail, l1_0.status, l1_0.title, l1_0.trip_id, l1_0.unit_id, l1_0.updated_at, l1_0.version, v1_0.next_step, p1_0.id, p1_0.agreement_type, p1_0.attraction_method, p1_0.code, p1_0.construction_content, p1_0.construction_on, p1_0.contract_foreign_usd, p1_0.created_at, p1_0.fixed_asset_investment, p1_0.held_stage, p1_0.industry_id, p1_0.industry_code, p1_0.key_project, p1_0.last_worklog_on, p1_0.lead_id, p1_0.name, p1_0.negotiating_on, p1_0.operating_on, p1_0.origin_tier, p1_0.origin_tier_computed, p1_0.owner_username, p1_0.park_id, p1_0.plan, p1_0.pool, p1_0.registered_on, p1_0.search_text, p1_0.signed_on, p1_0.site_id, p1_0.source, p1_0.sponsor_leader, p1_0.stage, p1_0.stage_since, p1_0.street, p1_0.total_investment, p1_0.trip_id, p1_0.unit_id, p1_0.updated_at, p1_0.version, p1_0.zone_id, v1_0.recorded_by, v1_0.summary, t1_0.id, t1_0.cities, t1_0.created_at, t1_0.created_by, t1_0.delegation, t1_0.end_date, t1_0.leader_name, t1_0.outcome, t1_0.purpose, t1_0.start_date, t1_0.title, t1_0.unit_id, t1_0.updated_at, t1_0.version, v1_0.unit_id, u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version, v1_0.updated_at, v1_0.version, v1_0.visited_on from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id join enterprise e1_0 on e1_0.id=v1_0.enterprise_id left join trip t1_0 on t1_0.id=v1_0.trip_id left join investment_event e2_0 on e2_0.id=v1_0.event_id left join project p1_0 on p1_0.id=v1_0.project_id left join lead l1_0 on l1_0.id=v1_0.lead_id where u1_0.id=:unit and ( v1_0.recorded_by='bench-officer' or exists(select 1 from visit v2_0 join visit_participant p4_0 on v2_0.id=p4_0.visit_id where v2_0.id=v1_0.id and p4_0.username='bench-officer') ) and v1_0.follow_up_on<=':week_end' and v1_0.follow_up_on is not null and v1_0.follow_up_done=false order by v1_0.follow_up_on, v1_0.id offset 0 rows fetch first 200 rows only) page(vid)
\aset
\if :n_items > 0
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[1:50]);
\endif
\if :n_items > 50
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[51:100]);
\endif
\if :n_items > 100
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[101:150]);
\endif
\if :n_items > 150
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[151:200]);
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
\if :n_items >= 21
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 22
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 23
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 24
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 25
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 26
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 27
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 28
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 29
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 30
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 31
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 32
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 33
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 34
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 35
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 36
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 37
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 38
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 39
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 40
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 41
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 42
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 43
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 44
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 45
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 46
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 47
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 48
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 49
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 50
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 51
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 52
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 53
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 54
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 55
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 56
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 57
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 58
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 59
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 60
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 61
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 62
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 63
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 64
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 65
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 66
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 67
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 68
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 69
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 70
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 71
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 72
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 73
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 74
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 75
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 76
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 77
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 78
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 79
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 80
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 81
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 82
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 83
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 84
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 85
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 86
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 87
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 88
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 89
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 90
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 91
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 92
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 93
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 94
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 95
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 96
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 97
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 98
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 99
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 100
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 101
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 102
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 103
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 104
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 105
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 106
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 107
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 108
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 109
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 110
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 111
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 112
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 113
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 114
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 115
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 116
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 117
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 118
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 119
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 120
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 121
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 122
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 123
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 124
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 125
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 126
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 127
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 128
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 129
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 130
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 131
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 132
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 133
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 134
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 135
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 136
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 137
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 138
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 139
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 140
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 141
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 142
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 143
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 144
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 145
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 146
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 147
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 148
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 149
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 150
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 151
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 152
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 153
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 154
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 155
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 156
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 157
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 158
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 159
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 160
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 161
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 162
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 163
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 164
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 165
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 166
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 167
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 168
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 169
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 170
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 171
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 172
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 173
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 174
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 175
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 176
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 177
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 178
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 179
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 180
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 181
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 182
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 183
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 184
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 185
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 186
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 187
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 188
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 189
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 190
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 191
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 192
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 193
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 194
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 195
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 196
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 197
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 198
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 199
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 200
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
select count(*) from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id where u1_0.id=:unit and ( v1_0.recorded_by='bench-officer' or exists(select 1 from visit v2_0 join visit_participant p1_0 on v2_0.id=p1_0.visit_id where v2_0.id=v1_0.id and p1_0.username='bench-officer') ) and v1_0.follow_up_on<=':week_end' and v1_0.follow_up_on is not null and v1_0.follow_up_done=false;
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select l1_0.id, l1_0.assess_due, l1_0.assessed_on, l1_0.assessment, l1_0.assessment_result, l1_0.closed_on, l1_0.created_at, l1_0.created_by, l1_0.description, e1_0.id, e1_0.attraction_method, e1_0.country_code, e1_0.created_at, e1_0.credit_code, e1_0.description, e1_0.employees, e1_0.former_names, e1_0.industry_id, e1_0.industry_code, e1_0.merged_into_id, e1_0.name, e1_0.name_key, e1_0.nature, e1_0.owner_unit_id, e1_0.owner_username, e1_0.region_code, e1_0.registered_capital, e1_0.revenue_band, e1_0.search_text, e1_0.source, e1_0.status, e1_0.version, e1_0.website, l1_0.estimated_investment, l1_0.event_id, l1_0.feedback_due, l1_0.first_feedback_on, i1_0.id, i1_0.category, i1_0.code, i1_0.description, i1_0.gbt4754_codes, i1_0.name, i1_0.retired_on, i1_0.sort_order, i1_0.version, l1_0.last_progress_on, l1_0.next_due_on, l1_0.outcome_note, l1_0.progress_due, p1_0.id, p1_0.agreement_type, p1_0.attraction_method, p1_0.code, p1_0.construction_content, p1_0.construction_on, p1_0.contract_foreign_usd, p1_0.created_at, p1_0.fixed_asset_investment, p1_0.held_stage, p1_0.industry_id, p1_0.industry_code, p1_0.key_project, p1_0.last_worklog_on, p1_0.lead_id, p1_0.name, p1_0.negotiating_on, p1_0.operating_on, p1_0.origin_tier, p1_0.origin_tier_computed, p1_0.owner_username, p1_0.park_id, p1_0.plan, p1_0.pool, p1_0.registered_on, p1_0.search_text, p1_0.signed_on, p1_0.site_id, p1_0.source, p1_0.sponsor_leader, p1_0.stage, p1_0.stage_since, p1_0.street, p1_0.total_investment, p1_0.trip_id, p1_0.unit_id, p1_0.updated_at, p1_0.version, p1_0.zone_id, l1_0.received_by, l1_0.received_on, l1_0.respond_due, l1_0.responded_on, l1_0.source, l1_0.source_detail, l1_0.status, l1_0.title, l1_0.trip_id, l1_0.unit_id, u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version, l1_0.updated_at, l1_0.version from lead l1_0 join org_unit u1_0 on u1_0.id=l1_0.unit_id left join enterprise e1_0 on e1_0.id=l1_0.enterprise_id left join industry i1_0 on i1_0.id=l1_0.industry_id left join project p1_0 on p1_0.id=l1_0.project_id where u1_0.id=:unit and l1_0.status='OPEN' and l1_0.received_by='bench-officer' and l1_0.status='OPEN' and l1_0.next_due_on<':today' order by l1_0.next_due_on, l1_0.id offset 0 rows fetch first 200 rows only;
select count(*) from lead l1_0 join org_unit u1_0 on u1_0.id=l1_0.unit_id where u1_0.id=:unit and l1_0.status='OPEN' and l1_0.received_by='bench-officer' and l1_0.status='OPEN' and l1_0.next_due_on<':today';
\set n_items 0
\set ids -1
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select page.*, case when row_number() over () = count(*) over () then coalesce(string_agg(vid::text, ',') over (), '-1') end as ids,
       count(*) over () as n_items
from (select v1_0.id, v1_0.created_at, v1_0.enterprise_id, e1_0.id, e1_0.attraction_method, e1_0.country_code, e1_0.created_at, e1_0.credit_code, e1_0.description, e1_0.employees, e1_0.former_names, e1_0.industry_id, e1_0.industry_code, e1_0.merged_into_id, e1_0.name, e1_0.name_key, e1_0.nature, e1_0.owner_unit_id, e1_0.owner_username, e1_0.region_code, e1_0.registered_capital, e1_0.revenue_band, e1_0.search_text, e1_0.source, e1_0.status, e1_0.version, e1_0.website, e2_0.id, e2_0.created_at, e2_0.created_by, e2_0.held_on, e2_0.kind, e2_0.name, e2_0.organiser, e2_0.participants, e2_0.place, e2_0.role, e2_0.summary, e2_0.unit_id, e2_0.updated_at, e2_0.version, v1_0.follow_up_done, v1_0.follow_up_on, v1_0.idempotency_key, v1_0.intent, v1_0.kind, l1_0.id, l1_0.assess_due, l1_0.assessed_on, l1_0.assessment, l1_0.assessment_result, l1_0.closed_on, l1_0.created_at, l1_0.created_by, l1_0.description, l1_0.enterprise_id, l1_0.estimated_investment, l1_0.event_id, l1_0.feedback_due, l1_0.first_feedback_on, l1_0.industry_id, l1_0.last_progress_on, l1_0.next_due_on, l1_0.outcome_note, l1_0.progress_due, l1_0.project_id, l1_0.received_by, l1_0.received_on, l1_0.respond_due, l1_0.responded_on, l1_0.source, l1_0.source_detail, l1_0.status, l1_0.title, l1_0.trip_id, l1_0.unit_id, l1_0.updated_at, l1_0.version, v1_0.next_step, p1_0.id, p1_0.agreement_type, p1_0.attraction_method, p1_0.code, p1_0.construction_content, p1_0.construction_on, p1_0.contract_foreign_usd, p1_0.created_at, p1_0.fixed_asset_investment, p1_0.held_stage, p1_0.industry_id, p1_0.industry_code, p1_0.key_project, p1_0.last_worklog_on, p1_0.lead_id, p1_0.name, p1_0.negotiating_on, p1_0.operating_on, p1_0.origin_tier, p1_0.origin_tier_computed, p1_0.owner_username, p1_0.park_id, p1_0.plan, p1_0.pool, p1_0.registered_on, p1_0.search_text, p1_0.signed_on, p1_0.site_id, p1_0.source, p1_0.sponsor_leader, p1_0.stage, p1_0.stage_since, p1_0.street, p1_0.total_investment, p1_0.trip_id, p1_0.unit_id, p1_0.updated_at, p1_0.version, p1_0.zone_id, v1_0.recorded_by, v1_0.summary, t1_0.id, t1_0.cities, t1_0.created_at, t1_0.created_by, t1_0.delegation, t1_0.end_date, t1_0.leader_name, t1_0.outcome, t1_0.purpose, t1_0.start_date, t1_0.title, t1_0.unit_id, t1_0.updated_at, t1_0.version, v1_0.unit_id, u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version, v1_0.updated_at, v1_0.version, v1_0.visited_on from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id join enterprise e1_0 on e1_0.id=v1_0.enterprise_id left join trip t1_0 on t1_0.id=v1_0.trip_id left join investment_event e2_0 on e2_0.id=v1_0.event_id left join project p1_0 on p1_0.id=v1_0.project_id left join lead l1_0 on l1_0.id=v1_0.lead_id where u1_0.id=:unit and v1_0.visited_on>=':week_start' and v1_0.visited_on<=':week_end' and ( v1_0.recorded_by='bench-officer' or exists(select 1 from visit v2_0 join visit_participant p4_0 on v2_0.id=p4_0.visit_id where v2_0.id=v1_0.id and p4_0.username='bench-officer') ) order by v1_0.visited_on desc, v1_0.id offset 0 rows fetch first 200 rows only) page(vid)
\aset
\if :n_items > 0
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[1:50]);
\endif
\if :n_items > 50
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[51:100]);
\endif
\if :n_items > 100
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[101:150]);
\endif
\if :n_items > 150
select p1_0.visit_id, p1_0.position, p1_0.contact_id, p1_0.name, p1_0.ours, p1_0.title, p1_0.username from visit_participant p1_0 where p1_0.visit_id = any ((array[:ids]::bigint[])[151:200]);
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
\if :n_items >= 21
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 22
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 23
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 24
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 25
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 26
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 27
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 28
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 29
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 30
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 31
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 32
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 33
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 34
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 35
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 36
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 37
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 38
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 39
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 40
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 41
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 42
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 43
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 44
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 45
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 46
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 47
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 48
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 49
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 50
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 51
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 52
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 53
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 54
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 55
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 56
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 57
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 58
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 59
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 60
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 61
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 62
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 63
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 64
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 65
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 66
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 67
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 68
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 69
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 70
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 71
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 72
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 73
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 74
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 75
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 76
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 77
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 78
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 79
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 80
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 81
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 82
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 83
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 84
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 85
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 86
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 87
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 88
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 89
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 90
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 91
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 92
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 93
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 94
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 95
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 96
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 97
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 98
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 99
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 100
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 101
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 102
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 103
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 104
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 105
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 106
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 107
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 108
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 109
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 110
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 111
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 112
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 113
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 114
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 115
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 116
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 117
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 118
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 119
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 120
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 121
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 122
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 123
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 124
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 125
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 126
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 127
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 128
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 129
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 130
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 131
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 132
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 133
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 134
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 135
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 136
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 137
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 138
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 139
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 140
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 141
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 142
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 143
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 144
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 145
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 146
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 147
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 148
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 149
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 150
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 151
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 152
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 153
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 154
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 155
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 156
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 157
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 158
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 159
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 160
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 161
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 162
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 163
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 164
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 165
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 166
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 167
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 168
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 169
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 170
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 171
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 172
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 173
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 174
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 175
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 176
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 177
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 178
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 179
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 180
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 181
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 182
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 183
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 184
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 185
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 186
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 187
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 188
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 189
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 190
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 191
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 192
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 193
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 194
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 195
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 196
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 197
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 198
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 199
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
\if :n_items >= 200
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
\endif
select count(*) from visit v1_0 join org_unit u1_0 on u1_0.id=v1_0.unit_id where u1_0.id=:unit and v1_0.visited_on>=':week_start' and v1_0.visited_on<=':week_end' and ( v1_0.recorded_by='bench-officer' or exists(select 1 from visit v2_0 join visit_participant p1_0 on v2_0.id=p1_0.visit_id where v2_0.id=v1_0.id and p1_0.username='bench-officer') );
