#!/usr/bin/env python3
"""Agreement of zwk indicators with the R data.table script on the scaled workload (issue 10):
population, youth and old-age ratio, total dependency ratio and median age within 0.1 in every row.
Mean age is left out on purpose: pandas takes the open band 75+ as 75-90, data.table and zwk as
75-85 (zwk: --open-band-width, default 10). Usage: agree.py ZWK.csv DATATABLE.csv"""
import csv, sys
cols = ["population", "youth_ratio", "old_age_ratio", "total_dependency_ratio", "median_age"]
def load(p):
    with open(p, encoding="utf-8", errors="replace", newline="") as f:  # names are not compared
        r = csv.DictReader(f, delimiter=";")
        out = {}
        for row in r:
            d = row["date"]
            if "." in d:  # dd.mm.yyyy (data.table keeps the file's date)
                d = d[6:10] + "-" + d[3:5] + "-" + d[0:2]
            out[(row["key"].zfill(5), d)] = row
        return out
z, t = load(sys.argv[1]), load(sys.argv[2])
worst = {c: 0.0 for c in cols}
bad = 0
missing = len(set(t) ^ set(z))
for k, row in t.items():
    if k not in z:
        continue
    for c in cols:
        a, b = z[k][c], row[c]
        if a == "" or b in ("", "NA"):
            if (a == "") != (b in ("", "NA")):
                bad += 1
            continue
        d = abs(float(a) - float(b))
        worst[c] = max(worst[c], d)
        if d > 0.1 + 1e-9:
            bad += 1
print("agreement with data.table on %d rows (%d keys in only one file): %s; rows beyond 0.1: %d"
      % (len(t), missing, ", ".join("%s max |diff| %.2f" % (c, worst[c]) for c in cols), bad))
