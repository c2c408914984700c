-- Engagement records for the benchmarks (visits, leads, trips, events), generated inside PostgreSQL after
-- bench/generate.sql and bench/generate-projects.sql (set-based INSERT … SELECT, no ORM), deterministic for a seed
-- and a day. By hand:
--   psql -v visits=1000000 -v leads=100000 -v seed=0.42 -f bench/generate-engagement.sql attract_bench
-- What it writes follows the app's rules (V8__engagement.sql, docs/api-engagement.md):
--   * trips and events: about one per 3,300 visits (300 each at 1,000,000 visits, at least 12), over two years,
--     in every unit, half the trips leader-led; each event lists up to 12 signed projects of its days
--     (event_project), so a project signed on several events' days is credited to the first (event_credit);
--   * :visits visits over the units, the firms (a few firms visited often, most a few times) and the last two
--     years, more of them recent; 1–3 participants each (position 0 ours: the recorder; 1: another officer of the
--     unit or the firm's person; 2: the firm's person). Each unit has five officers: in bench-u1 one of them is
--     bench-officer, the bench token's user, who records a fifth of its visits and joins others. About 30 % carry a
--     follow-up date 1–30 days after the visit, done when it is well past, so some are open and overdue;
--   * :leads leads in every state, received over the last two years: steps RESPOND → ASSESS → FEEDBACK → PROGRESS
--     (every 10–20 days) as lead_step rows; closed ones CONVERTED (with a project of their unit) or DROPPED. Due
--     dates exactly as LeadClocks.recompute sets them with the default rule (calendar days 1/3/7/14): respond,
--     assess and feedback from received_on, progress 14 days after the latest of first feedback and last progress
--     report, next_due_on the earliest clock not done for open leads and null for closed ones.
-- Ids come from nextval('entity_seq') one call per row, as generate-projects.sql explains.
\set ON_ERROR_STOP on
select setseed(:seed);

create temp table bench_units as
select id, code, row_number() over (order by id) - 1 as n from org_unit where code like 'bench-u%';
create temp table bench_firms as
select id, industry_id, row_number() over (order by id) - 1 as n
from enterprise where source = '基准数据' and merged_into_id is null;
create unique index on bench_firms (n);
analyze bench_firms;
-- Projects of each unit, numbered within it: visits of intent PROJECT and converted leads point at one of them.
create temp table unit_projects as
select p.id, p.unit_id, row_number() over (partition by p.unit_id order by p.id) - 1 as n
from project p where p.source = '基准数据';
create unique index on unit_projects (unit_id, n);
analyze unit_projects;
create temp table unit_project_count as select unit_id, count(*) as projects from unit_projects group by unit_id;
create unique index on unit_project_count (unit_id);
create temp table signed_projects as select id, signed_on from project where signed_on is not null;
create index on signed_projects (signed_on, id);
analyze signed_projects;

-- Officers: five per unit; bench-u1's first is the bench token's user.
create or replace function pg_temp.officer(unit_code text, k bigint) returns text language sql immutable as $$
    select case when unit_code = 'bench-u1' and k % 5 = 0 then 'bench-officer'
                else 'officer-' || unit_code || '-' || (1 + k % 5) end
$$;
create or replace function pg_temp.officer_name(k bigint) returns text language sql immutable as $$
    select (array['王磊','李娜','张伟','刘洋','陈静'])[1 + k % 5]
$$;

-- Trips and events ---------------------------------------------------------------------------------------------
create temp table gt as
select g, nextval('entity_seq') as id, u.id as unit_id, u.code as unit_code,
       current_date - 3 - floor(random() * 727)::int as start_date, 1 + floor(random() * 5)::int as days,
       random() as r
from generate_series(1, greatest(12, :visits / 3300)) g
join bench_units u on u.n = g % (select count(*) from bench_units);

insert into trip (id, version, title, leader_name, delegation, cities, start_date, end_date, purpose, outcome, unit_id,
                  created_by, created_at, updated_at)
