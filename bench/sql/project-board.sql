-- The floor of GET /api/projects/board, written by project_floors.py (see there for what and why).
-- Called as the bench leader (every unit).
select sr1_0.id, sr1_0.days, sr1_0.enabled, sr1_0.kind, sr1_0.stage, sr1_0.version from stall_rule sr1_0 where sr1_0.enabled=true order by sr1_0.id;
select p.stage, count(*) from project p where 1 = 1 group by p.stage;
select p.id, p.code, p.name, p.stage, p.pool, p.key_project, p.unit_id, u.name as unit_name,
       p.owner_username, p.sponsor_leader, p.industry_id, i.name as industry_name, p.zone_id,
       z.name as zone_name,
       array_to_string(array(select e.name from project_investor pi join enterprise e on e.id = pi.enterprise_id
                             where pi.project_id = p.id order by pi.position), chr(31)) as investors,
       p.total_investment, p.stage_since, p.last_worklog_on, p.version,
       coalesce((select true from waiting_transition t where t.project_id = p.id limit 1),
                (select true from waiting_fund f where f.project_id = p.id limit 1), false) as pending
from (values ('LEAD', 0), ('NEGOTIATING', 1), ('SIGNED', 2), ('REGISTERED', 3), ('CONSTRUCTION', 4), ('OPERATING', 5), ('ON_HOLD', 6), ('TERMINATED', 7)) as s(stage, n)
cross join lateral (select p.* from project p where p.stage = s.stage and 1 = 1 order by p.stage_since desc, p.id desc fetch first 50 rows only) p
join org_unit u on u.id = p.unit_id
left join industry i on i.id = p.industry_id
left join zone z on z.id = p.zone_id
order by s.n, p.stage_since desc, p.id desc;
