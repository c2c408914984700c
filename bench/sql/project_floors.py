"""Writes the SQL floors of the project calls (project-*.sql) into a folder: python3 bench/sql/project_floors.py DIR

bench/run writes them into target/bench/floors before it measures, so the statements exist once, here.

Each floor is the statements the app runs for the call, in order, as the Hibernate log shows them
(LOG_SQL=true bench/run --smoke, then target/bench/app.log), with the bound parameters written in:

- an officer's call first looks up the caller's unit by its code (CurrentUser, once per request); a leader's does not;
- the enabled stall rules;
- a list call: one statement (ProjectListQueries.page) that answers the page's rows — each with its unit, industry
  and zone names, its investors' names and whether anything of it waits for the unit head — and the count of
  matches up to 1,001;
- a board call: the count per stage, then one statement (ProjectListQueries.columns) for the newest 50 of each stage
  that has projects (all eight in the bench data).

An officer reads only the own unit's projects (ProjectAccess.scoped), so the officer's statements carry
`p.unit_id = :unit` even when the path names no unit. The statement texts below are those of ProjectListQueries;
change them together.
"""
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
STAGES = ["LEAD", "NEGOTIATING", "SIGNED", "REGISTERED", "CONSTRUCTION", "OPERATING", "ON_HOLD", "TERMINATED"]
UNIT_OF_CALLER = ("select u1_0.id, u1_0.code, u1_0.kind, u1_0.name, u1_0.version from org_unit u1_0 "
                  "where u1_0.code='bench-u1' fetch first 1 rows only;")
RULES = ("select sr1_0.id, sr1_0.days, sr1_0.enabled, sr1_0.kind, sr1_0.stage, sr1_0.version from stall_rule sr1_0 "
         "where sr1_0.enabled=true order by sr1_0.id;")
ROW = """select p.id, p.code, p.name, p.stage, p.pool, p.key_project, p.unit_id, u.name as unit_name,
       p.owner_username, p.sponsor_leader, p.industry_id, i.name as industry_name, p.zone_id,
       z.name as zone_name,
       array_to_string(array(select e.name from project_investor pi join enterprise e on e.id = pi.enterprise_id
                             where pi.project_id = p.id order by pi.position), chr(31)) as investors,
       p.total_investment, p.stage_since, p.last_worklog_on, p.version,
       coalesce((select true from waiting_transition t where t.project_id = p.id limit 1),
                (select true from waiting_fund f where f.project_id = p.id limit 1), false) as pending"""
JOINS = """join org_unit u on u.id = p.unit_id
left join industry i on i.id = p.industry_id
left join zone z on z.id = p.zone_id"""


def page(where, order, offset, size=20, cap=1000):
    return ["with page as (select p.* from project p where 1 = 1%s order by %s offset %d rows fetch first %d rows only),"
            % (where, order, offset, size),
            "matches as (select count(*) as n from (select 1 from project p where 1 = 1%s fetch first %d rows only) m)"
            % (where, cap + 1),
            ROW.replace("select p.id,", "select m.n, p.id,"),
            "from matches m left join (page p " + JOINS + ") on true",
            "order by %s;" % order]


def columns(where, size=50):
    values = ", ".join("('%s', %d)" % (s, n) for n, s in enumerate(STAGES))
    return [ROW, "from (values %s) as s(stage, n)" % values,
            "cross join lateral (select p.* from project p where p.stage = s.stage and 1 = 1%s"
            " order by p.stage_since desc, p.id desc fetch first %d rows only) p" % (where, size),
            JOINS, "order by s.n, p.stage_since desc, p.id desc;"]


def header(title, officer):
    return ["-- The floor of GET %s, written by project_floors.py (see there for what and why)." % title,
            "-- Called as %s." % ("the bench officer (unit bench-u1: -D unit=…)" if officer else "the bench leader (every unit)")]


def list_floor(name, title, where, order, offset, preamble=()):
    lines = header(title, True) + list(preamble) + [UNIT_OF_CALLER, RULES] + page(where + " and p.unit_id = :unit",
                                                                                  order, offset)
    write(name, lines)


def board_floor(name, title, officer):
    where = " and p.unit_id = :unit" if officer else ""
    lines = header(title, officer) + ([UNIT_OF_CALLER] if officer else []) + [RULES]
    lines += ["select p.stage, count(*) from project p where 1 = 1%s group by p.stage;" % where]
    lines += columns(where)
    write(name, lines)


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


list_floor("project-list-stage.sql", "/api/projects?stage=NEGOTIATING&page=3", " and p.stage in ('NEGOTIATING')",
           "p.updated_at desc, p.id", 60)
list_floor("project-list-unit.sql", "/api/projects?unitId=<bench-u1>&sort=-updatedAt", "", "p.updated_at desc, p.id", 0)
# The planner folds the constant array's element to the literal (EXPLAIN shows search_text ~~ '%新材料%').
list_floor("project-search.sql", "/api/projects?q=智能工厂 | 新材料 | 济南华瑞 (one term at random, as wrk cycles them)",
           " and p.search_text like (array['%智能工厂%', '%新材料%', '%济南华瑞%'])[:term]",
           "p.updated_at desc, p.id", 0, preamble=["\\set term random(1, 3)"])
board_floor("project-board.sql", "/api/projects/board", False)
board_floor("project-board-unit.sql", "/api/projects/board?unitId=<bench-u1>", True)
