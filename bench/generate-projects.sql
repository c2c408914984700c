-- Projects for the benchmarks, generated inside PostgreSQL after bench/generate.sql (set-based, no ORM),
-- deterministic for a seed and a day. By hand:
--   psql -v projects=100000 -v funds_worklog=2000000 -v seed=0.42 -f bench/generate-projects.sql attract_bench
-- Needs the bench units and enterprises of generate.sql. What it writes follows the app's rules:
--   * each project walks the funnel (线索 → 在谈 → 签约 → 注册 → 开工 → 投产, exits 搁置/终止) as a chain of
--     project_transition rows; stage, stage_since, held_stage, agreement_type and the milestone columns
--     (negotiating_on … operating_on) are those transitions' dates, as ProjectStages would set them; about 1 in
--     100 negotiating projects carries a corrected (reverted) signing;
--   * 1–3 investors from the generated enterprises; the first one gives the name, industry and origin tier;
--   * search_text exactly as Project.derive() writes it: lower-case code, then name | full pinyin | initials,
--     then each investor's keys (the enterprises' own search_text);
--   * :funds_worklog rows split 40/60 between project_fund (signed projects, after the signing) and
--     project_worklog; last_worklog_on from the work log.
-- Ids come from nextval('entity_seq') one call per row: the sequence steps by 50 and Hibernate takes the 50 ids
-- below each value it draws, so later ids allocated by the app can never collide with these.
\set ON_ERROR_STOP on
select setseed(:seed);

