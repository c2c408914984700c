"""Writes docs/benchmarks.md from bench/run's results: machine, data, each figure beside its target."""
import datetime
import os
import platform
import subprocess
import sys

results_path, report_path, smoke = sys.argv[1], sys.argv[2], sys.argv[3] == "true"
rows = {}
for line in open(results_path, encoding="utf-8"):
    parts = line.split()
    key = " ".join(parts[:2]) if parts[0] in ("api", "floor") else parts[0]
    rows[key] = dict(p.split("=", 1) for p in parts[(2 if parts[0] in ("api", "floor") else 1):] if "=" in p)


def num(d, k):
    try:
        return float(d.get(k, "nan"))
    except ValueError:
        return float("nan")


def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
pg_version = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "show server_version"],
                            capture_output=True, text=True).stdout.strip()
data = rows.get("data", {})
lines = []
w = lines.append
w("# Benchmarks")
w("")
w("Written by `bench/run`%s on %s. Do not edit by hand: run it again." % (" --smoke" if smoke else "",
                                                                       datetime.date.today().isoformat()))
w("")
w("## Machine")
w("")
w("| | |")
w("|---|---|")
w("| CPU | %s × %d cores |" % (cpu(), os.cpu_count()))
w("| memory | %.1f GiB |" % mem_gib)
w("| PostgreSQL | %s (same machine) |" % pg_version)
w("| `pgbench -S` baseline (8 clients, scale 10) | %s tps |" % rows.get("baseline", {}).get("pgbench_select_tps", "?"))
w("")
w("## Data")
w("")
w("%s units, %s enterprises, %s tags, %s contacts, generated in %.1f s (`bench/generate.sql`, set-based, seed 0.42)."
  % (data.get("units"), data.get("enterprises"), data.get("tags"), data.get("contacts"), num(data, "generate_s")))
w("Projects, funds, work logs and visits are not generated yet: their tables come with the projects and engagement issues.")
w("")
w("## API against the raw database (8 concurrent clients)")
w("")
w("Latency in ms. *API* is the packaged app over HTTP (wrk); *SQL* is the same queries straight in PostgreSQL")
w("(pgbench): the floor. The ratio compares p95.")
w("")
w("| operation | API p50 | API p95 | API p99 | API req/s | SQL p50 | SQL p95 | ratio p95 | target | result |")
w("|---|---|---|---|---|---|---|---|---|---|")
ops = [("search_chinese", "search by 3+ Chinese characters", lambda a, f: (a <= 50, "p95 ≤ 50 ms")),
       ("search_initials", "search by pinyin initials", lambda a, f: (a <= 50, "p95 ≤ 50 ms")),
       ("list_filtered", "filtered list page (tag + status, page 4)", lambda a, f: (a <= 3 * f + 15, "p95 ≤ 3 × SQL + 15 ms")),
       ("detail", "enterprise detail", None)]
for key, label, rule in ops:
    a, f = rows.get("api " + key, {}), rows.get("floor " + key, {})
    ap95, fp95 = num(a, "p95"), num(f, "p95")
    errors = int(num(a, "errors")) if a.get("errors") else 0
    if rule is None:
        met, target = None, "—"
    else:
        met, target = rule(ap95, fp95)
    verdict = "no target" if met is None else ("met" if met else "**missed**")
    if errors:
        verdict += " (%d non-2xx)" % errors
    w("| %s | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f× | %s | %s |" % (
        label, num(a, "p50"), ap95, num(a, "p99"), num(a, "rps"), num(f, "p50"), fp95,
        ap95 / fp95 if fp95 else float("nan"), target, verdict))
w("")
w("## Export and import")
w("")
e, i = rows.get("export", {}), rows.get("import", {})
e_rows, i_rows = num(e, "rows"), num(i, "rows")
e_s, i_s = num(e, "seconds"), num(i, "seconds")
e_heap = (num(e, "heap_peak") - num(e, "heap_before")) / 2**20
i_heap = (num(i, "heap_peak") - num(i, "heap_before")) / 2**20
e_per_100k = e_s * 100000 / e_rows if e_rows else float("nan")
i_per_100k = i_s * 100000 / i_rows if i_rows else float("nan")
w("| operation | rows | seconds | per 100,000 rows | extra heap (peak − before) | target | result |")
w("|---|---|---|---|---|---|---|")
w("| export to .xlsx (HTTP %s) | %d | %.1f | %.1f s | %.0f MB | ≤ 10 s and ≤ 256 MB per 100,000 | %s |" % (
    e.get("status"), e_rows, e_s, e_per_100k, e_heap,
    "met" if e_per_100k <= 10 and e_heap <= 256 and e.get("status") == "200" else "**missed**"))
w("| import of a .csv (HTTP %s) | %d | %.1f | %.1f s | %.0f MB | ≤ 60 s per 100,000 | %s |" % (
    i.get("status"), i_rows, i_s, i_per_100k, i_heap,
    "met" if i_per_100k <= 60 and i.get("status") == "200" else "**missed**"))
w("")
w("Import answer: `%s`" % i.get("answer", ""))
w("")
w("Heap is sampled every 200 ms from `/q/metrics` (jvm_memory_used_bytes, heap); the JVM runs with -Xmx1g.")
w("")
notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.md")
if not smoke and os.path.exists(notes):
    w(open(notes, encoding="utf-8").read())
with open(report_path, "w", encoding="utf-8") as out:
    out.write("\n".join(lines))
print("\n".join(lines))
if smoke:
    bad = [k for k in rows if k.startswith("api ") and (num(rows[k], "requests") == 0 or num(rows[k], "errors") > 0)]
    if bad or e.get("status") != "200" or i.get("status") != "200":
        print("smoke run failed: %s export=%s import=%s" % (bad, e.get("status"), i.get("status")), file=sys.stderr)
        sys.exit(1)
