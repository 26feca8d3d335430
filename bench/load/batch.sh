#!/usr/bin/env bash
# Times POST /api/v1/documents:batch: starts the Release API on a fresh, empty SQLite store (no seeds) and posts the
# real articles (gva-dev when ../shared/data is present, else the seeds) in batches of 100, one batch at a time.
# Prints the wall time, articles per second and the server's CPU seconds (its share of both cores).
# Usage: bench/load/batch.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/load/server.sh
start_api ""

python3 bench/load/articles.py "$work/articles.jsonl"
# Batches of 100 (the API's limit), each article with its own id.
python3 - "$work/articles.jsonl" "$work" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
bodies = [json.loads(l.replace("__ID__", f"batch-{i}")) for i, l in enumerate(lines)]
for n in range(0, len(bodies), 100):
    with open(f"{sys.argv[2]}/batch-{n // 100:04d}.json", "w", encoding="utf-8") as out:
        json.dump(bodies[n:n + 100], out, ensure_ascii=False)
print(f"{len(bodies)} articles in {(len(bodies) + 99) // 100} batches", file=sys.stderr)
PY
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$server/stat"; }
before=$(cpu)
start=$(date +%s.%N)
for batch in "$work"/batch-*.json; do
  curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "@$batch" "$url/api/v1/documents:batch"
done
end=$(date +%s.%N)
after=$(cpu)
stored=$(curl -fsS "$url/api/v1/documents?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
python3 -c "w=$end-$start; c=$after-$before; print(f'{$stored} articles stored in {w:.2f} s wall: {$stored/w:.0f} articles/s; server CPU {c:.2f} s ({c/w:.2f} cores); load {open(\"/proc/loadavg\").read().split()[0]}')"
