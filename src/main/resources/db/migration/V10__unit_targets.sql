-- 考核: annual targets per unit and metric, and the rule that turns completion into a score and a rank.

-- One row per year whose version guards the whole grid (the grid is saved in one request).
create table unit_target_plan (
    id         bigint primary key,
    version    bigint       not null default 0,
    year       int          not null unique check (year between 2000 and 2100),
    updated_at timestamptz  not null,
    updated_by varchar(100) not null
);

-- SIGNED 新签约项目数 and LANDED 新落地项目数 (projects), FUNDS 到位资金 (万元), FOREIGN_USD 实际使用外资 (万美元).
-- A metric a unit has no row for (or a zero target) is not assessed for that unit.
create table unit_target (
    id      bigint primary key,
    version bigint         not null default 0,
    plan_id bigint         not null references unit_target_plan (id) on delete cascade,
    unit_id bigint         not null references org_unit (id),
    metric  varchar(16)    not null check (metric in ('SIGNED', 'LANDED', 'FUNDS', 'FOREIGN_USD')),
    amount  numeric(18, 4) not null check (amount >= 0),
    unique (plan_id, unit_id, metric)
);
create index unit_target_unit_idx on unit_target (unit_id);

-- COMPLETION: Σ weight × min(actual ÷ (target × N/12), cap); EFFICACY (功效系数法): per metric the best unit 100,
-- the worst 60, others 60 + 40 × (x − min)/(max − min) on the capped completion, weighted.
create table ranking_rule (
    id                 bigint primary key,
    version            bigint       not null default 0,
    year               int          not null unique check (year between 2000 and 2100),
    method             varchar(16)  not null check (method in ('COMPLETION', 'EFFICACY')),
    cap_percent        numeric(6, 2) not null check (cap_percent between 100 and 1000),
    weight_signed      numeric(5, 2) not null check (weight_signed between 0 and 100),
    weight_landed      numeric(5, 2) not null check (weight_landed between 0 and 100),
    weight_funds       numeric(5, 2) not null check (weight_funds between 0 and 100),
    weight_foreign_usd numeric(5, 2) not null check (weight_foreign_usd between 0 and 100),
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    check (weight_signed + weight_landed + weight_funds + weight_foreign_usd = 100)
);
