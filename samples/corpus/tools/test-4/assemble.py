#!/usr/bin/env python3
"""Assemble hand-written drafts into the frozen test set.

Draft format (one item per line, '#' lines are comments):
    M <text>   -> kind "message"
    R <text>   -> kind "rationale"
Creepy drafts are named <category>.txt; clean drafts are hard.txt and plain.txt.
This script only numbers, labels (from the file the line sits in) and shuffles;
it never creates or changes text.
"""
import json, random, sys
from pathlib import Path

CATS = ["inferred-trait", "sensitive-prediction", "behavioral-detail", "location-tracking",
        "surveillance-language", "undisclosed-source", "price-targeting", "vulnerability",
        "sensitive-field"]
SEED = 20261205
root = Path(__file__).resolve().parent.parent
drafts = root / "drafts"

def read(name):
    out = []
    for ln in (drafts / name).read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        tag, text = ln[:2], ln[2:]
        if tag not in ("M ", "R "):
            sys.exit(f"bad line in {name}: {ln!r}")
        out.append(("message" if tag == "M " else "rationale", text.strip()))
    return out

items = []
for cat in CATS:
    for i, (kind, text) in enumerate(read(f"{cat}.txt"), 1):
        items.append({"id": f"t4-{cat}-{i:03d}", "text": text, "kind": kind,
                      "creepy": True, "category": cat})
for name, prefix in (("hard.txt", "t4-hard"), ("plain.txt", "t4-plain")):
    for i, (kind, text) in enumerate(read(name), 1):
        items.append({"id": f"{prefix}-{i:03d}", "text": text, "kind": kind, "creepy": False})

random.Random(SEED).shuffle(items)
dst = root / "test-4.jsonl"
with dst.open("w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to {dst}")