select id, 0, (array['长三角','珠三角','京津冀','成渝','日韩'])[1 + g % 5] || '招商考察（' || g || '）',
       case when g % 2 = 0 then (array['张强','刘建国','孙立华','周明'])[1 + g % 4] end,
       array[pg_temp.officer_name(g), pg_temp.officer_name(g + 1)],
       (case g % 5 when 0 then array['上海','苏州'] when 1 then array['深圳','广州'] when 2 then array['北京','天津']
                   when 3 then array['成都','重庆'] else array['首尔','东京'] end)[1:1 + g % 2],
       start_date, start_date + days - 1, '对接重点企业，推介天桥区产业载体。',
       case when start_date + days < current_date then '拜访企业 ' || (3 + g % 8) || ' 家，形成线索 ' || (g % 4) || ' 条。' end,
       unit_id, pg_temp.officer(unit_code, g), (start_date - 7)::timestamp at time zone 'Asia/Shanghai',
       least((start_date + days + 1)::timestamp at time zone 'Asia/Shanghai', now())
from gt;

create temp table ge as
select g, nextval('entity_seq') as id, u.id as unit_id, u.code as unit_code,
       current_date - 1 - floor(random() * 729)::int as held_on,
       (array['PROMOTION','SIGNING','SIGNING','FORUM','EXPO','OTHER'])[1 + g % 6] as kind
from generate_series(1, greatest(12, :visits / 3300)) g
join bench_units u on u.n = (g * 7) % (select count(*) from bench_units);

insert into investment_event (id, version, name, kind, role, held_on, place, organiser, participants, summary, unit_id,
                              created_by, created_at, updated_at)
select id, 0,
       case kind when 'SIGNING' then '重点项目集中签约仪式（' || g || '）' when 'PROMOTION' then '产业招商推介会（' || g || '）'
                 when 'FORUM' then '黄河流域产业发展论坛（' || g || '）' when 'EXPO' then '跨国公司领导人青岛峰会（' || g || '）'
                 else '企业家座谈会（' || g || '）' end,
       kind, case when g % 3 = 0 then 'ATTENDED' else 'HOSTED' end, held_on,
       (array['天桥区政务服务中心','济南国际会展中心','青岛国际会议中心'])[1 + g % 3], '天桥区投资促进局',
       '区领导、相关部门和企业代表', '活动顺利举行。', unit_id, pg_temp.officer(unit_code, g),
       (held_on - 14)::timestamp at time zone 'Asia/Shanghai',
       least((held_on + 1)::timestamp at time zone 'Asia/Shanghai', now())
from ge;

-- Signed projects of the event's days (up to 12 per event): signing events take those signed that day or within
-- three days before; others a few signed within a month after.
insert into event_project (event_id, project_id, added_by, added_at)
select e.id, x.id, pg_temp.officer(e.unit_code, 0), least((e.held_on + 1)::timestamp at time zone 'Asia/Shanghai', now())
from ge e
cross join lateral (select p.id from signed_projects p
                    where p.signed_on between (case when e.kind = 'SIGNING' then e.held_on - 3 else e.held_on end)
                                          and (case when e.kind = 'SIGNING' then e.held_on else e.held_on + 30 end)
                    order by p.id limit (case when e.kind = 'SIGNING' then 12 else 3 end)) x;

