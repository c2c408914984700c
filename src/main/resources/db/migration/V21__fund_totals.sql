-- Counted funds summed per month: for the whole district (dim 'T', key 0) and per unit ('U'), industry ('I') and
-- zone ('Z') of the project (key 0 where the project has none). The district cockpit reads a year's funds from a
-- few hundred of these rows instead of hundreds of thousands of entries; what counts is still the view
-- counted_fund, read by fund_total_recount, the only writer. Kept in the same transaction as every change (ADR 0021).
create table fund_total (
    month  date           not null,
    dim    char(1)        not null check (dim in ('T', 'U', 'I', 'Z')),
    key    bigint         not null,
    amount numeric(24, 4) not null,
    usd    numeric(24, 4) not null,
    primary key (month, dim, key)
);

create function fund_total_recount(m date) returns void language sql as $$
    delete from fund_total where month = m;
    insert into fund_total (month, dim, key, amount, usd)
    select m,
           case when grouping(p.unit_id) = 0 then 'U' when grouping(p.industry_id) = 0 then 'I'
                when grouping(p.zone_id) = 0 then 'Z' else 'T' end,
           coalesce(case when grouping(p.unit_id) = 0 then p.unit_id when grouping(p.industry_id) = 0 then p.industry_id
                         when grouping(p.zone_id) = 0 then p.zone_id end, 0),
           sum(f.amount), sum(f.foreign_usd)
    from counted_fund f join project p on p.id = f.project_id
    where f.arrived_on >= m and f.arrived_on < (m + interval '1 month')::date
    group by grouping sets ((p.unit_id), (p.industry_id), (p.zone_id), ())
    having count(*) > 0; -- the grand total of a month without counted funds is no row, not a row of nulls
$$;

-- Each changed row notes its month in a transaction-local list; at commit the first deferred firing recounts the
-- listed months once each, in order, under a lock per month (two transactions recounting one month take turns,
-- and the second reads the first's committed funds). A bulk write of 100,000 entries recounts each month once.
create function fund_total_note(m date) returns void language plpgsql as $$
declare
    listed text := coalesce(current_setting('attract.fund_total_months', true), '');
    month_text text := date_trunc('month', m)::date::text;
begin
    if position(month_text in listed) = 0 then
        perform set_config('attract.fund_total_months', listed || month_text || ',', true);
    end if;
end $$;

create function fund_total_mark() returns trigger language plpgsql as $$
declare
    m date;
begin
    if tg_table_name = 'project' then
        for m in select distinct date_trunc('month', f.arrived_on)::date from counted_fund f where f.project_id = new.id
        loop
            perform fund_total_note(m);
        end loop;
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform fund_total_note(old.arrived_on);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform fund_total_note(new.arrived_on);
    end if;
    return null;
end $$;

create function fund_total_flush() returns trigger language plpgsql as $$
declare
    listed text := coalesce(current_setting('attract.fund_total_months', true), '');
    m date;
begin
    if listed = '' then
        return null;
    end if;
    perform set_config('attract.fund_total_months', '', true);
    for m in select distinct x::date from unnest(string_to_array(trim(trailing ',' from listed), ',')) x order by 1
    loop
        perform pg_advisory_xact_lock(20211, (extract(year from m) * 12 + extract(month from m))::int);
        perform fund_total_recount(m);
    end loop;
    return null;
end $$;

create trigger project_fund_total_mark after insert or update or delete on project_fund
    for each row execute function fund_total_mark();
create constraint trigger project_fund_total_flush after insert or update or delete on project_fund
    deferrable initially deferred for each row execute function fund_total_flush();
-- A project moved to another unit, industry or zone takes its funds with it.
create trigger project_fund_total_mark after update of unit_id, industry_id, zone_id on project for each row
    when (old.unit_id is distinct from new.unit_id or old.industry_id is distinct from new.industry_id
          or old.zone_id is distinct from new.zone_id)
    execute function fund_total_mark();
create constraint trigger project_fund_total_flush after update of unit_id, industry_id, zone_id on project
    deferrable initially deferred for each row
    when (old.unit_id is distinct from new.unit_id or old.industry_id is distinct from new.industry_id
          or old.zone_id is distinct from new.zone_id)
    execute function fund_total_flush();

create function fund_total_clear() returns trigger language plpgsql as $$
begin
    delete from fund_total;
    return null;
end $$;
create trigger project_fund_total_clear after truncate on project_fund
    for each statement execute function fund_total_clear();

select fund_total_recount(m)
from (select distinct date_trunc('month', arrived_on)::date as m from project_fund) months;
