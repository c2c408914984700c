-- 包挂领导 as a person: a project's sponsor leader is a user (sponsor_username) when one is known; sponsor_leader keeps
-- the name as shown (the user's display name when linked, else the text a ledger wrote for someone who is no user).
alter table project add column sponsor_username varchar(100) references app_user (username);
create index project_sponsor_idx on project (sponsor_username) where sponsor_username is not null;
alter table project alter column sponsor_leader type varchar(100);

-- The roles a user held at their last request (the provider owns them): who may be picked as a sponsor leader.
alter table app_user add column roles varchar(32)[] not null default '{}';

-- Existing projects whose sponsor text is exactly one user's display name are linked to that user.
update project p
   set sponsor_username = a.username
  from app_user a
 where a.display_name = btrim(p.sponsor_leader)
   and (select count(*) from app_user b where b.display_name = a.display_name) = 1;
