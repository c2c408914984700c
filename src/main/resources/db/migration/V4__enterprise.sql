-- The target-enterprise library (招商目标库): shared district-wide, edited by its owning unit.
create table enterprise (
    id                 bigint primary key,
    version            bigint        not null default 0,
    name               varchar(200)  not null,
    name_key           varchar(200)  not null,
    former_names       varchar(200)[] not null default '{}',
    credit_code        char(18) unique,
    region_code        varchar(6),
    country_code       char(2),
    industry_code      varchar(5),
    industry_id        bigint references industry (id),
    nature             varchar(16) check (nature in ('CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE', 'FOREIGN', 'HK_MO_TW')),
    registered_capital numeric(18, 4) check (registered_capital >= 0),
    revenue_band       varchar(16),
    employees          int check (employees >= 0),
    website            varchar(200),
    description        varchar(2000),
    owner_unit_id      bigint not null references org_unit (id),
    owner_username     varchar(100),
    status             varchar(16) not null check (status in ('POOL', 'FOLLOWING', 'CONVERTED', 'DORMANT')),
    attraction_method  varchar(32),
    source             varchar(200),
    -- name, former names, full pinyin and pinyin initials, lower-cased: what search matches against.
    search_text        text not null,
    created_at         timestamptz not null default now(),
    merged_into_id     bigint references enterprise (id)
);
create index enterprise_search_trgm on enterprise using gin (search_text gin_trgm_ops);
create index enterprise_name_key_idx on enterprise (name_key);
create index enterprise_owner_idx on enterprise (owner_unit_id);
create index enterprise_industry_idx on enterprise (industry_id);
create index enterprise_status_idx on enterprise (status);

create table enterprise_tag (
    enterprise_id bigint      not null references enterprise (id) on delete cascade,
    tag           varchar(16) not null,
    list_year     int check (list_year between 1990 and 2100),
    primary key (enterprise_id, tag)
);
create index enterprise_tag_tag_idx on enterprise_tag (tag, enterprise_id);

create table enterprise_contact (
    id            bigint primary key,
    version       bigint       not null default 0,
    enterprise_id bigint       not null references enterprise (id) on delete cascade,
    name          varchar(50)  not null,
    title         varchar(50),
    phone         varchar(30),
    email         varchar(100)
);
create index enterprise_contact_enterprise_idx on enterprise_contact (enterprise_id);
