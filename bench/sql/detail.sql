-- The floor of GET /api/enterprises/{id}: the firm, its tags and contacts.
\set id random(1, :maxid)
select * from enterprise where id = (select min(id) from enterprise where id >= :id);
select * from enterprise_tag where enterprise_id = (select min(id) from enterprise where id >= :id);
select * from enterprise_contact where enterprise_id = (select min(id) from enterprise where id >= :id);
