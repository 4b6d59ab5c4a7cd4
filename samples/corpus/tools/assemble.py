"""Assemble the hand-written part files: reclassify a fixed list of hard ids as plain,
renumber ids, then shuffle into a fixed random order. Never edits any text."""
import json, random, sys
parts = sys.argv[1]
order = ["inferred","behavioral","location","surveillance","prediction","undisclosed",
         "price","vulnerability","field","hard","hard_rat","plain_new"]
# hard-drafted items that are really ordinary marketing -> plain
to_plain = {f"t3-hard-{n:03d}" for n in [33,34,35,36,38,39,43,44,45,47,48,51,53,55,58,60,
                                          61,63,64,65,67,68,69,70,72,74,75,76,78,82]}
items = []
for name in order:
    for line in open(f"{parts}/{name}.jsonl", encoding="utf-8"):
        items.append(json.loads(line))
hard = [o for o in items if o["id"].startswith("t3-hard-") and o["id"] not in to_plain]
plain = [o for o in items if o["id"] in to_plain] + [o for o in items if o["id"].startswith("t3-plain-")]
assert len(to_plain & {o["id"] for o in items}) == len(to_plain)
for i, o in enumerate(hard, 1): o["id"] = f"t3-hard-{i:03d}"
for i, o in enumerate(plain, 1): o["id"] = f"t3-plain-{i:03d}"
key = ["id","text","kind","creepy","category"]
out = [{k: o[k] for k in key if k in o} for o in items]
random.Random(20240603).shuffle(out)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "written")
