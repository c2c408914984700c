"""Writes the SQL floors of the engagement, cockpit and report calls (bench/sql/{visits-*,my-week,leads-overdue,
cockpit*,report-monthly}.sql) from statements captured one call at a time:

    python3 bench/sql/engagement_floors.py CAPTURE_DIR

CAPTURE_DIR holds st-<call>.txt (visits_unit, visits_firm, my_week, leads_overdue, cockpit, cockpit_unit, report): the
statements of one warm call each, one a line ("<n>\t<sql>"), cut from the Hibernate log of the packaged app started
with QUARKUS_HIBERNATE_ORM_LOG_SQL=true on the smoke data (LOG_SQL=true bench/run --smoke leaves the database; start
the app on it, call each path once with curl and keep the lines the call added to the log). Each ? is written in as
the pgbench variable bench/run passes (-D); a page is sent to the client as the app receives it, its ids and size
carried to the next statements by \\aset; the participants, batch-loaded 50 at a time, are repeated under \\if for as
many items as the page holds. The caller's unit is looked up once per request (CurrentUser keeps it), so each file
has that lookup once, however often the capture shows it.
"""
import re, sys, os
CAP = sys.argv[1]
OUT = os.path.dirname(os.path.abspath(__file__))
def load(name):
    return [l.split('\t', 1)[1].rstrip('\n') for l in open(os.path.join(CAP, 'st-%s.txt' % name), encoding='utf-8')]
def sub(stmt, vals):
    parts = stmt.split('?')
    assert len(parts) - 1 == len(vals), (len(parts) - 1, len(vals), stmt[:120])
    out = parts[0]
    for v, p in zip(vals, parts[1:]):
        out += str(v) + p
    return out
def anyids(stmt, var='ids'):
    return stmt.replace('any (?)', 'any (array[:%s]::bigint[])' % var)
def page(stmt, vals):
    # the page as the app receives it; its ids (first column) and size carried to the next statements by \aset
    return ("select page.*, case when row_number() over () = count(*) over () then coalesce(string_agg(vid::text, ',') over (), '-1') end as ids,\n"
            "       count(*) over () as n_items\nfrom (%s) page(vid)\n\\aset" % sub(stmt, vals))
_unit_looked_up = False
def unit_lookup(s):
    global _unit_looked_up
    if _unit_looked_up:
        return "-- (the caller's unit: looked up above, once per request)"
    _unit_looked_up = True
    return sub(s, ["'bench-u1'", 1]) + ';'
def header(title, extra=()):
    return ["-- The floor of GET %s: every statement the app sends for the call, verbatim from the Hibernate log" % title,
            "-- (LOG_SQL=true, one call at a time on the smoke data), its parameters written in as pgbench variables",
            "-- (-D from bench/run). Written by bench/sql/engagement_floors.py."] + list(extra)
def lookups_per_item(s, start, maxn):
    # Before CurrentUser kept the unit, VisitView.of looked it up once per visit shown; now nothing per item.
    return []
def batches(s, maxn):
    # the participants, batch-loaded 50 visits at a time (@BatchSize(size = 50))
    out = []
    for b in range(0, maxn, 50):
        out += ["\\if :n_items > %d" % b,
                s.replace('any (?)', "any ((array[:ids]::bigint[])[%d:%d])" % (b + 1, b + 50)) + ';', "\\endif"]
    return out
def visit_list(st, page_vals, maxn):
    # st: [lookup, page, lookup, participants, ...lookups..., count]
    lk = st[0]
    return (["\\set n_items 0", "\\set ids -1", unit_lookup(lk), page(st[1], page_vals)]
            + batches(st[3], maxn) + lookups_per_item(lk, 1, maxn))
def write(name, lines):
    global _unit_looked_up
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    _unit_looked_up = False

# visits of the unit, page 4
st = load('visits_unit')
write('visits-unit.sql', header('/api/visits?page=3 (as the bench officer, unit bench-u1: -D unit=…)')
      + visit_list(st, [':unit', 60, 20], 20) + [sub(st[-1], [':unit']) + ';'])
# a firm's visits
st = load('visits_firm')
write('visits-firm.sql', header('/api/visits?enterpriseId=… (one of the ten firms bench-u1 visited most: -D firms=…)')
      + ["\\set k random(1, 10)"] + visit_list(st, [':unit', '(array[:firms]::bigint[])[:k]', 0, 20], 20)
      + [sub(st[-1], [':unit', '(array[:firms]::bigint[])[:k]']) + ';'])
# overdue leads
st = load('leads_overdue')
write('leads-overdue.sql', header('/api/leads?overdue=true (the bench officer\'s unit: -D unit=…, today: -D today=…)')
      + [unit_lookup(st[0]), sub(st[1], [':unit', "':today'", 0, 20]) + ';', sub(st[2], [':unit', "':today'"]) + ';'])
# my week: due leads, follow-ups, overdue leads, visits of the week (each up to 200). The visits are one statement
# each (engagement/MyWeekVisits: rows with names and participants, no count); the leads are the lead list's.
st = load('my_week')
lk = st[0]
who = "'bench-officer'"
lines = header('/api/my-week (the bench officer\'s own week: -D week_start, week_end, today)',
               ["-- Four lists of up to 200: leads due this week, follow-ups due by Sunday, overdue leads, the week's visits."])
lines += [unit_lookup(lk), sub(st[1], [':unit', "'OPEN'", who, "':today'", "':week_end'", 0, 200]) + ';',
          sub(st[2], [':unit', "'OPEN'", who, "':today'", "':week_end'"]) + ';']
