-- The floor of GET /api/enterprises?q=航嘉 (two Chinese characters, the gram index of V21; 190 match).
-- The app's statements as the Hibernate log shows them (EnterpriseService.list): custom plans, the capped count by the
-- search indexes, then the page as the count chose (index: at most 1,000 match).
begin;
select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('max_parallel_workers_per_gather', '0', true);
select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
select count(*) from (select 1 from enterprise e where e.merged_into_id is null and enterprise_search_grams(e.search_text) @> array[cast('航嘉' as text)] limit 1001) capped;
select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
select p.id, p.name, p.credit_code, p.region_code, i.name as industry_name, p.registered_capital, p.status, p.owner_unit_id, u.name as unit_name, p.version, (select string_agg(t.tag || ':' || coalesce(t.list_year::text, ''), ',') from enterprise_tag t where t.enterprise_id = p.id) as tags
from (select e.id, e.name, e.credit_code, e.region_code, e.industry_id, e.registered_capital, e.status, e.owner_unit_id, e.version, e.name_key, e.created_at from enterprise e where e.merged_into_id is null and enterprise_search_grams(e.search_text) @> array[cast('航嘉' as text)] and e.search_text like '%航嘉%' order by e.created_at desc, e.id offset 0 limit 20) p
join org_unit u on u.id = p.owner_unit_id left join industry i on i.id = p.industry_id order by p.created_at desc, p.id;
commit;
