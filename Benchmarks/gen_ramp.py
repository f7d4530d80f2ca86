#!/usr/bin/env python3
"""Fills a Hire workspace with N active new hires of 20 milestones each, for the ramp-status benchmark.

Usage: gen_ramp.py WORKSPACE N
The workspace must exist with roles loaded (`hire init`, `hire roles load Scorecards/`).
Rows are written straight into the tables `hire decide` fills, with fictional names.
"""
import datetime
import random
import sqlite3
import sys

path, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
now = "2026-01-01 00:00:00.000"
role, version = db.execute("SELECT id, latestVersion FROM role ORDER BY id LIMIT 1").fetchone()
managers = []
for m in range(50):
    cur = db.execute(
        "INSERT INTO person(name, email, emailKey, title, createdAt) VALUES (?,?,?,?,?)",
        (f"Manager {m}", f"manager{m}@example.com", f"manager{m}@example.com", "Sales Manager", now))
    managers.append(cur.lastrowid)
start0 = datetime.date(2026, 1, 5)
owners = ["hr", "manager", "mentor", "new_hire"]
with db:
    for i in range(count):
        cur = db.execute(
            "INSERT INTO candidate(name, email, emailKey, roleId, roleVersion, stage, erased, createdAt, updatedAt) "
            "VALUES (?,?,?,?,?,'hired',0,?,?)",
            (f"New Hire {i}", f"hire{i}@example.net", f"hire{i}@example.net", role, version, now, now))
        candidate = cur.lastrowid
        start = start0 + datetime.timedelta(days=random.randrange(0, 120))
        cur = db.execute(
            "INSERT INTO newHire(candidateId, roleId, roleVersion, hiredOn, startDate, managerId, businessDays, focusAreas, createdAt) "
            "VALUES (?,?,?,?,?,?,0,'[]',?)",
            (candidate, role, version, start.isoformat(), start.isoformat(), random.choice(managers), now))
        hire = cur.lastrowid
        rows = []
        for k in range(20):
            due = start + datetime.timedelta(days=1 + k * 5)
            done = random.random() < 0.4
            after = f'["m{k - 1}"]' if k > 0 else "[]"
            rows.append((hire, f"m{k}", f"Milestone {k}", owners[k % 4], due.isoformat(), after,
                         "done" if done else "open", due.isoformat() if done else None))
        db.executemany(
            "INSERT INTO rampMilestone(newHireId, milestoneId, title, owner, dueDate, competencies, after, priority, state, completedOn) "
            "VALUES (?,?,?,?,?,'[]',?,0,?,?)", rows)
db.close()
print(f"{count} new hires x 20 milestones written to {path}")
