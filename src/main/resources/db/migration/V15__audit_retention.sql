-- Retention of the audit trail (issue #9): the table stays append-only, with one narrow exception kept by the
-- database itself. A row may be deleted only
--   1. inside audit_purge() (which sets the transaction-local flag attract.audit_purge), and
--   2. when it is older than 180 days (MLPS level 3), a floor the application's settings cannot lower.
-- The flag only keeps stray DELETEs out; the age check holds even for a session that sets the flag by hand.
-- UPDATE and TRUNCATE stay refused. The application calls audit_purge daily (AuditRetention).

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
            and current_setting('attract.audit_purge', true) = 'on'
            and old.occurred_at < now() - interval '180 days' then
        return old;
    end if;
    raise exception 'audit_event is append-only (rows older than 180 days may be removed by audit_purge only)'
        using errcode = 'insufficient_privilege';
end
$$;

-- Deletes the rows that occurred before now() - keep (keep: 180 days at least), the oldest first and at most
-- max_rows of them (null: all), and answers how many it deleted.
create function audit_purge(keep interval, max_rows integer default null) returns bigint language plpgsql as $$
declare
    deleted bigint;
begin
    if keep is null or keep < interval '180 days' then
        raise exception 'audit_purge: keep % is below the 180-day floor of the audit trail', keep
            using errcode = 'invalid_parameter_value';
    end if;
    if max_rows is not null and max_rows < 1 then
        raise exception 'audit_purge: max_rows % is not positive', max_rows using errcode = 'invalid_parameter_value';
    end if;
    perform set_config('attract.audit_purge', 'on', true);
    delete from audit_event where id in (
        select id from audit_event where occurred_at < now() - keep order by occurred_at, id limit max_rows);
    get diagnostics deleted = row_count;
    perform set_config('attract.audit_purge', '', true);
    return deleted;
end
$$;

-- The purge finds the old rows by time; the trail's date filters use it too.
create index audit_event_occurred_idx on audit_event (occurred_at);