fu = next(s for s in st if s.startswith('select v.id') and 'v.follow_up_done = false' in s)
lines += [sub(fu, [':unit', who, who, "':week_end'"]) + ';']
ov_page = next(s for s in st if 'next_due_on<? order by' in s)
ov_count = next(s for s in st if s.startswith('select count') and 'from lead' in s and 'next_due_on<?' in s)
lines += [sub(ov_page, [':unit', "'OPEN'", who, "':today'", 0, 200]) + ';',
          sub(ov_count, [':unit', "'OPEN'", who, "':today'"]) + ';']
wk = next(s for s in st if s.startswith('select v.id') and 'v.visited_on >= ?' in s)
lines += [sub(wk, [':unit', "':week_start'", "':week_end'", who, who]) + ';']
write('my-week.sql', lines)

# cockpit
def cockpit(name, unit):
    st = load(name)
    u = [':unit'] if unit else []
    A, Y, M, LA, LY = "':asof'", "':year_start'", "':month_start'", "':ly_asof'", "':ly_start'"
    def bucket(f, t): return [f, t] * 3
    out = []
    out.append(sub(st[0], bucket(Y, A) + u) + ';')
    out.append(sub(st[1], bucket(LY, LA) + u) + ';')
    out.append(sub(st[2], bucket(M, A) + u) + ';')
    out.append(sub(st[3], [A] + u) + ';')
    out.append(sub(st[4], [M, A] + u) + ';')
    out.append(sub(st[5], [Y, A] + u) + ';')
    out.append(sub(st[6], [LY, LA] + u) + ';')
    out.append(st[7] + ';')
    stall = ["'NEGOTIATING'", "date ':today' - 60", "date ':today' - 60", "'SIGNED'", "date ':today' - 90",
             "'REGISTERED'", "date ':today' - 180"]
    out += ["\\set ids -1", "\\set units -1", "\\set industries -1", "\\set zones -1"]
    out.append("select page.*,\n"
               "       case when row_number() over () = count(*) over () then coalesce(string_agg(vid::text, ',') over (), '-1') end as ids,\n"
               "       case when row_number() over () = count(*) over () then coalesce(string_agg(unit_id::text, ',') over (), '-1') end as units,\n"
               "       case when row_number() over () = count(*) over () then coalesce(string_agg(industry_id::text, ',') over (), '-1') end as industries,\n"
               "       case when row_number() over () = count(*) over () then coalesce(string_agg(zone_id::text, ',') over (), '-1') end as zones\n"
               "from (%s) page(vid)\n\\aset" % sub(st[8], u + stall + [0, 20]))
    out.append(sub(st[9], u + stall + [1001]) + ';')
    out.append(re.sub(r'in \((\?, )*\?\)', 'in (:ids)', st[10]) + ';')
    if unit:
        out.append(st[11].replace('u1_0.id=?', 'u1_0.id = :unit') + ';')
    else:
        out.append(anyids(st[11], 'units') + ';')
    out.append(anyids(st[12], 'industries') + ';')
    out.append(anyids(st[13], 'zones') + ';')
    out.append(anyids(st[14]) + ';')
    eng = [Y, A] + u + [Y, A] + u + [Y, A] + u + [Y, A] + u
    out.append(sub(st[15], eng) + ';')
    out.append(sub(st[16], [A] * 8 + [Y, A] + u) + ';')
    for i in (17, 18, 19):
        out.append(sub(st[i], bucket(Y, A) + [Y, A] + u) + ';')
    out.append(sub(st[20], [LY, A] + u) + ';')
    out.append(sub(st[21], [LY, A] + u) + ';')
    out.append(sub(st[22], [Y, A] + u) + ';')
    return out
write('cockpit.sql', header('/api/cockpit?asOf=… (as a leader; -D asof, year_start, month_start, ly_asof, ly_start, today)')
      + cockpit('cockpit', False))
write('cockpit-unit.sql', header('/api/cockpit?asOf=…&unitId=<bench-u1> (-D unit=… and the dates)') + cockpit('cockpit_unit', True))

# monthly report: the named parameters of ReportQueries, in the order they appear in its SQL
src = open('/work/wt-bench/src/main/java/io/attract/report/ReportQueries.java', encoding='utf-8').read()
LANDED = "coalesce(p.registered_on, p.construction_on, p.operating_on)"
def bucketr(f):
    return ("case when " + LANDED + " between " + f + " and :to then 'LANDED'" + " when p.signed_on between " + f
            + " and :to then 'SIGNED'" + " when p.negotiating_on between " + f + " and :to then 'NEGOTIATING' end")
rows_sql = src.split('String sql = """', 1)[1].split('""".formatted', 1)[0] % (bucketr(':monthStart'), bucketr(':yearStart'), bucketr(':yearStart'))
last_sql = src.split('em.createNativeQuery("""', 1)[1].split('""".formatted', 1)[0] % (bucketr(':yearStart'),)
names = lambda s: re.findall(r':(to|monthStart|yearStart)\b', s)
st = load('report')
cur = {'to': "date ':asof'", 'monthStart': "date ':month_start'", 'yearStart': "date ':year_start'"}
last = {'to': "date ':ly_asof'", 'yearStart': "date ':ly_start'"}
write('report-monthly.sql', header('/api/reports/monthly/<last month> (as a leader; last month ends on the cockpit'"'"'s as-of date: -D asof, month_start, year_start, ly_asof, ly_start, report_month'
                                   '; the .xlsx download runs the same statements)')
      + [sub(st[0], [cur[n] for n in names(rows_sql)]) + ';', sub(st[1], [last[n] for n in names(last_sql)]) + ';',
         sub(st[2], ["'" + ":report_month" + "'", 1]) + ';'])
