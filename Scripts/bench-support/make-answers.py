#!/usr/bin/env python3
"""Synthetic answer logs with known 2PL parameters, for `Scripts/bench calibrate` and
`Scripts/bench-peers`. Deterministic for a seed.

  make-answers.py OUT.csv --items 300 --learners 5000 --per-learner 30 --design mcar|adaptive|complete
                  [--seed 1] [--truth TRUTH.csv] [--gzip]

Bank: discrimination log-normal(0, 0.3), difficulty N(0, 1); capacities N(0, 1).
mcar: each learner answers `per-learner` challenges drawn at random.
adaptive: a flash-like test: EAP capacity on 61 points over [-4, 4] with a N(0, 1) prior, then one
of the 5 most informative unanswered challenges at random (vectorised over learners).
complete: every learner answers every challenge.
"""
import argparse, gzip, sys
import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--items", type=int, default=300)
parser.add_argument("--learners", type=int, default=5000)
parser.add_argument("--per-learner", type=int, default=30)
parser.add_argument("--design", choices=["mcar", "adaptive", "complete"], default="mcar")
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--truth")
parser.add_argument("--gzip", action="store_true")
args = parser.parse_args()

rng = np.random.default_rng(args.seed)
I, N, K = args.items, args.learners, args.per_learner
a = np.exp(rng.normal(0, 0.3, I))
b = rng.normal(0, 1, I)
theta = rng.normal(0, 1, N)
ids = np.array([f"item-{j:05d}" for j in range(I)])

if args.design == "complete":
    items = np.tile(np.arange(I), (N, 1))
elif args.design == "mcar":
    # K distinct challenges per learner: the first K of a random permutation, by argsort of noise
    # in blocks to bound memory.
    items = np.empty((N, K), dtype=np.int64)
    block = max(1, 2_000_000 // I)
    for start in range(0, N, block):
        stop = min(N, start + block)
        items[start:stop] = np.argpartition(rng.random((stop - start, I)), K - 1, axis=1)[:, :K]
else:
    grid = np.linspace(-4, 4, 61)
    P = 1 / (1 + np.exp(-a[None, :] * (grid[:, None] - b[None, :])))  # nodes x items
    logP, logQ = np.log(P), np.log1p(-P)
    items = np.empty((N, K), dtype=np.int64)
    result = np.empty((N, K), dtype=bool)
    block = 2000
    for start in range(0, N, block):
        stop = min(N, start + block)
        n = stop - start
        logpost = np.tile(-grid ** 2 / 2, (n, 1))
        used = np.zeros((n, I), dtype=bool)
        for k in range(K):
            w = np.exp(logpost - logpost.max(axis=1, keepdims=True))
            est = (w * grid).sum(axis=1) / w.sum(axis=1)
            p = 1 / (1 + np.exp(-a[None, :] * (est[:, None] - b[None, :])))
            info = a[None, :] ** 2 * p * (1 - p)
            info[used] = -1
            top = np.argpartition(-info, 4, axis=1)[:, :5]
            pick = top[np.arange(n), rng.integers(0, 5, n)]
            used[np.arange(n), pick] = True
            items[start:stop, k] = pick
            pr = 1 / (1 + np.exp(-a[pick] * (theta[start:stop] - b[pick])))
            x = rng.random(n) < pr
            result[start:stop, k] = x
            logpost += np.where(x[:, None], logP[:, pick].T, logQ[:, pick].T)

if args.design != "adaptive":
    prob = 1 / (1 + np.exp(-a[items] * (theta[:, None] - b[items])))
    result = rng.random(items.shape) < prob
opener = gzip.open if args.gzip else open
with opener(args.out, "wt", encoding="utf-8", newline="") as out:
    out.write("learner,challenge,result\n")
    learner_ids = np.repeat(np.arange(N), items.shape[1])
    words = np.where(result.ravel(), "ok", "ko")
    chunk = 1_000_000
    flat_items = items.ravel()
    for start in range(0, flat_items.size, chunk):
        stop = min(flat_items.size, start + chunk)
        lines = [f"{l},{c},{w}\n" for l, c, w in zip(learner_ids[start:stop], ids[flat_items[start:stop]], words[start:stop])]
        out.write("".join(lines))
if args.truth:
    with open(args.truth, "w") as out:
        out.write("challengeId,discrimination,difficulty\n")
        for j in range(I):
            out.write(f"{ids[j]},{a[j]:.6f},{b[j]:.6f}\n")
print(f"{args.out}: {items.size} answers, {N} learners, {I} challenges ({args.design})", file=sys.stderr)
