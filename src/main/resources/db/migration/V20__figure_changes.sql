-- Which transactions changed what the figures are read from (ADR 0020). A writing transaction leaves its id here
-- once, from a statement trigger on every table the cockpit reads; a cached figure computed under a snapshot is
-- still exact while no transaction listed here is visible now that was not visible to that snapshot. One row per
-- writing transaction, each its own key: writers never wait on one another for it.
create table figure_change (
    txid       xid8        primary key,
    changed_at timestamptz not null default clock_timestamp()
);

-- The transaction-local setting keeps a bulk write (an import's 100,000 inserts) at one insert, not one per
-- statement.
create function note_figure_change() returns trigger language plpgsql as $$
declare
    tx text := pg_current_xact_id()::text;
begin
    if current_setting('attract.figure_change', true) is distinct from tx then
        insert into figure_change (txid) values (tx::xid8) on conflict do nothing;
        perform set_config('attract.figure_change', tx, true);
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    -- What the cockpit reads: projects and their stage changes and funds, the stalled list's investors and rules,
    -- trips, events and their credits, and the names of units, industries and zones.
    foreach t in array array['project', 'project_transition', 'project_fund', 'project_investor', 'enterprise',
                             'stall_rule', 'trip', 'investment_event', 'event_project', 'org_unit', 'industry', 'zone']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function note_figure_change()', t || '_figure_change', t);
    end loop;
end $$;
