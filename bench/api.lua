-- wrk script: bearer token from $TOKEN, requests cycling through $PATHS (separated by '|'), and a RESULT line
-- with the percentiles the report needs.
local token = os.getenv("TOKEN")
local paths = {}
for p in string.gmatch(os.getenv("PATHS"), "[^|]+") do
  table.insert(paths, p)
end
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
