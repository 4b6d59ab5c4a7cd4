#!/usr/bin/env bash
# End-to-end speed of the installed tool (issue 16), paired with the in-process `bench` figure in one run.
#
# Packs src/CreepLint.Cli (ReadyToRun, as CI packs it), installs it with `dotnet tool install --tool-path`, builds the
# 20 MB SMS corpus with the installed tool's `bench --write-corpus` (which also prints the in-process throughput), then
# times `creeplint lint sms20.jsonl --format json -o out.json` N times and a cold lint of one small file, and prints
# medians of wall and CPU time, MB/s and peak RSS (/usr/bin/time -v). Not a test: run it by hand on a quiet machine.
#
#   tests/CreepLint.Benchmarks/e2e.sh [--runs N] [--work DIR] [--size-mb N] [--corpus TSV] [--no-pack]
#                                     [--other TOOL] [--reference REPORT] [--skip-bench] [-- extra lint options]
#
#   --other TOOL       another installed creeplint (say, main's) timed alternately with this one, run for run, so both
#                      see the same load; its report must be byte-identical to this one's.
#   --reference FILE   a report saved earlier (from the same corpus, written in the same work directory); the script
#                      fails if this build's report differs from it by one byte.
#   --no-pack          reuse the tool already installed in WORK/tool.
#
# On a shared machine, compare medians of alternated runs (--other), never single runs.
set -euo pipefail

runs=7
work=/tmp/creeplint-e2e
size_mb=20
repo=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$repo/../shared/corpora/sms-spam-collection.tsv
pack=1
other=
reference=
bench=1
extra=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --size-mb) size_mb=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --no-pack) pack=0; shift ;;
    --other) other=$2; shift 2 ;;
    --reference) reference=$2; shift 2 ;;
    --skip-bench) bench=0; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "e2e.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

[[ -x /usr/bin/time ]] || { echo "e2e.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
[[ -f $corpus ]] || { echo "e2e.sh: no corpus at $corpus (--corpus)" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
tool=$work/tool/creeplint

if [[ $pack == 1 ]]; then
  echo "== packing and installing the tool into $work/tool"
  rm -rf "$work/pack" "$work/tool"
  dotnet pack -c Release "$repo/src/CreepLint.Cli" -o "$work/pack" -nodeReuse:false >"$work/pack.log" 2>&1 \
    || { tail -20 "$work/pack.log"; exit 1; }
  version=$(ls "$work/pack" | sed -n 's/^CreepLint\.Cli\.\(.*\)\.nupkg$/\1/p' | head -1)
  dotnet tool install CreepLint.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/pack" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; exit 1; }
fi

[[ -x $tool ]] || { echo "e2e.sh: no installed tool at $tool (drop --no-pack)" >&2; exit 2; }
cd "$work" # Reports name the corpus relative to the working directory: run every build from the same one.
input=sms$size_mb.jsonl
rm -f bench.txt # printed below only when measured in this run
if [[ $bench == 1 || ! -f $input ]]; then
  echo "== in-process: creeplint bench (the engine alone, corpus held in memory)"
  "$tool" bench --no-config --corpus "$corpus" --size-mb "$size_mb" --write-corpus "$input" | tee bench.txt
fi
bytes=$(stat -c %s "$input")
small=$repo/samples/templates/spring-sale.txt

# One timed run: prints "wall cpu rssKB".
timed() {
  local out=$1; shift
  /usr/bin/time -v -o "$out.time" "$@" >/dev/null 2>"$out.err" || true # lint exits 1 when a message fails
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
              /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
              END { printf "%.3f %.3f %d\n", w, u + s, m }' "$out.time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

builds=(this)
[[ -n $other ]] && builds+=(other)
for b in "${builds[@]}"; do : >"$b.big" ; : >"$b.small"; done
echo "== end to end: creeplint lint $input --format json -o out.json ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB), $runs runs${other:+, alternated with $other}"
for ((r = 1; r <= runs; r++)); do
  for b in "${builds[@]}"; do
    t=$tool; [[ $b == other ]] && t=$other
    timed "$b" "$t" lint "$input" --no-config --format json -o "$b-out.json" "${extra[@]}" >>"$b.big"
    timed "$b" "$t" lint "$small" --no-config >>"$b.small"
  done
done

for b in "${builds[@]}"; do
  wall=$(cut -d' ' -f1 "$b.big" | median); cpu=$(cut -d' ' -f2 "$b.big" | median)
  rss=$(cut -d' ' -f3 "$b.big" | sort -n | tail -1)
  swall=$(cut -d' ' -f1 "$b.small" | median); scpu=$(cut -d' ' -f2 "$b.small" | median)
  printf '%-5s big: wall median %.2f s (runs: %s) = %.1f MB/s, CPU median %.2f s, peak RSS max %d MB\n' \
    "$b" "$wall" "$(cut -d' ' -f1 "$b.big" | sort -n | tr '\n' ' ' | sed 's/ $//')" \
    "$(awk -v b="$bytes" -v w="$wall" 'BEGIN { print b / 1e6 / w }')" "$cpu" "$((rss / 1024))"
  printf '%-5s cold lint of %s: wall median %.3f s, CPU median %.3f s\n' "$b" "${small#"$repo"/}" "$swall" "$scpu"
done
[[ -f bench.txt ]] && { echo "in-process (bench, this build):"; grep -E '^(workload|short|long|engine)' bench.txt; }

status=0
if [[ -n $other ]] && ! cmp -s this-out.json other-out.json; then echo "REPORTS DIFFER: this-out.json vs other-out.json"; status=1; fi
if [[ -n $reference ]]; then
  if cmp -s this-out.json "$reference"; then echo "report byte-identical to $reference"; else echo "REPORT DIFFERS from $reference"; status=1; fi
fi
exit $status
