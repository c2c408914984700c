-- The audit trail is append-only for the application: no row is changed or removed through it. Purging rows past
-- the retention period (180 days at least) is an operator's act (docs/operations.md), done as the table's owner
-- with this trigger disabled for the session.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
