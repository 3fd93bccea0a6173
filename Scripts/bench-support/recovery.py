#!/usr/bin/env python3
"""Recovery of estimated parameters against the truth: recovery.py TRUTH.csv ESTIMATES.csv [--min-answers N]
Both files have challengeId, discrimination, difficulty (pixc's calibration format); a
`responses` column in ESTIMATES filters challenges with fewer answers. Prints one line."""
import csv, sys
import numpy as np

truth_path, estimate_path = sys.argv[1], sys.argv[2]
minimum = int(sys.argv[sys.argv.index("--min-answers") + 1]) if "--min-answers" in sys.argv else 0
truth = {row["challengeId"]: row for row in csv.DictReader(open(truth_path))}
pairs = []
for row in csv.DictReader(open(estimate_path)):
    if row["challengeId"] in truth and int(row.get("responses") or minimum) >= minimum:
        t = truth[row["challengeId"]]
        pairs.append((float(t["discrimination"]), float(row["discrimination"]), float(t["difficulty"]), float(row["difficulty"])))
p = np.array(pairs)
def stats(x, y):
    slope = np.polyfit(x, y, 1)[0]
    return np.corrcoef(x, y)[0, 1], slope, np.sqrt(np.mean((x - y) ** 2))
ca, sa, ra = stats(p[:, 0], p[:, 1])
cb, sb, rb = stats(p[:, 2], p[:, 3])
print(f"{len(p)} challenges: a corr {ca:.3f} RMSE {ra:.3f}; b corr {cb:.3f} slope {sb:.3f} RMSE {rb:.3f}")
