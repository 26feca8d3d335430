-- POSTs real articles, each request with an id no other request uses, so every one is a new document.
local articles = {}
local counter = 0
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end

function init(args)
  for line in io.lines(os.getenv("ARTICLES")) do
    articles[#articles + 1] = line
  end
end

function request()
  counter = counter + 1
  local article = articles[(counter % #articles) + 1]
  local id = string.format("load-%d-%d", thread_id, counter)
  local body = string.gsub(article, "__ID__", id)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

local created = 0
local other = 0
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
