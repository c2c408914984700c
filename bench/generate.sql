-- Province-scale data for the benchmarks, generated inside PostgreSQL (set-based INSERT … SELECT, no ORM),
-- deterministic for a seed. Run by bench/run; by hand:
--   psql -v units=100 -v enterprises=200000 -v seed=0.42 -f bench/generate.sql attract_bench
-- It fills an empty, migrated database (start the app once against it first).
\set ON_ERROR_STOP on
select setseed(:seed);

create or replace function pg_temp.uscc(first17 text) returns text language sql immutable as $$
    select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (1 + (31 - s % 31) % 31)::int, 1)
    from (select sum((position(substr(first17, i, 1) in '0123456789ABCDEFGHJKLMNPQRTUWXY') - 1)
                     * (array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[i]) as s
          from generate_series(1, 17) i) t
$$;

-- Vocabulary with pinyin, so search keys can be built in SQL exactly as the app builds them.
-- before: the full pinyin of a place whose word reading differs from its characters' first readings (成都: 都 is
-- first dou), which SearchKeys keeps as a second key (ADR 0027).
create temp table place(n int, hz text, py text, ini text, region text, before text);
insert into place (n, hz, py, ini, region) values (0,'济南','jinan','jn','370100'),(1,'天桥','tianqiao','tq','370105'),
 (2,'历城','licheng','lc','370112'),(3,'青岛','qingdao','qd','370200'),(4,'烟台','yantai','yt','370600'),
 (5,'潍坊','weifang','wf','370700'),(6,'上海','shanghai','sh','310115'),(7,'北京','beijing','bj','110108'),
 (8,'深圳','shenzhen','sz','440305'),(9,'苏州','suzhou','sz','320505'),(10,'杭州','hangzhou','hz','330106'),
 (11,'合肥','hefei','hf','340104'),(12,'西安','xian','xa','610113'),(13,'武汉','wuhan','wh','420111'),
 (14,'成都','chengdu','cd','510107'),(15,'天津','tianjin','tj','120116');
update place set before = 'chengdou' where hz = '成都';
create temp table core(n int, hz text, py text, ini text);
insert into core values (0,'华瑞','huarui','hr'),(1,'宏泰','hongtai','ht'),(2,'恒鑫','hengxin','hx'),(3,'博睿','borui','br'),
 (4,'中科','zhongke','zk'),(5,'金远','jinyuan','jy'),(6,'新航','xinhang','xh'),(7,'联创','lianchuang','lc'),
 (8,'盛达','shengda','sd'),(9,'源信','yuanxin','yx'),(10,'天衡','tianheng','th'),(11,'嘉和','jiahe','jh'),
 (12,'众诚','zhongcheng','zc'),(13,'东岳','dongyue','dy'),(14,'海纳','haina','hn'),(15,'九州','jiuzhou','jz'),
 (16,'鼎盛','dingsheng','ds'),(17,'正泰','zhengtai','zt'),(18,'瑞丰','ruifeng','rf'),(19,'启明','qiming','qm'),
 (20,'北辰','beichen','bc'),(21,'明湖','minghu','mh'),(22,'黄河','huanghe','hh'),(23,'齐鲁','qilu','ql'),
 (24,'泉城','quancheng','qc'),(25,'卓越','zhuoyue','zy'),(26,'光大','guangda','gd'),(27,'远景','yuanjing','yj'),
 (28,'蓝海','lanhai','lh'),(29,'星河','xinghe','xh'),(30,'万通','wantong','wt'),(31,'永安','yongan','ya');
