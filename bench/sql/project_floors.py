"""Writes the SQL floors of the project calls (bench/sql/project-*.sql): python3 bench/sql/project_floors.py

Each floor is the statements the app runs for the call, in order, as the Hibernate log shows them
(LOG_SQL=true bench/run --smoke, then target/bench/app.log): the enabled stall rules; the page (every project
column, sent to the client as the app receives it); the capped count (the ids of up to 1,001 matches, sent too); the
page's pending confirmations; the batch loads of its units, industries, zones and investors. The board runs the count
per stage and then that for each of its 8 columns (50 projects each). The page's ids go to the later statements
through pgbench's \\aset: the last row of the page carries them (string_agg over the page), the others carry nulls.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["LEAD", "NEGOTIATING", "SIGNED", "REGISTERED", "CONSTRUCTION", "OPERATING", "ON_HOLD", "TERMINATED"]
RULES = "select id, days, enabled, kind, stage, version from stall_rule where enabled = true order by id;"


def page(where, order, offset, size):
    last = "       case when row_number() over () = count(*) over () then coalesce(string_agg(%s::text, ',') over (), '-1') end as %s"
    return ["select page.*,", last % ("id", "ids,"), last % ("unit_id", "units,"), last % ("industry_id", "industries,"),
            last % ("zone_id", "zones"),
            "from (select p.* from project p where 1 = 1%s" % where,
            "      order by %s offset %d rows fetch first %d rows only) page" % (order, offset, size),
            "\\aset"]


def pending():
    return ["select distinct t.project_id from project_transition t",
            "where t.project_id in (:ids) and t.confirmed_at is null and t.reverted_by_id is null;"]


UNITS = "select id, code, kind, name, version from org_unit where id = any (array[:units]::bigint[]);"
INDUSTRIES = "select * from industry where id = any (array[:industries]::bigint[]);"
ZONES = "select * from zone where id = any (array[:zones]::bigint[]);"
INVESTORS = ["select i.project_id, i.position, e.* from project_investor i join enterprise e on e.id = i.enterprise_id",
             "where i.project_id = any (array[:ids]::bigint[]);"]


def list_floor(name, title, where, order, offset, preamble=()):
    lines = ["-- The floor of GET %s, written by project_floors.py (see there for what and why)." % title]
    lines += list(preamble)
    lines += [RULES] + page(where, order, offset, 20)
    lines += ["select p.id from project p where 1 = 1%s fetch first 1001 rows only;" % where]
    lines += pending() + [UNITS, INDUSTRIES, ZONES] + INVESTORS
    write(name, lines)


def board_floor(name, title, where, unit_loads):
    lines = ["-- The floor of GET %s, written by project_floors.py (see there for what and why)." % title,
             "-- Industries and zones are few: the first column loads them all. Units: %s" % unit_loads[1],
             RULES, "select p.stage, count(p.id) from project p where 1 = 1%s group by p.stage;" % where]
    for n, stage in enumerate(STAGES):
        lines += ["-- column %d: %s" % (n + 1, stage)]
        lines += page(" and p.stage in ('%s')%s" % (stage, where), "p.stage_since desc, p.id desc", 0, 50)
        lines += pending()
        if n < unit_loads[0]:
            lines.append(UNITS)
        if n == 0:
            lines += [INDUSTRIES, ZONES]
        lines += INVESTORS
    write(name, lines)


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


list_floor("project-list-stage.sql", "/api/projects?stage=NEGOTIATING&page=3", " and p.stage in ('NEGOTIATING')",
           "p.updated_at desc, p.id", 60)
list_floor("project-list-unit.sql", "/api/projects?unitId=<bench-u1>&sort=-updatedAt (-D unit=…)",
           " and p.unit_id = :unit", "p.updated_at desc, p.id", 0)
# The planner folds the constant array's element to the literal (EXPLAIN shows search_text ~~ '%新材料%').
list_floor("project-search.sql", "/api/projects?q=智能工厂 | 新材料 | 济南华瑞 (one term at random, as wrk cycles them)",
           " and p.search_text like (array['%智能工厂%', '%新材料%', '%济南华瑞%'])[:term] escape ''",
           "p.updated_at desc, p.id", 0, preamble=["\\set term random(1, 3)"])
board_floor("project-board.sql", "/api/projects/board", "",
            (5, "with 100 units the first five columns load\n-- the units of theirs not seen yet (Hibernate keeps what"
                " it loaded); the last three find them all loaded."))
board_floor("project-board-unit.sql", "/api/projects/board?unitId=<bench-u1> (-D unit=…)", " and p.unit_id = :unit",
            (1, "one unit, loaded by the first column."))
