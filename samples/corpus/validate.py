#!/usr/bin/env python3
"""Validate the CreepLint corpus (train.jsonl, dev.jsonl) and print counts.

Usage: python3 validate.py [--markdown]
Exits non-zero on any schema problem.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["train.jsonl", "dev.jsonl"]
CATEGORIES = ["inferred-trait", "sensitive-prediction", "behavioral-detail", "location-tracking",
              "surveillance-language", "undisclosed-source", "price-targeting", "vulnerability",
              "sensitive-field"]
REQUIRED = {"id": str, "text": str, "kind": str, "creepy": bool}
errors = []
ids = {}
counts = {f: collections.Counter() for f in FILES}

for fname in FILES:
    with open(os.path.join(HERE, fname), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{fname}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON ({e})"); continue
            if not isinstance(obj, dict):
                errors.append(f"{where}: not an object"); continue
            for k, t in REQUIRED.items():
                if k not in obj: errors.append(f"{where}: missing {k}")
                elif not isinstance(obj[k], t): errors.append(f"{where}: {k} is not {t.__name__}")
            extra = set(obj) - set(REQUIRED) - {"category"}
            if extra: errors.append(f"{where}: unexpected fields {sorted(extra)}")
            if obj.get("kind") not in ("message", "rationale"): errors.append(f"{where}: bad kind {obj.get('kind')!r}")
            if isinstance(obj.get("text"), str) and not obj["text"].strip(): errors.append(f"{where}: empty text")
            i = obj.get("id")
            if i in ids: errors.append(f"{where}: duplicate id {i} (first at {ids[i]})")
            else: ids[i] = where
            if obj.get("creepy") is True:
                c = obj.get("category")
                if c is None: errors.append(f"{where}: creepy item without category")
                elif c not in CATEGORIES: errors.append(f"{where}: invalid category {c!r}")
                counts[fname][c] += 1
            elif obj.get("creepy") is False:
                if "category" in obj: errors.append(f"{where}: clean item has a category")
                counts[fname]["clean (hard negative)" if str(i).startswith("n-hard-") else "clean (other)"] += 1
            counts[fname]["kind:" + str(obj.get("kind"))] += 1

rows = CATEGORIES + ["clean (hard negative)", "clean (other)"]
md = "--markdown" in sys.argv
tot = lambda f, keys: sum(counts[f][k] for k in keys)
if md:
    print("| category | train | dev | total |\n|---|---:|---:|---:|")
    for r in rows:
        a, b = counts["train.jsonl"][r], counts["dev.jsonl"][r]
        print(f"| {r} | {a} | {b} | {a+b} |")
    for label, keys in (("**creepy total**", CATEGORIES), ("**clean total**", rows[-2:]),
                        ("rationales (kind)", ["kind:rationale"]), ("**all items**", rows)):
        a, b = tot("train.jsonl", keys), tot("dev.jsonl", keys)
        print(f"| {label} | {a} | {b} | {a+b} |")
else:
    print(f"{'category':26s} {'train':>6s} {'dev':>6s} {'total':>6s}")
    for r in rows + ["kind:message", "kind:rationale"]:
        a, b = counts["train.jsonl"][r], counts["dev.jsonl"][r]
        print(f"{r:26s} {a:6d} {b:6d} {a+b:6d}")
    a, b = tot("train.jsonl", CATEGORIES), tot("dev.jsonl", CATEGORIES)
    print(f"{'creepy total':26s} {a:6d} {b:6d} {a+b:6d}")
    a, b = tot("train.jsonl", rows), tot("dev.jsonl", rows)
    print(f"{'all items':26s} {a:6d} {b:6d} {a+b:6d}")
if errors:
    print(f"\n{len(errors)} problem(s):", *errors[:50], sep="\n", file=sys.stderr); sys.exit(1)
print("\nOK: all lines valid, ids unique across files.")
