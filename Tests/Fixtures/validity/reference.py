#!/usr/bin/env python3
"""Reference values for the validity statistics (Sources/HireKit/Analytics/Correlation.swift).

Run:  pip install scipy numpy
      python3 Tests/Fixtures/validity/reference.py > Tests/Fixtures/validity/expected.json

Writes fixture inputs (generated with a fixed seed, rounded so JSON holds them exactly) and what
scipy computes for them: Pearson r and its 95% interval (`pearsonr(x, y).confidence_interval()`,
the Fisher z interval), Spearman rho (`spearmanr`) and its 95% interval with the standard error
sqrt(1.06 / (n - 3)) of Fieller, Hartley and Pearson (1957). CI does not run this script: the Swift
tests (`ValidityStatisticsTests`) read the committed JSON and compare to 3 decimals.
"""
import json
import math

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261202)


def case(name, x, y):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    pr = stats.pearsonr(x, y)
    ci = pr.confidence_interval(confidence_level=0.95)
    rho = stats.spearmanr(x, y).statistic
    n = len(x)
    z = math.atanh(rho)
    se = math.sqrt(1.06 / (n - 3))
    q = stats.norm.ppf(0.975)
    return {
        "name": name,
        "x": x,
        "y": y,
        "pearson": float(pr.statistic),
        "pearsonLow": float(ci.low),
        "pearsonHigh": float(ci.high),
        "spearman": float(rho),
        "spearmanLow": math.tanh(z - q * se),
        "spearmanHigh": math.tanh(z + q * se),
    }


cases = []
# Interview scores (means of 1..4 ratings, two decimals) against days to ramp: higher scores ramp faster.
score = np.round(rng.uniform(2.0, 4.0, 25), 2)
days = np.round(120 - 18 * score + rng.normal(0, 9, 25))
cases.append(case("score-vs-days-n25", score, days))
# Whole-point ratings with many ties against quota attainment.
rating = rng.integers(1, 5, 40)
quota = np.round(0.55 + 0.12 * rating + rng.normal(0, 0.15, 40), 2)
cases.append(case("ties-vs-quota-n40", rating, quota))
# A binary outcome (ramped on plan) against a score: the point-biserial case.
score = np.round(rng.uniform(1.5, 4.0, 30), 2)
on_plan = (score + rng.normal(0, 0.8, 30) > 2.8).astype(int)
cases.append(case("score-vs-binary-n30", score, on_plan))
# Few hires: wide intervals.
score = np.round(rng.uniform(2.0, 4.0, 8), 2)
outcome = np.round(score * 0.5 + rng.normal(0, 0.6, 8), 2)
cases.append(case("small-n8", score, outcome))
# A source indicator (0/1) against an outcome, nothing to find.
source = rng.integers(0, 2, 60)
outcome = np.round(rng.normal(3, 0.5, 60), 2)
cases.append(case("indicator-n60", source, outcome))

print(json.dumps({"scipy": scipy.__version__, "numpy": np.__version__, "cases": cases}, indent=2, sort_keys=True))
