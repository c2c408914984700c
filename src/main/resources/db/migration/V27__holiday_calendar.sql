-- The Chinese public-holiday calendar (issue #22, ADR 0027): the days the State Council's yearly announcement
-- (国务院办公厅关于…部分节假日安排的通知) gives off, and the weekend days it makes working days (调休上班). A day not
-- listed is a working day from Monday to Friday. The lead clocks' working-day rule reads it (LeadClocks); the admin
-- keeps it (/api/holidays), audited like every entity.
create table holiday (
    id      bigint primary key,
    version bigint      not null default 0,
    day     date        not null unique,
    kind    text        not null check (kind in ('OFF', 'WORKDAY')),
    name    text        not null check (length(name) between 1 and 20)
);

-- 2023–2026 as announced (国办发明电〔2022〕16号, 〔2023〕7号, 〔2024〕12号, 〔2025〕7号); from 2025 with the 2024
-- revision of the holiday rules (除夕 and a second 劳动节 day). A holiday "与周末连休" is its own day only.
-- 2027: not announced when this was written. Only the statutory days of fixed date are seeded: 元旦 1 January,
-- 劳动节 1–2 May, 国庆节 1–3 October. 春节, 清明节, 端午节, 中秋节 and every 调休 day of 2027 are for the admin to
-- add from the announcement (docs/operations.md → Holidays).
insert into holiday (id, day, kind, name)
select nextval('entity_seq'), d::date, 'OFF', v.name
from (values
    ('2023-01-01', '2023-01-02', '元旦'),
    ('2023-01-21', '2023-01-27', '春节'),
    ('2023-04-05', '2023-04-05', '清明节'),
    ('2023-04-29', '2023-05-03', '劳动节'),
    ('2023-06-22', '2023-06-24', '端午节'),
    ('2023-09-29', '2023-10-06', '中秋节、国庆节'),
    ('2024-01-01', '2024-01-01', '元旦'),
    ('2024-02-10', '2024-02-17', '春节'),
    ('2024-04-04', '2024-04-06', '清明节'),
    ('2024-05-01', '2024-05-05', '劳动节'),
    ('2024-06-10', '2024-06-10', '端午节'),
    ('2024-09-15', '2024-09-17', '中秋节'),
    ('2024-10-01', '2024-10-07', '国庆节'),
    ('2025-01-01', '2025-01-01', '元旦'),
    ('2025-01-28', '2025-02-04', '春节'),
    ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'),
    ('2025-05-31', '2025-06-02', '端午节'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节'),
    ('2027-01-01', '2027-01-01', '元旦'),
    ('2027-05-01', '2027-05-02', '劳动节'),
    ('2027-10-01', '2027-10-03', '国庆节')
) v(first_day, last_day, name),
generate_series(v.first_day::date, v.last_day::date, interval '1 day') d;

insert into holiday (id, day, kind, name)
select nextval('entity_seq'), v.day::date, 'WORKDAY', v.name || '调休'
from (values
    ('2023-01-28', '春节'), ('2023-01-29', '春节'), ('2023-04-23', '劳动节'), ('2023-05-06', '劳动节'),
    ('2023-06-25', '端午节'), ('2023-10-07', '国庆节'), ('2023-10-08', '国庆节'),
    ('2024-02-04', '春节'), ('2024-02-18', '春节'), ('2024-04-07', '清明节'), ('2024-04-28', '劳动节'),
    ('2024-05-11', '劳动节'), ('2024-09-14', '中秋节'), ('2024-09-29', '国庆节'), ('2024-10-12', '国庆节'),
    ('2025-01-26', '春节'), ('2025-02-08', '春节'), ('2025-04-27', '劳动节'), ('2025-09-28', '国庆节'),
    ('2025-10-11', '国庆节'),
    ('2026-01-04', '元旦'), ('2026-02-14', '春节'), ('2026-02-28', '春节'), ('2026-05-09', '劳动节'),
    ('2026-09-20', '国庆节'), ('2026-10-10', '国庆节')
) v(day, name);
