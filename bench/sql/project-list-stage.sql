-- The floor of GET /api/projects?stage=NEGOTIATING&page=3, written by project_floors.py (see there for what and why).
select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('NEGOTIATING')
      order by p.updated_at desc, p.id offset 60 rows fetch first 20 rows only) page
\aset
select p.id from project p where 1 = 1 and p.stage in ('NEGOTIATING') fetch first 1001 rows only;
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);
select * from industry where id = any (array[:industries]::bigint[]);
select * from zone where id = any (array[:zones]::bigint[]);
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