-- Leads ----------------------------------------------------------------------------------------------------------
-- k: how far the clocks got (0 nothing, 1 responded, 2 assessed, 3 first feedback, 4 progress reports); a step
-- whose date would fall after today is not done yet, and a closed lead closes after its last step. Leads received in
-- the last month stay open; older ones: 25 % converted (after a first feedback), 35 % dropped, 40 % open — of
-- those, one in eight stuck before its feedback and the others reporting progress, the last report 0–17 days ago
-- (so about a quarter of the older open leads are overdue).
create temp table gl as
with draw as (
    select g, random() as r_age, random() as r_k, random() as r_status, random() as r1, random() as r2,
           random() as r3, random() as r4, random() as r5, random() as r_money
    from generate_series(1, :leads) g
), dated as (
    select d.*, current_date - floor(power(r_age, 1.4) * 730)::int as received_on
    from draw d
), statused as (
    select d.*,
           case when received_on > current_date - 30 or r_status >= 0.60 then 'OPEN'
                when r_status < 0.25 then 'CONVERTED' else 'DROPPED' end as status
    from dated d
), stepped as (
    select d.*,
           case when status = 'OPEN' and received_on <= current_date - 30
                     then (case when r_k < 0.08 then 1 when r_k < 0.12 then 3 else 4 end)
                when status = 'CONVERTED' then (case when r_k < 0.5 then 3 else 4 end)
                when r_k < 0.10 then 0 when r_k < 0.20 then 1 when r_k < 0.30 then 2 when r_k < 0.55 then 3
                else 4 end as k_drawn,
           received_on + (case when r1 < 0.85 then floor(r1 * 1.3)::int else 2 + floor(r1 * 4)::int end) as resp,
           floor(r2 * 5)::int as a_gap, floor(r3 * 9)::int as f_gap,
           -- progress reports: how many (1–3) and their spacing
           1 + floor(r4 * 3)::int as n_progress, 10 + floor(r4 * 11)::int as p_gap
    from statused d
)
select g, nextval('entity_seq') as id, received_on, status, r_status, r5, r_money,
       case when k_drawn >= 1 and resp <= current_date then resp end as responded_on,
       case when k_drawn >= 2 and resp + a_gap <= current_date then resp + a_gap end as assessed_on,
       case when k_drawn >= 3 and resp + a_gap + f_gap <= current_date then resp + a_gap + f_gap end as feedback_on,
       n_progress, p_gap,
       (select count(*) from bench_units) as units, (select count(*) from bench_firms) as firms,
       k_drawn
from stepped;
alter table gl add column progress_dates date[], add column closed_on date, add column last_step date;
-- Progress reports after the first feedback: an older open lead's end 0–17 days ago, the others' run forward
-- from the feedback (none after today).
update gl set progress_dates = array(
        select x.d from (
            select case when status = 'OPEN' and received_on <= current_date - 30
                        then current_date - floor(r5 * 18)::int - (n_progress - i) * p_gap
                        else feedback_on + i * p_gap end as d
            from generate_series(1, n_progress) i) x
        where k_drawn >= 4 and feedback_on is not null and x.d > feedback_on and x.d <= current_date order by x.d);
update gl set last_step = greatest(received_on, responded_on, assessed_on, feedback_on,
                                   progress_dates[coalesce(cardinality(progress_dates), 0)]);
update gl set status = 'DROPPED' where status = 'CONVERTED' and feedback_on is null;
update gl set closed_on = least(last_step + 5 + floor(r_status * 40)::int, current_date) where status <> 'OPEN';
create unique index on gl (g);
analyze gl;

insert into lead (id, version, title, source, source_detail, received_on, received_by, enterprise_id, industry_id,
                  estimated_investment, description, status, responded_on, assessed_on, assessment, assessment_result,
                  first_feedback_on, last_progress_on, respond_due, assess_due, feedback_due, progress_due,
                  next_due_on, closed_on, outcome_note, project_id, trip_id, event_id, unit_id, created_by, created_at,
                  updated_at)
