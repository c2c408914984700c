-- The chain map (产业链图谱): per industry, a graph of nodes (环节) upstream → midstream → downstream, and the firms
-- of the target library placed on them as local (本地) or target (目标). Coverage is computed, never stored.
create table chain (
    id          bigint primary key,
    version     bigint       not null default 0,
    industry_id bigint       not null references industry (id),
    name        varchar(50)  not null unique,
    description varchar(500),
    sort_order  int          not null default 0 check (sort_order >= 0),
    created_at  timestamptz  not null default now(),
    -- Set when the graph is replaced, so that the chain's version (its ETag) moves with its nodes and edges.
    updated_at  timestamptz  not null default now()
);
create index chain_industry_idx on chain (industry_id, sort_order, id);

create table chain_node (
    id          bigint primary key,
    version     bigint       not null default 0,
    chain_id    bigint       not null references chain (id),
    name        varchar(50)  not null,
    segment     varchar(16)  not null check (segment in ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM')),
    sort_order  int          not null default 0 check (sort_order >= 0),
    description varchar(500),
    -- Deferred: replacing a graph may swap two names within one transaction.
    constraint chain_node_name_uq unique (chain_id, name) deferrable initially deferred
);
create index chain_node_chain_idx on chain_node (chain_id, segment, sort_order);

create table chain_edge (
    id           bigint primary key,
    version      bigint not null default 0,
    chain_id     bigint not null references chain (id),
    from_node_id bigint not null references chain_node (id),
    to_node_id   bigint not null references chain_node (id),
    check (from_node_id <> to_node_id),
    unique (from_node_id, to_node_id)
);
create index chain_edge_chain_idx on chain_edge (chain_id);
create index chain_edge_to_idx on chain_edge (to_node_id);

create table chain_node_enterprise (
    id            bigint primary key,
    version       bigint       not null default 0,
    node_id       bigint       not null references chain_node (id),
    enterprise_id bigint       not null references enterprise (id),
    role          varchar(16)  not null check (role in ('LOCAL', 'TARGET')),
    note          varchar(500),
    linked_by     varchar(100) not null,
    linked_at     timestamptz  not null default now(),
    unique (node_id, enterprise_id)
);
-- "Where does this firm sit on the chains" and "is this firm on any chain" (delete, merge).
create index chain_node_enterprise_enterprise_idx on chain_node_enterprise (enterprise_id);
