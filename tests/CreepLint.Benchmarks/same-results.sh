#!/usr/bin/env bash
# Byte-identical results for a speed change: lints the training corpus and the SMS corpus with two builds of the CLI and
# compares the JSON reports byte for byte (every finding, span, score and verdict). Run it before each commit of a
# change that should not change what the engine finds.
#
#   tests/CreepLint.Benchmarks/same-results.sh A/CreepLint.Cli.dll B/CreepLint.Cli.dll [--work DIR] [--corpus TSV] [--big JSONL] [--reuse-a]
#
#   A, B        two builds' CreepLint.Cli.dll (say, main's and this branch's, each from `dotnet build -c Release
#               src/CreepLint.Cli -o DIR`).
#   --corpus    the tab-separated SMS corpus (label<TAB>text); each row becomes one JSONL message.
#   --big       also a large JSONL corpus, such as `bench --write-corpus` writes (sms20.jsonl).
#   --reuse-a   keep A's reports from an earlier run in the same --work directory (A unchanged: main's build).
#
# Every samples/corpus/*.jsonl file is linted on its own, with --no-config, the embedded rules and the embedded model.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
[[ $# -ge 2 ]] || { echo "usage: same-results.sh A/CreepLint.Cli.dll B/CreepLint.Cli.dll [--work DIR] [--corpus TSV] [--big JSONL] [--reuse-a]" >&2; exit 2; }
a=$1
b=$2
shift 2
work=/tmp/creeplint-same
corpus=$repo/../shared/corpora/sms-spam-collection.tsv
big=
reuse=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --big) big=$2; shift 2 ;;
    --reuse-a) reuse=1; shift ;;
    *) echo "same-results.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

[[ -f $corpus ]] || { echo "same-results.sh: no corpus at $corpus (--corpus)" >&2; exit 2; }
mkdir -p "$work/a" "$work/b"
# One JSONL message per row of the TSV (the header skipped), the text exactly as it is.
python3 - "$corpus" "$work/sms.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as target:
    next(source)
    for n, line in enumerate(source, 2):
        label, _, text = line.rstrip("\n").partition("\t")
        target.write(json.dumps({"id": f"sms-{n}", "text": text}, ensure_ascii=False) + "\n")
EOF

inputs=("$repo"/samples/corpus/*.jsonl "$work/sms.jsonl")
[[ -n $big ]] && inputs+=("$big")
different=0
for input in "${inputs[@]}"; do
  name=$(basename "$input" .jsonl)
  for side in a b; do
    dll=$a
    [[ $side == b ]] && dll=$b
    [[ $side == a && $reuse == 1 && -s $work/a/$name.json ]] && continue
    # Exit 1 means findings reached --fail-on, which is expected here; 2 and above is an error.
    (cd "$repo" && dotnet "$dll" lint "$input" --no-config --no-progress --format json -o "$work/$side/$name.json") >/dev/null 2>&1 \
      || [[ $? == 1 ]] || { echo "same-results.sh: $side failed on $input" >&2; exit 2; }
  done
  if ! cmp -s "$work/a/$name.json" "$work/b/$name.json"; then
    echo "DIFFERENT: $input"
    different=$((different + 1))
  fi
done

if [[ $different -gt 0 ]]; then
  echo "same-results.sh: $different of ${#inputs[@]} reports differ (reports in $work/a and $work/b)"
  exit 1
fi
echo "same-results.sh: all ${#inputs[@]} reports byte-identical ($(cat "$work"/b/*.json | wc -c) bytes)"
