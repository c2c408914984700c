-- The floor of GET /api/projects?stage=NEGOTIATING&page=3: every statement the app runs for it, in order (from the
-- Hibernate log): the enabled stall rules, the page (all project columns), the capped count (ids up to 1,001), the
-- pending confirmations of the page, and the batch loads of its units, industries, zones and investors. The page's
-- ids are collected with \gset to feed the later statements, as the app feeds them from the page it read.
select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('NEGOTIATING')
      order by p.updated_at desc, p.id offset 60 rows fetch first 20 rows only) page
\gset
select count(*) from (select p.id from project p where 1 = 1 and p.stage in ('NEGOTIATING') fetch first 1001 rows only) capped;
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);
select * from industry where id = any (array[:industries]::bigint[]);
select * from zone where id = any (array[:zones]::bigint[]);
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
