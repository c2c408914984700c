-- 待审核, written once: a stage change or funds entry recorded but not yet confirmed by the unit head and not sent
-- back; a stage change undone by a correction waits no more. The inbox, its count, the bell, the cockpit's note and
-- the project list's marker read these views (views are inlined, so the partial indexes of V19 still serve them).
create view waiting_transition as
    select * from project_transition where confirmed_at is null and returned_at is null and reverted_by_id is null;
create view waiting_fund as
    select * from project_fund where confirmed_at is null and returned_at is null;
