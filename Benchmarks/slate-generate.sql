-- Fills a fresh workspace (with Benchmarks/slate-role.yaml loaded) with 100,000 candidates of
-- role bench-ae, 4 interviewers, 4 scorecards per candidate and 8 ratings per scorecard (3.2M ratings).
-- Deterministic: every value is a function of the row numbers.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO person (id, name, email, emailKey, createdAt) VALUES
  (1, 'Interviewer 1', 'i1@example.com', 'i1@example.com', '2026-01-01 00:00:00.000'),
  (2, 'Interviewer 2', 'i2@example.com', 'i2@example.com', '2026-01-01 00:00:00.000'),
  (3, 'Interviewer 3', 'i3@example.com', 'i3@example.com', '2026-01-01 00:00:00.000'),
  (4, 'Interviewer 4', 'i4@example.com', 'i4@example.com', '2026-01-01 00:00:00.000');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO candidate (id, name, roleId, roleVersion, stage, erased, createdAt, updatedAt)
SELECT i, 'Candidate ' || i, 'bench-ae', 1, 'interviewing', 0, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM n;
WITH rounds(k, id) AS (VALUES (1, 'screen'), (2, 'manager'), (3, 'role-play'), (4, 'panel'))
INSERT INTO scorecard (id, candidateId, roleId, roleVersion, roundId, interviewerId, version, supersedes, recommendation, submittedAt, actor)
SELECT (c.id - 1) * 4 + r.k, c.id, 'bench-ae', 1, r.id, r.k, 1, NULL,
       CASE (c.id * 7 + r.k) % 4 WHEN 0 THEN 'strong-no' WHEN 1 THEN 'no' WHEN 2 THEN 'yes' ELSE 'strong-yes' END,
       '2026-01-01 00:00:00.000', 'bench'
FROM candidate c, rounds r ORDER BY 1;
WITH competencies(k, id) AS (VALUES (1, 'discovery'), (2, 'demo'), (3, 'objections'), (4, 'closing'),
                                    (5, 'market'), (6, 'methodology'), (7, 'coachability'), (8, 'grit'))
INSERT INTO rating (scorecardId, competencyId, value, skipReason, evidence)
SELECT s.id, k.id, 1 + (s.id * 31 + k.k * 17 + s.id / 7) % 4, NULL, NULL
FROM scorecard s, competencies k ORDER BY s.id, k.id;
COMMIT;
ANALYZE;
