-- When the application runs as a role of its own (attract.database.migration.username set: AppRoleGrants), that role
-- has no DELETE on audit_event. audit_purge() therefore runs with its owner's rights; the append-only trigger still
-- holds it to rows older than 180 days. search_path is fixed so a caller cannot slip in objects of its own.
alter function audit_purge(interval, integer) security definer set search_path = public, pg_temp;
revoke execute on function audit_purge(interval, integer) from public;
