#!/usr/bin/env python3
"""Reference values for the calibration statistics in Tests/HireKitTests/Calibration.

Run:  pip install krippendorff pingouin  (scipy and numpy come with them)
      python3 Tests/Fixtures/calibration/reference.py

Prints every value the Swift tests pin, to three decimals (more for p-values).
Sources: krippendorff 0.9 (Krippendorff's alpha), pingouin 0.7 (ICC2 / ICC2k),
scipy.stats (fisher_exact, t.ppf).
"""
import math

import krippendorff
import numpy as np
import pandas as pd
import pingouin as pg
from scipy import stats

nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers x 12 units, missing values. Published: nominal .743, ordinal .815, interval .849.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]

# A hiring panel on a 1..4 scale: 5 interviewers x 10 candidates, each candidate seen by 2-4.
PANEL = [
    [3, 2, nan, 4, 1, nan, 3, 2, nan, 4],
    [3, nan, 2, 4, 2, 3, nan, 2, 1, nan],
    [nan, 2, 2, nan, 1, 3, 4, nan, 1, 3],
    [4, 3, nan, 3, nan, 2, 3, 3, nan, 4],
    [nan, nan, 3, nan, 2, nan, nan, 1, 2, nan],
]

# Poor agreement on a 1..5 scale: 3 raters x 8 units, complete.
POOR = [
    [1, 5, 2, 4, 3, 5, 1, 2],
    [4, 2, 5, 1, 3, 2, 5, 4],
    [2, 3, 1, 5, 4, 1, 3, 5],
]

# Good agreement on a 1..4 scale, complete: 3 raters x 8 units.
GOOD = [
    [1, 2, 3, 4, 4, 2, 1, 3],
    [1, 2, 3, 4, 3, 2, 2, 3],
    [2, 2, 3, 4, 4, 1, 1, 3],
]

# Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges. Published ICC(2,1) = .29, ICC(2,4) = .62.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


def alphas(name, raters_by_units):
    data = np.array(raters_by_units, dtype=float)
    for metric in ("nominal", "ordinal", "interval"):
        value = krippendorff.alpha(reliability_data=data, level_of_measurement=metric)
        print(f"alpha {name} {metric}: {value:.3f}")


# pingouin 0.7 names the two-way random, absolute-agreement ICCs "ICC(A,1)" and "ICC(A,k)"
# (McGraw & Wong); older versions call them "ICC2" and "ICC2k".
ICC21, ICC2K = ("ICC(A,1)", "ICC(A,k)")


def icc(name, units_by_raters):
    rows = []
    for unit, ratings in enumerate(units_by_raters):
        for rater, value in enumerate(ratings):
            rows.append({"unit": unit, "rater": rater, "rating": value})
    table = pg.intraclass_corr(data=pd.DataFrame(rows), targets="unit", raters="rater", ratings="rating").set_index("Type")
    if ICC21 not in table.index:
        table = table.rename(index={"ICC2": ICC21, "ICC2k": ICC2K})
    print(f"icc {name} ICC(2,1): {table.loc[ICC21, 'ICC']:.3f}  ICC(2,k): {table.loc[ICC2K, 'ICC']:.3f}")


alphas("K2011", K2011)
alphas("PANEL", PANEL)
alphas("POOR", POOR)
alphas("GOOD", GOOD)
icc("SHROUT_FLEISS", SHROUT_FLEISS)
icc("POOR", [list(u) for u in zip(*POOR)])
icc("GOOD", [list(u) for u in zip(*GOOD)])

# Fisher's exact test, two-sided, [[a, b], [c, d]].
for table in ([3, 1, 1, 3], [8, 2, 1, 5], [1, 9, 11, 3], [10, 0, 0, 10], [0, 5, 5, 0], [2, 7, 8, 2],
              [12, 5, 20, 3], [4, 16, 9, 11], [0, 0, 3, 4], [45, 55, 60, 40]):
    a, b, c, d = table
    _, p = stats.fisher_exact([[a, b], [c, d]], alternative="two-sided")
    print(f"fisher {table}: {p:.6f}")

# Student t two-sided 95% critical values.
for df in (1, 2, 3, 5, 10, 29, 100):
    print(f"t.ppf(0.975, {df}): {stats.t.ppf(0.975, df):.6f}")
print(f"t.cdf(-1.5, 7): {stats.t.cdf(-1.5, 7):.6f}")

# Leniency on the PANEL: each interviewer's rating minus the mean of the others' on the same unit.
panel = np.array(PANEL, dtype=float)
for rater in range(panel.shape[0]):
    diffs = []
    for unit in range(panel.shape[1]):
        own = panel[rater, unit]
        others = [panel[r, unit] for r in range(panel.shape[0]) if r != rater and not math.isnan(panel[r, unit])]
        if not math.isnan(own) and others:
            diffs.append(own - sum(others) / len(others))
    diffs = np.array(diffs)
    mean = diffs.mean()
    half = stats.t.ppf(0.975, len(diffs) - 1) * diffs.std(ddof=1) / math.sqrt(len(diffs))
    print(f"leniency PANEL rater {rater}: n={len(diffs)} mean={mean:.3f} ci=[{mean - half:.3f}, {mean + half:.3f}]")

# Adverse impact: 48 of 80 men and 12 of 40 women pass a step.
_, p = stats.fisher_exact([[12, 28], [48, 32]])
print(f"impact women: rate 0.300 vs 0.600, ratio {0.3 / 0.6:.3f}, fisher {p:.6f}")
