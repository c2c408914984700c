-- The floor of GET /api/projects?q=智能工厂 | 新材料 | 济南华瑞 (one term at random, as wrk cycles them), written by project_floors.py (see there for what and why).
-- Called as the bench officer (unit bench-u1: -D unit=…).
\set term random(1, 3)
select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 where u1_0.code='bench-u1' fetch first 1 rows only;
select sr1_0.id, sr1_0.days, sr1_0.enabled, sr1_0.kind, sr1_0.stage, sr1_0.version from stall_rule sr1_0 where sr1_0.enabled=true order by sr1_0.id;
with page as (select p.* from project p where 1 = 1 and p.search_text like (array['%智能工厂%', '%新材料%', '%济南华瑞%'])[:term] and p.unit_id = :unit order by p.updated_at desc, p.id offset 0 rows fetch first 20 rows only),
matches as (select count(*) as n from (select 1 from project p where 1 = 1 and p.search_text like (array['%智能工厂%', '%新材料%', '%济南华瑞%'])[:term] and p.unit_id = :unit fetch first 1001 rows only) m)
select m.n, p.id, p.code, p.name, p.stage, p.pool, p.key_project, p.unit_id, u.name as unit_name,
       p.owner_username, p.sponsor_leader, p.industry_id, i.name as industry_name, p.zone_id,
       z.name as zone_name,
       array_to_string(array(select e.name from project_investor pi join enterprise e on e.id = pi.enterprise_id
                             where pi.project_id = p.id order by pi.position), chr(31)) as investors,
       p.total_investment, p.stage_since, p.last_worklog_on, p.version,
       coalesce((select true from waiting_transition t where t.project_id = p.id limit 1),
                (select true from waiting_fund f where f.project_id = p.id limit 1), false) as pending
from matches m left join (page p join org_unit u on u.id = p.unit_id
left join industry i on i.id = p.industry_id
left join zone z on z.id = p.zone_id) on true
order by p.updated_at desc, p.id;
