"""p50/p95/p99 (ms) and throughput from pgbench per-transaction logs (field 3 is the latency in microseconds)."""
import sys

latencies = []
first, last = None, None
for path in sys.argv[1:]:
    with open(path) as log:
        for line in log:
            parts = line.split()
            if len(parts) < 6:
                continue
            latencies.append(int(parts[2]) / 1000.0)
            t = int(parts[4]) + int(parts[5]) / 1e6
            first = t if first is None else min(first, t)
            last = t if last is None else max(last, t)
latencies.sort()


def pct(p):
    if not latencies:
        return float("nan")
    return latencies[min(len(latencies) - 1, int(round(p / 100.0 * (len(latencies) - 1))))]


duration = (last - first) if latencies and last > first else float("nan")
print("p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d" % (pct(50), pct(95), pct(99), len(latencies) / duration if duration == duration and duration else 0.0, len(latencies)))