create temp table word(n int, industry text, hz text, py text, ini text);
insert into word values (0,'new-materials','新材料','xincailiao','xcl'),(1,'new-materials','高分子','gaofenzi','gfz'),
 (2,'new-materials','碳纤维','tanxianwei','txw'),(3,'smart-equipment','智能装备','zhinengzhuangbei','znzb'),
 (4,'smart-equipment','机器人','jiqiren','jqr'),(5,'smart-equipment','数控机床','shukongjichuang','skjc'),
 (6,'trade','商贸','shangmao','sm'),(7,'trade','供应链','gongyinglian','gyl'),(8,'high-end-services','科技服务','kejifuwu','kjfw'),
 (9,'high-end-services','检验检测','jianyanjiance','jyjc'),(10,'future-consumption','文旅','wenlv','wl'),
 (11,'future-health','医疗器械','yiliaoqixie','ylqx'),(12,'future-health','生物医药','shengwuyiyao','swyy'),
 (13,'future-aerospace','无人机','wurenji','wrj'),(14,'future-digital','软件','ruanjian','rj'),
 (15,'future-digital','大数据','dashuju','dsj');
create temp table suffix(n int, hz text, py text, ini text);
insert into suffix values (0,'有限公司','youxiangongsi','yxgs'),(1,'股份有限公司','gufenyouxiangongsi','gfyxgs'),
 (2,'科技有限公司','kejiyouxiangongsi','kjyxgs'),(3,'集团有限公司','jituanyouxiangongsi','jtyxgs');

insert into org_unit (id, version, code, name, kind)
select nextval('entity_seq'), 0, 'bench-u' || g, '基准单位' || g || (case when g % 5 = 0 then '局' else '街道' end),
       case when g % 5 = 0 then 'DEPARTMENT' else 'STREET' end
from generate_series(1, :units) g
on conflict (code) do nothing;

create temp table bench_units as select id, row_number() over (order by id) - 1 as n from org_unit where code like 'bench-u%';

insert into enterprise (id, version, name, name_key, former_names, credit_code, region_code, industry_code, industry_id,
                        nature, registered_capital, revenue_band, employees, owner_unit_id, status, attraction_method,
                        source, search_text, created_at)
select nextval('entity_seq'), 0,
       p.hz || c1.hz || c2.hz || w.hz || s.hz,
       p.hz || c1.hz || c2.hz || w.hz,
       '{}',
       pg_temp.uscc('91' || p.region || 'MA' || lpad(g::text, 7, '0')),
       p.region, null, i.id,
       (array['PRIVATE','PRIVATE','PRIVATE','LOCAL_SOE','CENTRAL_SOE','FOREIGN'])[1 + (g % 6)],
       round((random() * 100000)::numeric, 4), null, (random() * 5000)::int,
       (select id from bench_units u where u.n = g % (select count(*) from bench_units)),
       (array['POOL','POOL','FOLLOWING','CONVERTED','DORMANT'])[1 + (g % 5)],
       '产业链招商', '基准数据',
       p.hz || c1.hz || c2.hz || w.hz || s.hz || '|' || p.py || c1.py || c2.py || w.py || s.py || '|'
           || p.ini || c1.ini || c2.ini || w.ini || s.ini
           || coalesce('|' || p.before || c1.py || c2.py || w.py || s.py, ''),
       now() - (g || ' minutes')::interval
from generate_series(1, :enterprises) g
join place p on p.n = g % 16
join core c1 on c1.n = (g / 16) % 32
join core c2 on c2.n = (g / 512) % 32
join word w on w.n = (g / 16384 + g) % 16
join suffix s on s.n = (g / 7) % 4
left join industry i on i.code = w.industry;

insert into enterprise_tag (enterprise_id, tag, list_year)
select id, (array['CHAIN_LEADER','BACKBONE','GAZELLE','UNICORN','SRDI','LITTLE_GIANT','HIGH_TECH','LISTED'])[1 + (id / 50) % 8],
       2020 + ((id / 50) % 5)::int
from enterprise where source = '基准数据' and (id / 50) % 3 = 0;

insert into enterprise_contact (id, version, enterprise_id, name, title, phone)
select nextval('entity_seq'), 0, id, '联系人', '总经理', '138' || lpad(((id / 50) % 100000000)::text, 8, '0')
from enterprise where source = '基准数据' and (id / 50) % 3 = 1;

analyze enterprise;
analyze enterprise_tag;
analyze enterprise_contact;
