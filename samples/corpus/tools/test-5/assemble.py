#!/usr/bin/env python3
"""Validate, number and shuffle hand-written drafts into test-5.jsonl. Does not create or alter any text."""
import glob, json, os, random, re, collections
D = os.path.dirname(os.path.abspath(__file__))
CATS = {"inferred-trait","sensitive-prediction","behavioral-detail","location-tracking","surveillance-language",
        "undisclosed-source","price-targeting","vulnerability","sensitive-field"}
items, seen = [], set()
def load(path):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        if not line.strip(): continue
        m = re.match(r"^([MR]): (.+)$", line)
        assert m, f"{path}:{n} bad line"
        text = m.group(2).strip()
        assert text not in seen, f"duplicate text {path}:{n}: {text}"
        seen.add(text)
        out.append(("rationale" if m.group(1) == "R" else "message", text))
    return out
for cat in sorted(CATS):
    for i, (kind, text) in enumerate(load(f"{D}/drafts/c-{cat}.txt"), 1):
        items.append({"id": f"t5-c-{cat}-{i:03d}", "text": text, "kind": kind, "creepy": True, "category": cat})
hard = [x for f in sorted(glob.glob(f"{D}/drafts/n-hard-*.txt")) for x in load(f)]
for i, (kind, text) in enumerate(hard, 1):
    items.append({"id": f"t5-n-hard-{i:03d}", "text": text, "kind": kind, "creepy": False})
for i, (kind, text) in enumerate(load(f"{D}/drafts/n-plain.txt"), 1):
    items.append({"id": f"t5-n-plain-{i:03d}", "text": text, "kind": kind, "creepy": False})
# checks
ids = [x["id"] for x in items]; assert len(ids) == len(set(ids))
norm = [re.sub(r"\W+", " ", x["text"].lower()).strip() for x in items]; assert len(norm) == len(set(norm)), "near-dup"
c = sum(x["creepy"] for x in items); assert c == 240 and len(items) - c == 240, (c, len(items))
percat = collections.Counter(x["category"] for x in items if x["creepy"]); assert all(percat[k] >= 20 for k in CATS)
assert sum(x["id"].startswith("t5-n-hard") for x in items) >= 170
random.Random(5).shuffle(items)
out = f"{D}/test-5.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    for x in items: fh.write(json.dumps(x, ensure_ascii=False) + "\n")
# re-read and verify
rows = [json.loads(l) for l in open(out, encoding="utf-8")]
for r in rows:
    keys = set(r)
    assert keys == ({"id","text","kind","creepy","category"} if r["creepy"] else {"id","text","kind","creepy"}), r
    assert r["kind"] in ("message","rationale") and isinstance(r["creepy"], bool) and (not r["creepy"] or r["category"] in CATS)
    assert 3 <= len(r["text"].split()) <= 60 , r
print("total", len(rows), "creepy", c, "clean", len(rows)-c)
for k in sorted(percat): print(f"  {k}: {percat[k]}")
print("hard", sum(r["id"].startswith("t5-n-hard") for r in rows), "plain", sum(r["id"].startswith("t5-n-plain") for r in rows))
rk = collections.Counter((r["creepy"], r["kind"]) for r in rows); print("rationales", rk[(True,"rationale")]+rk[(False,"rationale")], dict(rk))
wl = [len(r["text"].split()) for r in rows]; print("words min/max", min(wl), max(wl))
