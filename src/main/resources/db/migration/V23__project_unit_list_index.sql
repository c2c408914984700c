-- The project list as an officer opens it: the own unit's projects, newest change first (order by updated_at desc,
-- id — ProjectListQueries). Without this index the page walked project_updated_idx and skipped the other units'
-- projects: at 100 units and 100,000 projects ≈ 2,000 heap rows (1,900 buffers, 3–17 ms warm) for 20; with it the
-- page reads its 20 rows. The capped count of the same filter stays index-only (project_unit_idx).
create index project_unit_updated_idx on project (unit_id, updated_at desc, id);
