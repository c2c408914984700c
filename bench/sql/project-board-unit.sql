-- The floor of GET /api/projects/board?unitId=<bench-u1> (-D unit=…), written by project_floors.py (see there for what and why).
-- Industries and zones are few: the first column loads them all. Units: one unit, loaded by the first column.
select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;
select p.stage, count(p.id) from project p where 1 = 1 and p.unit_id = :unit group by p.stage;
-- column 1: LEAD
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('LEAD') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);
select * from industry where id = any (array[:industries]::bigint[]);
select * from zone where id = any (array[:zones]::bigint[]);
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 2: NEGOTIATING
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('NEGOTIATING') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 3: SIGNED
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('SIGNED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 4: REGISTERED
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('REGISTERED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 5: CONSTRUCTION
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('CONSTRUCTION') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 6: OPERATING
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('OPERATING') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 7: ON_HOLD
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('ON_HOLD') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
-- column 8: TERMINATED
select page.*,
       case when row_number() over () = count(*) over () then coalesce(string_agg(id::text, ',') over (), '-1') end as ids,
       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,
       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,
       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones
from (select p.* from project p where 1 = 1 and p.stage in ('TERMINATED') and p.unit_id = :unit
      order by p.stage_since desc, p.id desc offset 0 rows fetch first 50 rows only) page
\aset
select distinct t.project_id from project_transition t
where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null and t.returned_at is null;
select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id
where i.project_id = any (array[:ids]::bigint[]);
