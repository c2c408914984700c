-- The district's industry system (产业体系). Tianqiao's "4+N" ships as the default catalogue: reference data,
-- edited by admins afterwards (renames and retirements are kept in the audit trail).
create table industry (
    id            bigint primary key,
    version       bigint       not null default 0,
    code          varchar(32)  not null unique,
    name          varchar(50)  not null,
    category      varchar(16)  not null check (category in ('LEADING', 'FUTURE', 'OTHER')),
    sort_order    int          not null default 0,
    gbt4754_codes varchar(8)[] not null default '{}',
    description   varchar(500),
    retired_on    date
);

insert into industry (id, code, name, category, sort_order, gbt4754_codes, description) values
 (nextval('entity_seq'), 'new-materials', '新型功能材料', 'LEADING', 1, '{C26,C29,C30,C31,C32,C33}', '新型功能材料产业：化工新材料、金属新材料、高分子材料等'),
 (nextval('entity_seq'), 'smart-equipment', '智能制造装备', 'LEADING', 2, '{C34,C35,C38,C39,C40}', '智能制造与高端装备：工业机器人、数控机床、智能成套装备'),
 (nextval('entity_seq'), 'trade', '特色商贸', 'LEADING', 3, '{F51,F52}', '特色商贸：专业市场、现代物流、商贸综合体'),
 (nextval('entity_seq'), 'high-end-services', '高端服务', 'LEADING', 4, '{J66,J67,L72,M73,M74,M75}', '高端服务：金融、商务服务、科技服务'),
 (nextval('entity_seq'), 'future-consumption', '未来消费', 'FUTURE', 5, '{R86,R87,R88,R89,R90}', '未来消费：文旅、数字消费、新零售'),
 (nextval('entity_seq'), 'future-health', '未来健康', 'FUTURE', 6, '{C27,C35,Q84}', '未来健康：医疗器械、生物医药、健康服务'),
 (nextval('entity_seq'), 'future-aerospace', '未来空天', 'FUTURE', 7, '{C37,C39}', '未来空天：低空经济、卫星应用、空天装备'),
 (nextval('entity_seq'), 'future-digital', '未来数智', 'FUTURE', 8, '{I63,I64,I65}', '未来数智：人工智能、大数据、软件与信息服务');
