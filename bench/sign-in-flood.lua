-- wrk script: a flood of bad sign-ins, each for a username never tried before, so the
-- throttle refuses none of them and every one needs a password check (the worst case for
-- the server). The sign-in form's CSRF check is a double-submit cookie, which a script
-- passes by sending one value both ways. Prints how many of each status came back.
-- Usage: wrk -t1 -c32 -d20s -s bench/sign-in-flood.lua http://127.0.0.1:PORT
local threads = {}
local token = string.rep("f", 43)

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  statuses = {}
end

function request()
  sent = sent + 1
  local body = "csrf_token=" .. token .. "&username=flood-" .. id .. "-" .. sent .. "&password=not+the+password"
  return wrk.format("POST", "/sign-in", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "pathway_sign_in=" .. token,
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + n end
  end
  for status, n in pairs(totals) do io.write(string.format("status %d: %d\n", status, n)) end
end
