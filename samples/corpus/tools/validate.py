"""Validate test-3.jsonl and print counts (markdown) for TEST-SET-3.md."""
import json, re, sys, collections
CATS = ["inferred-trait","sensitive-prediction","behavioral-detail","location-tracking",
        "surveillance-language","undisclosed-source","price-targeting","vulnerability","sensitive-field"]
# personal attribute -> creepy ids that assert it (hand-assigned by the author)
ATTR = {
 "race": ["t3-inferred-trait-040"],
 "ethnicity": ["t3-inferred-trait-023","t3-sensitive-field-007"],
 "colour": ["t3-inferred-trait-006","t3-inferred-trait-029"],
 "national origin": ["t3-inferred-trait-007","t3-inferred-trait-031"],
 "religion or belief": ["t3-inferred-trait-002","t3-inferred-trait-022","t3-location-tracking-028","t3-sensitive-field-006"],
 "age": ["t3-inferred-trait-005","t3-inferred-trait-035","t3-sensitive-prediction-023","t3-sensitive-prediction-012"],
 "sex": ["t3-inferred-trait-021","t3-inferred-trait-024"],
 "sexual orientation or practices": ["t3-inferred-trait-003","t3-inferred-trait-033","t3-sensitive-prediction-024","t3-sensitive-field-015"],
 "gender identity": ["t3-inferred-trait-004","t3-inferred-trait-034"],
 "family status: pregnancy": ["t3-inferred-trait-001","t3-inferred-trait-032","t3-sensitive-prediction-013","t3-sensitive-prediction-018","t3-sensitive-field-001"],
 "family status: fertility": ["t3-inferred-trait-012"],
 "family status: marriage": ["t3-inferred-trait-013","t3-sensitive-prediction-005"],
 "family status: divorce": ["t3-inferred-trait-014","t3-vulnerability-004"],
 "family status: bereavement": ["t3-vulnerability-001","t3-vulnerability-009","t3-vulnerability-016","t3-vulnerability-018","t3-vulnerability-019"],
 "family status: children": ["t3-inferred-trait-015","t3-inferred-trait-027","t3-vulnerability-015"],
 "disability": ["t3-inferred-trait-009","t3-inferred-trait-030","t3-inferred-trait-037"],
 "medical or genetic condition": ["t3-inferred-trait-011","t3-inferred-trait-036","t3-undisclosed-source-016","t3-vulnerability-007","t3-sensitive-prediction-010"],
 "physical or mental health": ["t3-inferred-trait-010","t3-inferred-trait-025","t3-inferred-trait-028","t3-location-tracking-004","t3-sensitive-prediction-016"],
 "vulnerable financial status: debt": ["t3-vulnerability-010","t3-vulnerability-002","t3-vulnerability-013","t3-sensitive-field-009"],
 "vulnerable financial status: bankruptcy": ["t3-vulnerability-005"],
 "vulnerable financial status: unemployment": ["t3-vulnerability-003","t3-vulnerability-014","t3-vulnerability-021","t3-location-tracking-018"],
 "vulnerable financial status: low income": ["t3-inferred-trait-016","t3-inferred-trait-038","t3-sensitive-prediction-020"],
 "voting status or political opinion": ["t3-inferred-trait-017","t3-inferred-trait-039","t3-sensitive-prediction-014","t3-undisclosed-source-004"],
 "trade-union membership": ["t3-inferred-trait-018","t3-sensitive-prediction-026"],
 "criminal record": ["t3-inferred-trait-019"],
 "immigration status": ["t3-inferred-trait-008"],
 "addiction": ["t3-inferred-trait-020","t3-inferred-trait-026","t3-vulnerability-006","t3-vulnerability-022","t3-sensitive-prediction-022"],
}
path = sys.argv[1]
errs, rows, ids, texts = [], [], set(), {}
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try: o = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    rows.append(o)
    i = o.get("id")
    if i in ids: errs.append(f"dup id {i}")
    ids.add(i)
    t = o.get("text")
    if not isinstance(t, str) or not t.strip(): errs.append(f"{i}: empty text")
    norm = re.sub(r"\W+", " ", t.lower()).strip()
    if norm in texts: errs.append(f"dup text {i} / {texts[norm]}")
    texts[norm] = i
    if o.get("kind") not in ("message","rationale"): errs.append(f"{i}: kind")
    if not isinstance(o.get("creepy"), bool): errs.append(f"{i}: creepy not bool")
    allowed = {"id","text","kind","creepy"} | ({"category"} if o.get("creepy") else set())
    if set(o) != allowed: errs.append(f"{i}: fields {sorted(o)}")
    if o.get("creepy"):
        c = o.get("category")
        if c not in CATS: errs.append(f"{i}: category {c}")
        if not re.fullmatch(rf"t3-{re.escape(str(c))}-\d{{3}}", i): errs.append(f"{i}: prefix/category mismatch")
    else:
        if not re.fullmatch(r"t3-(hard|plain)-\d{3}", i): errs.append(f"{i}: clean id")
byid = {o["id"]: o for o in rows}
for a, lst in ATTR.items():
    for i in lst:
        if i not in byid or not byid[i]["creepy"]: errs.append(f"attr {a}: {i} missing/not creepy")
print("ERRORS:" if errs else "valid: 0 errors"); [print(" ", e) for e in errs]
tab = collections.Counter()
for o in rows:
    g = o["category"] if o["creepy"] else ("hard negative" if o["id"].startswith("t3-hard") else "plain clean")
    tab[(g, o["kind"])] += 1
print("\n| group | message | rationale | total |\n|---|---:|---:|---:|")
tm = tr = 0
for g in CATS + ["**creepy subtotal**", "hard negative", "plain clean", "**clean subtotal**", "**all**"]:
    if g == "**creepy subtotal**": m = sum(tab[(c,"message")] for c in CATS); r = sum(tab[(c,"rationale")] for c in CATS)
    elif g == "**clean subtotal**": m = tab[("hard negative","message")]+tab[("plain clean","message")]; r = tab[("hard negative","rationale")]+tab[("plain clean","rationale")]
    elif g == "**all**": m = sum(v for (x,k),v in tab.items() if k=="message"); r = sum(v for (x,k),v in tab.items() if k=="rationale")
    else: m, r = tab[(g,"message")], tab[(g,"rationale")]
    print(f"| {g} | {m} | {r} | {m+r} |")
print(f"\nrationale share: {sum(1 for o in rows if o['kind']=='rationale')}/{len(rows)}")
print(f"personal attributes covered: {len(ATTR)} / {len(ATTR)} (each by >=1 creepy id)")
