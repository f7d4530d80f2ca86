#!/usr/bin/env python3
"""Fills a Hire workspace with N candidates with stage histories and self-identified
gender and age-band groups, for the fairness benchmark.

Usage: gen_fairness.py WORKSPACE N
The workspace must exist with roles loaded (`hire init`, `hire roles load Scorecards/`).
Rows are written straight into the tables `hire candidate add|move|set-group` fill,
with fictional names.
"""
import random
import sqlite3
import sys

path, count = sys.argv[1], int(sys.argv[2])
random.seed(7)
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
now = "2026-01-01 00:00:00.000"
role, version = db.execute("SELECT id, latestVersion FROM role ORDER BY id LIMIT 1").fetchone()
pipeline = ["applied", "screening", "interviewing", "offer", "hired"]
genders = [("woman", 0.45), ("man", 0.45), ("non-binary", 0.02), (None, 0.08)]
bands = ["under-30", "30-39", "40-49", "50-plus"]
with db:
    for i in range(count):
        gender = random.choices([g for g, _ in genders], [w for _, w in genders])[0]
        # Women pass screening a little less often, to give the report something to find.
        passes = [0.5 if gender != "woman" else 0.38, 0.5, 0.4, 0.8]
        reached = 0
        while reached < 4 and random.random() < passes[reached]:
            reached += 1
        final = pipeline[reached] if reached == 4 or random.random() < 0.2 else "rejected"
        cur = db.execute(
            "INSERT INTO candidate(name, email, emailKey, roleId, roleVersion, stage, erased, createdAt, updatedAt) "
            "VALUES (?,?,?,?,?,?,0,?,?)",
            (f"Candidate {i}", f"c{i}@example.net", f"c{i}@example.net", role, version, final, now, now))
        candidate = cur.lastrowid
        changes = [(candidate, None if k == 0 else pipeline[k - 1], pipeline[k]) for k in range(reached + 1)]
        if final == "rejected":
            changes.append((candidate, pipeline[reached], "rejected"))
        db.executemany(
            "INSERT INTO stageChange(candidateId, fromStage, toStage, reason, actor, at) VALUES (?,?,?,'bench','bench',?)",
            [c + (now,) for c in changes])
        groups = [("age-band", random.choice(bands))]
        if gender:
            groups.append(("gender", gender))
        db.executemany(
            "INSERT INTO candidateGroup(candidateId, dimension, value, recordedAt) VALUES (?,?,?,?)",
            [(candidate, d, v, now) for d, v in groups])
db.close()
print(f"{count} candidates with stage histories and group data written to {path}")
