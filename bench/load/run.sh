#!/usr/bin/env bash
# Load test of the REST API on loopback with wrk (Debian package `wrk`): starts the Release build on a fresh SQLite
# store seeded from seeds/, then measures
#   1. GET /api/v1/conflicts paced at about 1,000 requests/s (12 connections, each waiting 10 ms between requests),
#      and unpaced (as fast as the server answers), with latency percentiles;
#   2. POST /api/v1/documents with distinct real articles (gva-dev when ../shared/data is present, else the seeds).
# Usage: bench/load/run.sh [seconds per test, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

source bench/load/server.sh
start_api "$PWD/seeds"

# One article per line, as the JSON body of a POST; the Lua script gives each request its own id.
python3 bench/load/articles.py "$work/articles.jsonl"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version) SDK"
# Warm up (JIT, tiered compilation) before measuring.
wrk -t1 -c4 -d5s "$url/api/v1/conflicts" >/dev/null
echo "== GET /api/v1/conflicts, paced to about 1,000 requests/s, ${duration}s"
wrk -t2 -c12 -d"${duration}s" --latency -s bench/load/paced.lua "$url/api/v1/conflicts"
echo "== GET /api/v1/conflicts, unpaced, ${duration}s"
wrk -t2 -c10 -d"${duration}s" --latency "$url/api/v1/conflicts"
echo "== POST /api/v1/documents, distinct articles, ${duration}s"
ARTICLES="$work/articles.jsonl" wrk -t2 -c8 -d"${duration}s" --latency -s bench/load/post.lua "$url/api/v1/documents"
grep -i "fail\|exception" "$work/server.log" | head -5 || true
echo "== stored documents after the POST run: $(curl -fsS "$url/api/v1/documents?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
