-- The library lists newest first: walking this index stops after a page even when a filter matches many firms.
create index enterprise_live_created_idx on enterprise (created_at desc, id desc) where merged_into_id is null;
