# Sourced by the load scripts: builds the Release API and starts it on a fresh SQLite store in a temporary folder, on
# a random loopback port. Sets $url and $work, and stops the server and removes the folder on exit.
# Usage: start_api SEED_FOLDER (an empty string for an empty store)
start_api() {
  dotnet build -c Release src/ClaimTracker.Api/ClaimTracker.Api.csproj >/dev/null
  work=$(mktemp -d)
  local port=$(( 20000 + RANDOM % 20000 ))
  url="http://127.0.0.1:$port"
  dotnet src/ClaimTracker.Api/bin/Release/net10.0/ClaimTracker.Api.dll --urls "$url" --Logging:LogLevel:Default=Warning \
    --ClaimTracker:Store "$work/claimtracker.db" --ClaimTracker:SeedFolder "$1" >"$work/server.log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 60); do
    curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "$url/api/v1/conflicts" >/dev/null
}
