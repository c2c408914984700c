-- The floor of GET /api/enterprises?q=jnhr (pinyin initials).
select e.id, e.name, e.credit_code, e.region_code, e.industry_id, e.registered_capital, e.status, e.owner_unit_id
from enterprise e where e.merged_into_id is null and e.search_text like '%jnhr%'
order by e.created_at desc, e.id desc limit 20;
select count(*) from (select e.id from enterprise e where e.merged_into_id is null and e.search_text like '%jnhr%' limit 1001) capped;
