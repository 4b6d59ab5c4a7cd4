#!/usr/bin/env python3
"""Validate test-4.jsonl: schema, unique ids, no duplicate texts, counts, lengths."""
import json, re, sys, hashlib
from collections import Counter
from pathlib import Path

CATS = {"inferred-trait", "sensitive-prediction", "behavioral-detail", "location-tracking",
        "surveillance-language", "undisclosed-source", "price-targeting", "vulnerability",
        "sensitive-field"}
path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "test-4.jsonl")
errs = []
rows = []
for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    try:
        r = json.loads(ln)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    keys = set(r)
    want = {"id", "text", "kind", "creepy"} | ({"category"} if r.get("creepy") is True else set())
    if keys != want:
        errs.append(f"{r.get('id')}: fields {sorted(keys)} != {sorted(want)}")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        errs.append(f"{r.get('id')}: empty text")
    if r.get("kind") not in ("message", "rationale"):
        errs.append(f"{r.get('id')}: bad kind")
    if not isinstance(r.get("creepy"), bool):
        errs.append(f"{r.get('id')}: creepy not bool")
    i = r.get("id", "")
    if r.get("creepy") is True:
        if r.get("category") not in CATS: errs.append(f"{i}: bad category")
        if not re.fullmatch(rf"t4-{re.escape(str(r.get('category')))}-\d{{3}}", i):
            errs.append(f"{i}: id does not match category")
    else:
        if not re.fullmatch(r"t4-(hard|plain)-\d{3}", i): errs.append(f"{i}: bad clean id")
    w = len(r.get("text", "").split())
    if not 3 <= w <= 60: errs.append(f"{i}: {w} words")
ids = Counter(r.get("id") for r in rows)
errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
norm = Counter(re.sub(r"\W+", " ", r.get("text", "").lower()).strip() for r in rows)
errs += [f"duplicate text {k!r}" for k, v in norm.items() if v > 1]

cat = Counter(r["category"] for r in rows if r.get("creepy") is True)
kinds = Counter((r["creepy"], r["kind"]) for r in rows)
clean = Counter(r["id"].split("-")[1] for r in rows if r.get("creepy") is False)
for c in CATS:
    if cat[c] < 20: errs.append(f"category {c} has only {cat[c]}")
print("total", len(rows), "creepy", sum(cat.values()), "clean", sum(clean.values()))
print("categories", dict(sorted(cat.items())))
print("clean", dict(clean))
print("kinds", {f"{'creepy' if k[0] else 'clean'}/{k[1]}": v for k, v in sorted(kinds.items())})
op = Counter(" ".join(r["text"].split()[:2]).lower() for r in rows)
print("most common 2-word openings", op.most_common(12))
print("sha256", hashlib.sha256(path.read_bytes()).hexdigest())
if errs:
    print("ERRORS:"); print("\n".join(errs)); sys.exit(1)
print("OK")
