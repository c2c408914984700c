-- The floor of GET /api/enterprises?tag=GAZELLE&status=FOLLOWING&page=3.
select e.id, e.name, e.credit_code, e.region_code, e.industry_id, e.registered_capital, e.status, e.owner_unit_id
from enterprise e where e.merged_into_id is null
  and exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag in ('GAZELLE'))
  and e.status = 'FOLLOWING'
order by e.created_at desc, e.id desc limit 20 offset 60;
select count(*) from (select e.id from enterprise e where e.merged_into_id is null
  and exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag in ('GAZELLE'))
  and e.status = 'FOLLOWING' limit 1001) capped;