-- Zones (the demo's "一轴两带五组团"), only when the database has none of them: the bench runs without demo data.
insert into zone (id, version, code, name, kind, sort_order)
select nextval('entity_seq'), 0, code, name, kind, n
from (values (1, 'yellow-river-axis', '黄河城市联动轴', 'AXIS'), (2, 'jiluo-road-belt', '济泺路黄金经济带', 'BELT'),
             (3, 'xiaoqing-river-belt', '小清河创新产业带', 'BELT'), (4, 'smart-manufacturing-cluster', '新型智造组团', 'CLUSTER'),
             (5, 'hi-tech-cluster', '高科创新组团', 'CLUSTER'), (6, 'trade-cluster', '特色商贸组团', 'CLUSTER'),
             (7, 'services-cluster', '高端服务组团', 'CLUSTER'), (8, 'agriculture-cluster', '现代农业组团', 'CLUSTER'))
     as z(n, code, name, kind)
on conflict (code) do nothing;

create temp table zone_of_industry as
select i.id as industry_id, z.id as zone_id
from (values ('new-materials', 'smart-manufacturing-cluster'), ('smart-equipment', 'smart-manufacturing-cluster'),
             ('trade', 'trade-cluster'), ('high-end-services', 'services-cluster'), ('future-consumption', 'trade-cluster'),
             ('future-health', 'hi-tech-cluster'), ('future-aerospace', 'hi-tech-cluster'),
             ('future-digital', 'hi-tech-cluster')) as m(industry, zone)
join industry i on i.code = m.industry
join zone z on z.code = m.zone;

-- What a project builds: the words after the investor's short name, with their pinyin and initials.
create temp table content(n int, hz text, py text, ini text);
insert into content values (0,'研发中心','yanfazhongxin','yfzx'),(1,'智能工厂','zhinenggongchang','zngc'),
 (2,'总部基地','zongbujidi','zbjd'),(3,'生产基地','shengchanjidi','scjd'),(4,'产业园','chanyeyuan','cyy'),
 (5,'结算中心','jiesuanzhongxin','jszx'),(6,'供应链基地','gongyinglianjidi','gyljd'),(7,'检测平台','jiancepingtai','jcpt'),
 (8,'创新中心','chuangxinzhongxin','cxzx'),(9,'数字化平台','shuzihuapingtai','szhpt');

create temp table bench_units as
select id, code, row_number() over (order by id) - 1 as n from org_unit where code like 'bench-u%';
create temp table bench_firms as
select id, name_key, region_code, industry_id, search_text,
       -- the pinyin and initials of the name without its company suffix (the suffixes are generate.sql's four)
       regexp_replace(split_part(search_text, '|', 2),
                      '(gufenyouxiangongsi|kejiyouxiangongsi|jituanyouxiangongsi|youxiangongsi)$', '') as key_py,
       regexp_replace(split_part(search_text, '|', 3), '(gfyxgs|kjyxgs|jtyxgs|yxgs)$', '') as key_ini,
       row_number() over (order by id) - 1 as n
from enterprise where source = '基准数据' and merged_into_id is null;
create unique index on bench_firms (n);
analyze bench_firms;

-- One row per project: its draw of the funnel and its dates, counted back from the day it entered the stage it is
-- in now (nothing is dated after today). d[1..5] are the dates it entered 在谈 … 投产 (null beyond its stage).
create temp table gp as
with draw as (
    select g, random() as r_stage, random() as r_since, random() as r_exit, random() as r_inv, random() as r_key,
           random() as r_money, random() as r_fix, random() as r_misc, random() as r_agree,
           array[5 + (random() * 60)::int, 20 + (random() * 150)::int, 20 + (random() * 150)::int,
                 20 + (random() * 150)::int, 30 + (random() * 200)::int, 10 + (random() * 120)::int] as gaps
    from generate_series(1, :projects) g
), staged as (
    select d.*,
           -- the funnel mix of a district's accumulated projects: k is the furthest funnel stage (0 = 线索)
           case when r_stage < 0.20 then 0 when r_stage < 0.45 then 1 when r_stage < 0.60 then 2
                when r_stage < 0.70 then 3 when r_stage < 0.78 then 4 when r_stage < 0.90 then 5
                when r_stage < 0.95 then (case when r_exit < 0.5 then 1 else 2 end)
                else (case when r_exit < 0.6 then 1 else 2 end) end as k,
           case when r_stage >= 0.95 then 'TERMINATED' when r_stage >= 0.90 then 'ON_HOLD' end as exit_stage,
           -- recent stage changes are more common than old ones; the oldest four years ago
           current_date - floor(power(r_since, 1.6) * 1460)::int as since,
           (select count(*) from bench_firms) as firms
    from draw d
), dated as (
    select st.*,
           array(select case when i <= k then since - case when exit_stage is not null then gaps[6] else 0 end
                                               - coalesce((select sum(gaps[j]) from generate_series(i + 1, k) j), 0)::int
                        end
                 from generate_series(1, 5) i order by i) as d
    from staged st
)
select g, nextval('entity_seq') as id, k, exit_stage, d, since,
       -- the first day: 线索 for leads and one project in three, else straight into 在谈
       case when k = 0 then since when g % 3 = 0 then d[1] - gaps[1] else d[1] end as s,
       (k = 0 or g % 3 = 0) as lead_first,
       (exit_stage is null and k = 1 and g % 100 = 7) as corrected,
       least(d[1] + gaps[2], current_date) as corrected_signing,
       case when r_agree < 0.6 then 'FORMAL' when r_agree < 0.8 then 'FRAMEWORK' else 'INTENT' end as agreement,
       1 + (r_inv < 0.25)::int + (r_inv < 0.07)::int as investors,
       ((g::bigint * 2654435761) % firms)::int as firm1, firms,
       (g % 100) < 5 as overseas,
       round((2000 + power(r_money, 2.2) * 300000)::numeric, 4) as total,
       0.55 + r_fix * 0.40 as fixed_share,
       r_key, r_misc,
       (select count(*) from bench_units) as units
from dated;

alter table gp add column stage text, add column stage_since date, add column held_stage text;
update gp set
    stage = coalesce(exit_stage, case when k = 0 then 'LEAD'
                                      else (array['NEGOTIATING','SIGNED','REGISTERED','CONSTRUCTION','OPERATING'])[k] end),
    held_stage = case when exit_stage = 'ON_HOLD' then (array['NEGOTIATING','SIGNED'])[k] end,
    stage_since = since;
create unique index on gp (g);
analyze gp;

-- The stage changes, oldest first per project (seq orders them; recorded_at follows seq within a day).
create temp table steps as
select nextval('entity_seq') as id, x.*
from (
    select p.id as project_id, p.g, 0 as seq, null::text as from_stage, 'LEAD' as to_stage, p.s as on_date,
           null::text as agreement, null::text as note, false as correction
    from gp p where p.lead_first
    union all
    select p.id, p.g, i, case when i = 1 then (case when p.lead_first then 'LEAD' end)
                              else (array['NEGOTIATING','SIGNED','REGISTERED','CONSTRUCTION'])[i - 1] end,
           (array['NEGOTIATING','SIGNED','REGISTERED','CONSTRUCTION','OPERATING'])[i], p.d[i],
           case when i = 2 then p.agreement end,
           case when i = 2 then (case when p.g % 2 = 0 then '于集中签约活动签约' else '双方签署投资协议' end) end, false
    from gp p cross join lateral generate_series(1, p.k) i
    union all
    select p.id, p.g, 6, (array['NEGOTIATING','SIGNED'])[p.k], p.exit_stage, p.stage_since, null,
           case when p.exit_stage = 'ON_HOLD' then '投资方调整投资计划，暂缓推进' else '企业另行选址，终止洽谈' end, false
    from gp p where p.exit_stage is not null
    union all
    -- a signing entered by mistake, then corrected back to 在谈 (the signing stays in the history, reverted)
    select p.id, p.g, 2, 'NEGOTIATING', 'SIGNED', p.corrected_signing, p.agreement, '双方签署投资协议', false
    from gp p where p.corrected
    union all
    select p.id, p.g, 3, 'SIGNED', 'NEGOTIATING', least(p.corrected_signing + 3, current_date), null,
           '签约信息录入有误，退回在谈', true
    from gp p where p.corrected
) x;
alter table steps add column recorded_at timestamptz, add column reverted_by_id bigint;
update steps set recorded_at = least(
        ((on_date + (random() * 2)::int)::timestamp + interval '9 hours' + seq * interval '1 hour'
            + (random() * 50)::int * interval '1 minute') at time zone 'Asia/Shanghai',
        now() - (10 - seq) * interval '1 minute' - (g % 997) * interval '1 second');
update steps s set reverted_by_id = c.id from steps c
where c.project_id = s.project_id and c.correction and s.to_stage = 'SIGNED' and not s.correction;
create index on steps (project_id);
analyze steps;

insert into project (id, version, code, name, stage, stage_since, held_stage, pool, key_project, origin_tier,
                     origin_tier_computed, industry_id, industry_code, zone_id, park_id, site_id, street,
                     construction_content, attraction_method, source, total_investment, fixed_asset_investment,
                     contract_foreign_usd, unit_id, owner_username, sponsor_leader, plan, agreement_type,
                     negotiating_on, signed_on, registered_on, construction_on, operating_on, last_worklog_on,
                     search_text, created_at, updated_at)
select p.id, agg.steps - 1,
       cd.code, f.name_key || c.hz || '项目', p.stage, p.stage_since, p.held_stage,
       case when p.k = 0 then 'PLANNING' when p.k < 3 then 'PROMOTION' else 'IMPLEMENTATION' end,
       p.total > 100000 or p.r_key < 0.10,
       case when p.overseas then 'OVERSEAS' when f.region_code = '370105' then 'LOCAL'
            when f.region_code like '3701%' then 'OUT_OF_DISTRICT' when f.region_code like '37%' then 'OUT_OF_CITY'
            else 'OUT_OF_PROVINCE' end,
       not p.overseas,
       f.industry_id, null, case when p.g % 7 <> 0 then zi.zone_id end, null, null,
       case when p.k >= 3 then (array['天桥东街街道','北坦街道','泺口街道','桑梓店街道','大桥街道'])[1 + p.g % 5] end,
       '建设' || c.hz || '，主要从事相关业务。',
       (array['BUSINESS_NETWORK','CHAIN','SPACE','PROJECT','REINVESTMENT','AGENCY_FUND','EXPO'])[1 + p.g % 7],
       '基准数据', p.total, round(p.total * p.fixed_share::numeric, 4),
       case when p.overseas then round(p.total / 7.1 * 0.6, 4) end,
       u.id, case when u.code = 'bench-u1' then 'bench-officer' else 'officer-' || u.code end,
       case when p.total > 100000 or p.r_key < 0.10 then (array['张强','刘建国','孙立华','周明'])[1 + p.g % 4] end,
       case when p.total > 100000 or p.r_key < 0.10 then '一项目一方案：明确包挂领导、责任单位和时间节点，按月调度。' end,
       case when p.k >= 2 and not p.corrected then p.agreement end,
       case when p.k >= 1 then p.d[1] end,
       case when p.k >= 2 and not p.corrected then p.d[2] end,
       case when p.k >= 3 then p.d[3] end,
       case when p.k >= 4 then p.d[4] end,
       case when p.k >= 5 then p.d[5] end,
       null,
       lower(cd.code) || ' ' || f.name_key || c.hz || '项目' || '|' || f.key_py || c.py || 'xiangmu' || '|'
           || f.key_ini || c.ini || 'xm' || '|' || f.search_text
           || coalesce('|' || f2.search_text, '') || coalesce('|' || f3.search_text, ''),
       agg.first_recorded,
       -- the last edit: some days after the last stage change, or (when that would be after now) in the last three days
       greatest(agg.last_recorded, least(agg.last_recorded + (p.r_misc * 30) * interval '1 day',
                                         now() - p.r_misc * interval '3 days'))
from gp p
cross join lateral (select 'XM' || extract(year from p.s) || '-B' || lpad(p.g::text, 7, '0') as code) cd
join bench_firms f on f.n = p.firm1
left join bench_firms f2 on p.investors >= 2 and f2.n = (p.firm1 + p.firms / 3) % p.firms
left join bench_firms f3 on p.investors >= 3 and f3.n = (p.firm1 + 2 * p.firms / 3) % p.firms
join content c on c.n = (p.g / 7) % 10
join bench_units u on u.n = p.g % p.units
left join zone_of_industry zi on zi.industry_id = f.industry_id
cross join lateral (select count(*) as steps, min(recorded_at) as first_recorded, max(recorded_at) as last_recorded
                    from steps t where t.project_id = p.id) agg;

insert into project_investor (project_id, enterprise_id, position)
select p.id, f.id, j
from gp p cross join lateral generate_series(0, p.investors - 1) j
join bench_firms f on f.n = (p.firm1 + j * p.firms / 3) % p.firms;

insert into project_transition (id, version, project_id, from_stage, to_stage, effective_date, recorded_at,
                                recorded_by, note, agreement_type, correction, reverted_by_id, confirmed_at, confirmed_by)
select t.id, case when t.confirmed then 1 else 0 end, t.project_id, t.from_stage, t.to_stage, t.on_date, t.recorded_at,
       pr.owner_username, t.note, t.agreement, t.correction, t.reverted_by_id,
       case when t.confirmed then least(t.recorded_at + (1 + (random() * 2)::int) * interval '1 day', now()) end,
       case when t.confirmed then 'unithead-' || u.code end
from (select s.*, (s.on_date < current_date - 14 and s.g % 50 <> 3) as confirmed from steps s) t
join project pr on pr.id = t.project_id
join org_unit u on u.id = pr.unit_id
order by t.id;

-- 审核 (V19, ProjectCounting): a transition counts when confirmed and not reverted by a confirmed correction; the
-- milestone columns are the counted transitions' first dates.
update project_transition t set counted = t.confirmed_at is not null
    and (t.reverted_by_id is null
         or exists (select 1 from project_transition c where c.id = t.reverted_by_id and c.confirmed_at is not null))
where t.project_id in (select id from project where source = '基准数据');
update project p set negotiating_on = m.negotiating_on, signed_on = m.signed_on, registered_on = m.registered_on,
                     construction_on = m.construction_on, operating_on = m.operating_on
from (select p2.id,
             min(t.effective_date) filter (where t.to_stage = 'NEGOTIATING') as negotiating_on,
             min(t.effective_date) filter (where t.to_stage = 'SIGNED') as signed_on,
             min(t.effective_date) filter (where t.to_stage = 'REGISTERED') as registered_on,
             min(t.effective_date) filter (where t.to_stage = 'CONSTRUCTION') as construction_on,
             min(t.effective_date) filter (where t.to_stage = 'OPERATING') as operating_on
      from project p2 left join project_transition t on t.project_id = p2.id and t.counted
      where p2.source = '基准数据'
      group by p2.id) m
where m.id = p.id;

-- Funds in place (40% of :funds_worklog) on signed projects, after the signing; work log (60%) on every project,
-- more of it recent, none after a project was held or terminated.
create temp table fundable as
select p.id, p.signed_on, p.total_investment, p.origin_tier, p.owner_username, row_number() over (order by p.id) - 1 as n
from project p where p.source = '基准数据' and p.signed_on is not null;
create unique index on fundable (n);
analyze fundable;
insert into project_fund (id, version, project_id, arrived_on, amount, foreign_usd, origin_tier, evidence,
                          recorded_at, recorded_by, confirmed_at, confirmed_by)
select nextval('entity_seq'), 0, p.id, x.arrived_on, x.amount,
       case when p.origin_tier = 'OVERSEAS' then round(x.amount / 7.1, 4) else 0 end,
       p.origin_tier, '银行进账单 ' || to_char(x.arrived_on, 'YYYYMMDD') || '-' || (100 + r.f % 900),
       least((x.arrived_on + 2)::timestamp + interval '15 hours', now()), p.owner_username,
       -- 审核: the unit head has confirmed all but the last fortnight's entries
       case when x.arrived_on < current_date - 14 then least((x.arrived_on + 3)::timestamp, now()) end,
       case when x.arrived_on < current_date - 14 then 'unithead' end
from (select f, floor(random() * (select count(*) from fundable))::int as n, random() as r, random() as r2
      from generate_series(1, round(:funds_worklog * 0.4)::int) f) r
join fundable p on p.n = r.n
cross join lateral (select p.signed_on + floor(r.r * (current_date - p.signed_on + 1))::int as arrived_on,
                           greatest(0.01, round(p.total_investment * (0.001 + r.r2 * 0.02)::numeric, 2)) as amount) x;

create temp table loggable as
select p.id, coalesce(p.negotiating_on, p.created_at::date) as since,
       case when p.stage in ('ON_HOLD', 'TERMINATED') then p.stage_since else current_date end as until,
       p.owner_username, row_number() over (order by p.id) - 1 as n
from project p where p.source = '基准数据';
create unique index on loggable (n);
analyze loggable;
insert into project_worklog (id, version, project_id, logged_on, kind, content, recorded_at, recorded_by,
                             resolved_at, resolved_by, resolution)
select nextval('entity_seq'), 0, p.id, x.on_date, x.kind,
       case x.kind when 'PROGRESS' then (array['完成项目备案，正在办理环评手续','投资方高层来访考察，确定选址意向',
                                               '召开项目推进调度会，明确时间节点','设备已进场安装调试','主体结构封顶',
                                               '办理施工许可证','洽谈合作条款，双方基本达成一致',
                                               '完成工商注册，开立基本账户'])[1 + r.w % 8]
                   when 'PROBLEM' then (array['土地报批进度滞后','环评审批周期较长','融资尚未落实'])[1 + r.w % 3]
                   when 'COORDINATION' then (array['需协调解决用地指标','需协调电力增容','需协调办理规划许可',
                                                   '需协调人才公寓配套'])[1 + r.w % 4]
                   else '加快办理前期手续，争取早日开工' end,
       least((x.on_date)::timestamp + interval '17 hours' + (r.w % 60) * interval '1 minute', now()),
       p.owner_username,
       case when x.resolved then least((x.on_date + 7 + r.w % 23)::timestamp + interval '10 hours', now()) end,
       case when x.resolved then '张强' end,
       case when x.resolved then '已协调解决' end
from (select w, floor(random() * (select count(*) from loggable))::int as n, random() as r, random() as r2
      from generate_series(1, round(:funds_worklog * 0.6)::int) w) r
join loggable p on p.n = r.n
cross join lateral (select greatest(p.since, p.until - floor(power(r.r, 2) * (p.until - p.since + 1))::int) as on_date,
                           case when r.r2 < 0.55 then 'PROGRESS' when r.r2 < 0.70 then 'PROBLEM'
                                when r.r2 < 0.80 then 'COORDINATION' else 'NEXT_STEP' end as kind) k
cross join lateral (select k.on_date, k.kind,
                           k.kind = 'COORDINATION' and k.on_date < current_date - 30 and r.w % 5 <> 0 as resolved) x;

update project p set last_worklog_on = w.last
from (select project_id, max(logged_on) as last from project_worklog group by project_id) w
where w.project_id = p.id and p.source = '基准数据';

-- Vacuumed as well as analysed: after a bulk load the first reads would set hint bits (writing pages) and autovacuum
-- would start on these tables in the middle of the measurements.
vacuum analyze project;
vacuum analyze project_investor;
vacuum analyze project_transition;
vacuum analyze project_fund;
vacuum analyze project_worklog;
