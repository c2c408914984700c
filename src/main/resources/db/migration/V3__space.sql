-- Space (空间布局): the axis, belts and clusters of the district plan, parks, and carriers (载体) with free area.
create table zone (
    id          bigint primary key,
    version     bigint       not null default 0,
    code        varchar(32)  not null unique,
    name        varchar(50)  not null,
    kind        varchar(16)  not null check (kind in ('AXIS', 'BELT', 'CLUSTER')),
    sort_order  int          not null default 0,
    description varchar(500)
);

create table park (
    id          bigint primary key,
    version     bigint       not null default 0,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    zone_id     bigint references zone (id),
    status      varchar(16)  not null check (status in ('PLANNED', 'OPERATING')),
    description varchar(500)
);
create index park_zone_idx on park (zone_id);

create table site (
    id            bigint primary key,
    version       bigint        not null default 0,
    name          varchar(100)  not null,
    kind          varchar(16)   not null check (kind in ('BUILDING', 'FLOOR', 'FACTORY', 'LAND')),
    park_id       bigint references park (id),
    zone_id       bigint references zone (id),
    address       varchar(200),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    latitude      numeric(8, 6) check (latitude between -90 and 90),
    area_sqm      numeric(12, 2) not null check (area_sqm > 0),
    free_area_sqm numeric(12, 2) not null check (free_area_sqm >= 0),
    contact_name  varchar(50),
    contact_phone varchar(30),
    description   varchar(500),
    constraint site_free_within_area check (free_area_sqm <= area_sqm)
);
create index site_park_idx on site (park_id);

create table site_industry (
    site_id     bigint not null references site (id) on delete cascade,
    industry_id bigint not null references industry (id),
    primary key (site_id, industry_id)
);
