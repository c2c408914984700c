-- The floor of GET /api/projects/board?unitId=<bench-u1> (-D unit=…): every statement the app runs for it (from the Hibernate log): the
-- enabled stall rules, the count per stage, then for each of the 8 columns its first 50 projects (newest
-- stage change first), their pending confirmations and the batch loads of what the page shows. Industries and
-- zones are few and all loaded by the first column; units are loaded again by later columns when they show
-- units not seen yet, which with one unit never happens.
-- One block per column, all alike.
select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;
select p.stage, count(p.id) from project p where 1 = 1 and p.unit_id = :unit group by p.stage;
-- column 1: LEAD
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('LEAD') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);
select * from industry where id = any (array[:industries]::bigint[]);
select * from zone where id = any (array[:zones]::bigint[]);
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 2: NEGOTIATING
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('NEGOTIATING') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 3: SIGNED
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('SIGNED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 4: REGISTERED
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('REGISTERED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 5: CONSTRUCTION
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('CONSTRUCTION') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 6: OPERATING
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('OPERATING') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 7: ON_HOLD
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('ON_HOLD') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 8: TERMINATED
select coalesce(string_agg(id::text, ','), '-1') as ids, coalesce(string_agg(distinct unit_id::text, ','), '-1') as units,
       coalesce(string_agg(distinct industry_id::text, ','), '-1') as industries,
       coalesce(string_agg(distinct zone_id::text, ','), '-1') as zones
from (select p.* from project p where 1 = 1 and p.stage in ('TERMINATED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) col
\gset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
