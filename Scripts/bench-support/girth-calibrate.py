#!/usr/bin/env python3
"""girth's 2PL marginal maximum likelihood on an answer log, written in pixc's calibration format.
girth-calibrate.py ANSWERS.csv OUT.csv; prints the seconds girth's `twopl_mml` took."""
import csv, sys, time
import numpy as np
from girth import twopl_mml, tag_missing_data

answers, out = sys.argv[1], sys.argv[2]
learners, items, rows = {}, {}, []
with open(answers) as handle:
    for row in csv.DictReader(handle):
        l = learners.setdefault(row["learner"], len(learners))
        c = items.setdefault(row["challenge"], len(items))
        rows.append((c, l, 1 if row["result"] == "ok" else 0))
data = np.full((len(items), len(learners)), 2, dtype=int)
counts = np.zeros(len(items), dtype=int)
for c, l, x in rows:
    data[c, l] = x
    counts[c] += 1
data = tag_missing_data(data, [0, 1])
start = time.perf_counter()
result = twopl_mml(data)
seconds = time.perf_counter() - start
ids = sorted(items, key=items.get)
with open(out, "w") as handle:
    handle.write("challengeId,discrimination,difficulty,responses\n")
    for index, id in enumerate(ids):
        handle.write(f"{id},{result['Discrimination'][index]:.6f},{result['Difficulty'][index]:.6f},{counts[index]}\n")
print(f"{seconds:.3f}")
