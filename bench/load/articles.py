"""Writes one JSON article per line for post.lua: gva-dev articles when ../shared/data is present, else the seeds.
Each body carries the placeholder __ID__ (in its id and in a last line of its text, because the store treats the same
text from the same outlet as the same article) that the Lua script replaces with a unique id."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
gva = root.parent / "shared" / "data" / "gva-dev" / "incidents"
articles = []
if gva.is_dir():
    for path in sorted(gva.glob("*/*.json")):
        if path.name == "gold.json":
            continue
        a = json.loads(path.read_text(encoding="utf-8"))
        articles.append({"source": a["source"], "published": a.get("published"), "title": a.get("title"), "text": a["text"]})
else:
    manifest = {m["file"]: m for m in json.loads((root / "seeds" / "manifest.json").read_text(encoding="utf-8"))}
    for path in sorted((root / "seeds").glob("*.txt")):
        m = manifest.get(path.name, {})
        text = path.read_text(encoding="utf-8")
        articles.append({"source": m.get("source", "example.org"), "published": m.get("published"), "text": text})

with open(sys.argv[1], "w", encoding="utf-8") as out:
    for a in articles:
        body = {"id": "__ID__", **{k: v for k, v in a.items() if v is not None}}
        body["text"] = body["text"] + "\n\nReference __ID__."
        out.write(json.dumps(body, ensure_ascii=False) + "\n")
print(f"{len(articles)} articles for the POST test", file=sys.stderr)
