-- Adds to a copy of the slate benchmark workspace (100,000 candidates, see slate-generate.sql)
-- what the team-server benchmark needs: 50 interviewers (people 5 to 54) and 1,000 interviews,
-- 20 each, held 1 to 20 hours before the run (so every one owes its scorecard). Interview j
-- (0 to 999) is candidate j + 1, round j mod 4, interviewer 5 + j mod 50. Logins are added
-- afterwards with `hire user add --password-stdin` (bcrypt), as a real set-up would.
-- For issue 18's pages: a hiring manager (person 55) and a recruiter (person 56), and opening
-- BENCH-1000 of role bench-ae managed by person 55 with candidates 50,001 to 51,000 (none of them
-- interviewed by the 50 interviewers, so the submit loop leaves its slate as it was).
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 5 UNION ALL SELECT i + 1 FROM n WHERE i < 54)
INSERT INTO person (id, name, email, emailKey, createdAt)
SELECT i, 'Interviewer ' || i, 'i' || i || '@example.com', 'i' || i || '@example.com', '2026-01-01 00:00:00.000' FROM n;
WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < 999),
     rounds(k, id) AS (VALUES (0, 'screen'), (1, 'manager'), (2, 'role-play'), (3, 'panel'))
INSERT INTO interview (candidateId, roundId, interviewerId, at, actor, createdAt)
SELECT n.j + 1, r.id, 5 + n.j % 50,
       strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || (1 + n.j / 50) || ' hours'), 'bench', '2026-01-01 00:00:00.000'
FROM n JOIN rounds r ON r.k = n.j % 4;
INSERT INTO person (id, name, email, emailKey, createdAt) VALUES
  (55, 'Hiring Manager 55', 'm55@example.com', 'm55@example.com', '2026-01-01 00:00:00.000'),
  (56, 'Recruiter 56', 'r56@example.com', 'r56@example.com', '2026-01-01 00:00:00.000');
INSERT INTO opening (id, roleId, title, status, createdAt, managerId, headcount)
VALUES ('BENCH-1000', 'bench-ae', 'Account Executive (benchmark, 1,000 candidates)', 'open', '2026-01-01 00:00:00.000', 55, 1);
UPDATE candidate SET openingId = 'BENCH-1000' WHERE id BETWEEN 50001 AND 51000;
COMMIT;
