-- The floor of GET /api/projects?unitId=<bench-u1>&sort=-updatedAt (an officer's own unit, newest first): the same
-- statements as project-list-stage.sql for this filter. The unit id comes in as -D unit=….
select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.unit_id = :unit
      order by p.updated_at desc, p.id offset 0 rows fetch first 20 rows only) page
\gset
select count(*) from (select p.id from project p where 1 = 1 and p.unit_id = :unit fetch first 1001 rows only) capped;
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);
select * from industry where id = any (array[:industries]::bigint[]);
select * from zone where id = any (array[:zones]::bigint[]);
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
