#!/usr/bin/env python3
"""Leave-one-batch-out over the independent writers' batches of the English training recipe.

For each batch (an id prefix such as ``nq`` in ``samples/corpus/independent*.jsonl``), train a model by the shipped
recipe (``ShippedModel`` in ``src/CreepLint.Training``: its corpora, weights, L2 and threshold) on everything but that
batch, then score the held-out batch with the rules and that model (``creeplint eval --model``), and print the totals.
``--thresholds`` also scores each fold's model at other thresholds (a copy of the model file with its threshold
rewritten). Not a test: it trains one model per batch (about 20 seconds each on two cores).

The rules are whatever the given CLI build embeds. When they were written from these batches' misses, the folds are held
out for the model only; a batch no rule author read (measured on arrival) is held out for both.

    python3 samples/corpus/tools/leave_one_batch_out.py --cli src/CreepLint.Cli/bin/Release/net10.0 --work /tmp/lobo \
        [--thresholds 0.96 0.97 0.98] [--batches nq nr]
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def recipe():
    """The corpora, weights, L2 and threshold of the shipped English recipe, read from ShippedModel.cs."""
    src = open(os.path.join(ROOT, "src", "CreepLint.Training", "ShippedModel.cs"), encoding="utf-8").read()
    corpora = re.findall(r'"(samples/corpus/[^"]+\.jsonl)"', src[src.index("Corpora ="):src.index(";", src.index("Corpora ="))])
    weights = dict(re.findall(r'\("(samples/corpus/[^"]+)", ([0-9.]+)\)', src[src.index("Weights ="):]))
    l2 = re.search(r"const double L2 = ([0-9.e-]+);", src).group(1)
    threshold = re.search(r"const double Threshold = ([0-9.]+);", src)
    return corpora, weights, l2, threshold.group(1) if threshold else None


def patch_threshold(src, dst, t):
    """Copies a .clm model with its probability threshold replaced (docs/model.md, file format) and the checksum redone."""
    b = bytearray(open(src, "rb").read())
    assert b[:4] == b"CLMD", src
    offset = 6 + (1 + b[6] if struct.unpack_from("<H", b, 4)[0] == 2 else 0) + 2 + 4 + 4 + 24
    struct.pack_into("<d", b, offset, t)
    h = 0x811C9DC5
    for x in b[:-4]:
        h = ((h ^ x) * 0x01000193) & 0xFFFFFFFF
    struct.pack_into("<I", b, len(b) - 4, h)
    open(dst, "wb").write(b)


def overall(path):
    return json.load(open(path))["overall"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True, help="a CLI build directory (holding CreepLint.Cli.dll)")
    p.add_argument("--work", required=True, help="a scratch directory (one subdirectory per batch)")
    p.add_argument("--batches", nargs="*", help="id prefixes to hold out (default: every batch in the recipe's independent files)")
    p.add_argument("--thresholds", nargs="*", type=float, default=[], help="also score each fold's model at these thresholds")
    a = p.parse_args()
    cli = ["dotnet", os.path.join(os.path.abspath(a.cli), "CreepLint.Cli.dll")]
    corpora, weights, l2, threshold = recipe()
    independent = [c for c in corpora if os.path.basename(c).startswith("independent")]
    items = [json.loads(l) for c in independent for l in open(os.path.join(ROOT, c), encoding="utf-8")]
    # A batch with no creepy item (the all-clean writer of independent-2) always stays in training.
    batches = a.batches or sorted({i["id"].split("-")[0] for i in items if i["creepy"]})
    totals = {}
    for batch in batches:
        w = os.path.join(os.path.abspath(a.work), batch)
        shutil.rmtree(w, ignore_errors=True)
        held = []
        for c in corpora:
            os.makedirs(os.path.dirname(os.path.join(w, c)), exist_ok=True)
            with open(os.path.join(ROOT, c), encoding="utf-8") as f, open(os.path.join(w, c), "w", encoding="utf-8") as out:
                for line in f:
                    if c in independent and json.loads(line)["id"].startswith(batch + "-"):
                        held.append(line)
                    else:
                        out.write(line)
        open(os.path.join(w, "held.jsonl"), "w", encoding="utf-8").writelines(held)
        args = cli + ["train", *corpora] + [x for c, v in weights.items() for x in ("--weight", f"{c}={v}")] + ["--l2", l2, "-o", "m.clm"]
        if threshold:
            args += ["--threshold", threshold]
        with open(os.path.join(w, "train.log"), "w") as log:
            subprocess.run(args, cwd=w, stdout=log, stderr=subprocess.STDOUT, check=True)
        for t in [None] + a.thresholds:
            model = "m.clm" if t is None else f"m-{t}.clm"
            if t is not None:
                patch_threshold(os.path.join(w, "m.clm"), os.path.join(w, model), t)
            out = os.path.join(w, f"eval-{t or 'recipe'}.json")
            with open(out, "w") as f:
                subprocess.run(cli + ["eval", "held.jsonl", "--no-config", "--model", model, "-f", "json"], cwd=w, stdout=f, check=True)
            o = overall(out)
            s = totals.setdefault(t or "recipe", [0, 0, 0])
            s[0] += o["truePositives"]; s[1] += o["falsePositives"]; s[2] += o["falseNegatives"]
        for c in corpora:
            os.remove(os.path.join(w, c))
        print(batch, len(held), "held out", file=sys.stderr)
    for t, (tp, fp, fn) in totals.items():
        print(f"threshold {t}: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} (TP {tp} FP {fp} FN {fn})")


if __name__ == "__main__":
    main()