select l.id, 0, coalesce(f.name_key, '某' || (array['新材料','智能装备','生物医药','软件'])[1 + l.g % 4] || '企业')
                || (array['拟设立区域总部','拟投资建设生产基地','有意落户研发中心','寻求产业载体'])[1 + l.g % 4],
       (array['REFERRAL','AGENCY','EXPO','ONLINE','SUPERIOR','REINVESTMENT','VISIT','OTHER'])[1 + l.g % 8],
       case when l.g % 8 = 1 then '某产业基金推荐' end,
       l.received_on, pg_temp.officer(u.code, l.g / l.units), f.id, f.industry_id,
       round((500 + power(l.r_money, 2) * 50000)::numeric, 4), '企业有投资意向，需进一步对接。', l.status,
       l.responded_on, l.assessed_on, case when l.assessed_on is not null then '符合我区产业方向，值得跟进。' end,
       case when l.assessed_on is not null then (case when l.g % 10 = 0 then 'DECLINE' else 'PURSUE' end) end,
       l.feedback_on, l.progress_dates[cardinality(l.progress_dates)],
       c.respond_due, c.assess_due, c.feedback_due, c.progress_due,
       case when l.status = 'OPEN' then least(case when l.responded_on is null then c.respond_due end,
                                              case when l.assessed_on is null then c.assess_due end,
                                              case when l.feedback_on is null then c.feedback_due end,
                                              c.progress_due) end,
       l.closed_on,
       case l.status when 'CONVERTED' then '已转为项目' when 'DROPPED' then '企业暂无投资计划' end,
       case when l.status = 'CONVERTED' then up.id end,
       case when l.g % 50 = 0 then (select t.id from gt t where t.g = 1 + l.g / 50 % (select count(*) from gt)) end,
       case when l.g % 50 = 25 then (select e.id from ge e where e.g = 1 + l.g / 50 % (select count(*) from ge)) end,
       u.id, pg_temp.officer(u.code, l.g / l.units),
       (l.received_on::timestamp + interval '10 hours') at time zone 'Asia/Shanghai',
       least((coalesce(l.closed_on, l.last_step)::timestamp + interval '16 hours') at time zone 'Asia/Shanghai', now())
from gl l
join bench_units u on u.n = l.g % l.units
left join bench_firms f0 on l.g % 10 <> 0 and f0.n = ((l.g::bigint * 40503) % l.firms)::int
left join enterprise f on f.id = f0.id
cross join lateral (
    select l.received_on + 1 as respond_due, l.received_on + 3 as assess_due, l.received_on + 7 as feedback_due,
           greatest(l.feedback_on, l.progress_dates[cardinality(l.progress_dates)]) + 14 as progress_due) c
left join unit_project_count uc on uc.unit_id = u.id
left join unit_projects up on up.unit_id = u.id and up.n = l.g / l.units % uc.projects;

insert into lead_step (id, version, lead_id, kind, on_date, note, recorded_by, recorded_at)
select nextval('entity_seq'), 0, s.lead_id, s.kind, s.on_date, s.note, s.who,
       least((s.on_date::timestamp + interval '11 hours' + s.seq * interval '1 minute') at time zone 'Asia/Shanghai', now())
from (
    select l.id as lead_id, 0 as seq, 'RECEIVED' as kind, l.received_on as on_date, null::text as note, x.received_by as who
    from gl l join lead x on x.id = l.id
    union all
    select l.id, 1, 'RESPOND', l.responded_on, '已与企业取得联系', x.received_by
    from gl l join lead x on x.id = l.id where l.responded_on is not null
    union all
    select l.id, 2, 'ASSESS', l.assessed_on, '符合我区产业方向，值得跟进。', x.received_by
    from gl l join lead x on x.id = l.id where l.assessed_on is not null
    union all
    select l.id, 3, 'FEEDBACK', l.feedback_on, '已向企业反馈载体和政策信息', x.received_by
    from gl l join lead x on x.id = l.id where l.feedback_on is not null
    union all
    select l.id, 3 + i, 'PROGRESS', l.progress_dates[i], '持续对接，企业正在内部决策', x.received_by
    from gl l join lead x on x.id = l.id cross join lateral generate_series(1, cardinality(l.progress_dates)) i
    union all
    select l.id, 9, l.status, l.closed_on, x.outcome_note, x.received_by
    from gl l join lead x on x.id = l.id where l.status <> 'OPEN'
) s
order by s.lead_id, s.seq;

update project p set lead_id = l.id
from (select distinct on (project_id) project_id, id from lead where project_id is not null order by project_id, id) l
where p.id = l.project_id;

-- Visits ---------------------------------------------------------------------------------------------------------
create temp table gv as
with draw as (
    select g, random() as r_age, random() as r_firm, random() as r_follow, random() as r_done, random() as r_kind,
           random() as r_people
    from generate_series(1, :visits) g
)
select d.g, nextval('entity_seq') as id, u.id as unit_id, u.code as unit_code, u.n as unit_n,
       current_date - floor(power(d.r_age, 1.3) * 730)::int as visited_on,
       -- a few firms visited often: the square skews the draw towards the first firms
       (floor(power(d.r_firm, 2) * n.firms))::int as firm_n,
       d.r_follow, d.r_done, d.r_kind, d.r_people, n.units
