-- Indexes for the project board (GET /api/projects/board): each of its 8 columns is the newest stage changes of one
-- stage (order by stage_since desc, id desc, 50 rows). Without an index in that order every column read the whole
-- project table and sorted it: at 100,000 projects the board's SQL alone took ~0.75 s (bench/notes.md has the plans).
create index project_board_idx on project (stage, stage_since desc, id desc);
-- The same for one unit's board (?unitId=), which is what an officer opens; its count per stage is index-only.
create index project_unit_board_idx on project (unit_id, stage, stage_since desc, id desc);
