-- wrk script: the filtered event queries of LoadBench.query (herald-cli tests), drawn at random per request.
-- Actors, codes and dates match the store LoadBench seeds (365 days from 2025-01-01).
local actors = {"RUS", "IRN", "USA", "CHN", "FRA", "DEU", "TUR", "ISR", "UKR", "GBR", "JPN", "IND", "PAK", "SYR", "EGY", "SAU", "BRA", "ZAF", "NGA"}
local codes = {"010", "020", "036", "040", "042", "043", "051", "057", "061", "111", "112", "120", "130", "141", "163", "172", "180", "190", "193", "195"}
local errors = 0

local function day(offset)
  return os.date("!%Y-%m-%d", os.time({year = 2025, month = 1, day = 1, hour = 12}) + offset * 86400)
end

request = function()
  local actor = actors[math.random(#actors)]
  local from = math.random(0, 299)
  local dates = "&from=" .. day(from) .. "&to=" .. day(from + 7 + math.random(0, 59))
  local code = codes[math.random(#codes)]
  local kind = tonumber(os.getenv("KIND") or "") or math.random(0, 4)
  local path
  if kind == 0 then path = "/api/events?actor=" .. actor .. dates .. "&limit=50"
  elseif kind == 1 then path = "/api/events?source=" .. actor .. "&quad=" .. math.random(1, 4) .. "&limit=50"
  elseif kind == 2 then path = "/api/events?country=" .. actor .. "&root=" .. code:sub(1, 2) .. dates .. "&limit=50"
  elseif kind == 3 then path = "/api/events?target=" .. actor .. "&code=" .. code .. "&limit=50&offset=" .. 50 * math.random(0, 2)
  else path = "/api/events?q=protests" .. dates .. "&limit=20" end
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f socket_errors=%d non200=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