from draw d
cross join (select (select count(*) from bench_units) as units, (select count(*) from bench_firms) as firms) n
join bench_units u on u.n = d.g % n.units;
alter table gv add column follow_up_on date, add column follow_up_done boolean, add column intent text,
    add column people int, add column recorder text;
update gv set follow_up_on = case when r_follow < 0.30 then visited_on + 1 + floor(r_follow * 100)::int end,
              intent = case when r_kind < 0.35 then 'NONE' when r_kind < 0.70 then 'WEAK' when r_kind < 0.95 then 'CLEAR'
                            else 'PROJECT' end,
              people = 1 + (r_people < 0.5)::int + (r_people < 0.2)::int,
              recorder = pg_temp.officer(unit_code, g / units);
-- A follow-up well past is mostly done; one in five of those stays open (overdue), and recent ones are open.
update gv set follow_up_done = follow_up_on is not null and follow_up_on < current_date - 3 and r_done >= 0.2;
create unique index on gv (g);
analyze gv;

insert into visit (id, version, visited_on, enterprise_id, kind, summary, intent, next_step, follow_up_on,
                   follow_up_done, trip_id, event_id, project_id, lead_id, unit_id, recorded_by, idempotency_key,
                   created_at, updated_at)
select v.id, 0, v.visited_on, f.id,
       (array['ON_SITE','ON_SITE','RECEPTION','PHONE','VIDEO','EXPO'])[1 + v.g % 6],
       (array['了解企业经营情况和扩产计划','介绍天桥区产业政策和载体资源','企业负责人来访，洽谈在我区设立分支机构',
              '电话回访，企业对北部片区载体有兴趣','协调解决企业用工和配套问题'])[1 + v.g % 5],
       v.intent,
       case when v.follow_up_on is not null then '安排企业实地考察载体' end,
       v.follow_up_on, v.follow_up_done,
       case when v.g % 500 = 0 then (select t.id from gt t where t.g = 1 + v.g / 500 % (select count(*) from gt)) end,
       case when v.g % 500 = 250 then (select e.id from ge e where e.g = 1 + v.g / 500 % (select count(*) from ge)) end,
       case when v.intent = 'PROJECT' then up.id end,
       null, v.unit_id, v.recorder, null,
       (v.visited_on::timestamp + interval '18 hours') at time zone 'Asia/Shanghai',
       least((coalesce(case when v.follow_up_done then v.follow_up_on end, v.visited_on)::timestamp
              + interval '18 hours') at time zone 'Asia/Shanghai', now())
from gv v
join bench_firms f on f.n = v.firm_n
left join unit_project_count uc on uc.unit_id = v.unit_id
left join unit_projects up on v.intent = 'PROJECT' and up.unit_id = v.unit_id and up.n = v.g / v.units % uc.projects;

insert into visit_participant (visit_id, position, ours, name, title, username, contact_id)
select v.id, 0, true, pg_temp.officer_name(v.g / v.units), null::text, v.recorder, null::bigint
from gv v
union all
-- the second: another officer of the unit (the next one of five) for half, else the firm's person
select v.id, 1, v.g % 2 = 0,
       case when v.g % 2 = 0 then pg_temp.officer_name(v.g / v.units + 1) else '企业负责人' end,
       case when v.g % 2 = 0 then null else '总经理' end,
       case when v.g % 2 = 0 then pg_temp.officer(v.unit_code, v.g / v.units + 1) end, null
from gv v where v.people >= 2
union all
select v.id, 2, false, '企业联系人', '办公室主任', null, null
from gv v where v.people >= 3;

vacuum analyze trip;
vacuum analyze investment_event;
vacuum analyze event_project;
vacuum analyze lead;
vacuum analyze lead_step;
vacuum analyze visit;
vacuum analyze visit_participant;
vacuum analyze project;
