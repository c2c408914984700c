-- The floor of GET /api/enterprises?q=新材料 (3+ Chinese characters, the trigram index; 12,500 of 200,000 match).
-- The app's statements as the Hibernate log shows them (EnterpriseService.list): custom plans, the capped count by the
-- search indexes, then the page as the count chose (more than 1,000 match: among the newest 5,000 firms, which
-- hold the page's 20 here; else the app reads it as search-initials.sql does).
begin;
select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('max_parallel_workers_per_gather', '0', true);
select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
select count(*) from (select 1 from enterprise e where e.merged_into_id is null and e.search_text like '%新材料%' limit 1001) capped;
select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true);
select p.id, p.name, p.credit_code, p.region_code, i.name as industry_name, p.registered_capital, p.status, p.owner_unit_id, u.name as unit_name, p.version, (select string_agg(t.tag || ':' || coalesce(t.list_year::text, ''), ',') from enterprise_tag t where t.enterprise_id = p.id) as tags
from (select e.id, e.name, e.credit_code, e.region_code, e.industry_id, e.registered_capital, e.status, e.owner_unit_id, e.version, e.name_key, e.created_at from (select * from enterprise order by created_at desc, id limit 5000) e where e.merged_into_id is null and e.search_text like '%新材料%' order by e.created_at desc, e.id offset 0 limit 20) p
join org_unit u on u.id = p.owner_unit_id left join industry i on i.id = p.industry_id order by p.created_at desc, p.id;
commit;
