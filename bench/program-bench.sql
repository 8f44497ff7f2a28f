-- Data of the coordinator-view benchmark (bench/program-bench.sh), loaded with psql into a database where the
-- application has already started in demo mode: 200 organizations of the province, one plan of this year with
-- 10 groups and 1,000 tasks (a lead and two coordinating organizations each, all kinds of deadline) and
-- 20,000 progress updates, so that the statuses spread as in the reports: most done, some late, some open, 8%
-- never started. Prints the plan's id as "plan=<id>".
\set ON_ERROR_STOP on
\set QUIET on
\pset tuples_only on
\pset format unaligned

SELECT unit_id AS unit, id AS issuer FROM organization WHERE code = 'TN-BTGDV' \gset
SELECT EXTRACT(YEAR FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year,
       (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today \gset

BEGIN;

INSERT INTO organization (code, name, short_name, sector, kind, unit_id, path, search_text, sort_key)
SELECT 'BENCH-' || lpad(g::text, 3, '0'), 'Cơ quan thử tải số ' || g, 'CQTT ' || g, 'STATE', 'DEPARTMENT', :unit, '/',
       'co quan thu tai so ' || g || ' cqtt ' || g || ' bench-' || lpad(g::text, 3, '0'),
       'co quan thu tai so ' || lpad(g::text, 3, '0')
FROM generate_series(1, 200) g;
UPDATE organization SET path = '/' || id || '/' WHERE code LIKE 'BENCH-%';
CREATE TEMP TABLE bench_org AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM organization WHERE code LIKE 'BENCH-%';

INSERT INTO plan (issuing_organization_id, plan_year, title, kind, created_at, created_by)
VALUES (:issuer, :year, 'Kế hoạch thử tải: 1.000 nhiệm vụ của 200 cơ quan', 'ANNUAL', now(), 'bench')
RETURNING id AS plan \gset

INSERT INTO task_group (plan_id, ordinal, title, weight)
SELECT :plan, g, 'Nhóm nhiệm vụ thử tải số ' || g, 1 FROM generate_series(1, 10) g;

-- one in twelve recurring (quarterly); the others by quarter, half-year, year or date
INSERT INTO task (plan_id, group_id, ordinal, title, expected_output, lead_organization_id, deadline_kind,
                  deadline_period, due_date, recurring_period, priority, weight, created_at, created_by)
SELECT :plan, grp.id, g, 'Nhiệm vụ thử tải số ' || g || ': triển khai công tác dân vận chính quyền tại cơ quan',
       'Báo cáo kết quả', o.id,
       CASE WHEN g % 12 = 7 THEN 'RECURRING' WHEN g % 4 = 0 THEN 'QUARTER' WHEN g % 4 = 1 THEN 'HALF_YEAR'
            WHEN g % 4 = 2 THEN 'YEAR' ELSE 'DATE' END,
       CASE WHEN g % 12 = 7 THEN NULL WHEN g % 4 = 0 THEN (g / 4) % 4 + 1 WHEN g % 4 = 1 THEN (g / 4) % 2 + 1 END,
       CASE WHEN g % 12 = 7 THEN make_date(:year, 12, 31)
            WHEN g % 4 = 0 THEN (make_date(:year, ((g / 4) % 4) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date
            WHEN g % 4 = 1 THEN CASE WHEN (g / 4) % 2 = 0 THEN make_date(:year, 6, 30) ELSE make_date(:year, 12, 31) END
            WHEN g % 4 = 2 THEN make_date(:year, 12, 31)
            ELSE make_date(:year, 1, 1) + (g * 37) % 365 END,
       CASE WHEN g % 12 = 7 THEN 'QUARTER' END,
       CASE WHEN g % 10 = 0 THEN 'HIGH' ELSE 'NORMAL' END, 1 + g % 3, now(), 'bench'
FROM generate_series(1, 1000) g
JOIN bench_org o ON o.n = (g - 1) % 200
JOIN task_group grp ON grp.plan_id = :plan AND grp.ordinal = (g - 1) % 10 + 1;

INSERT INTO task_coordinator (task_id, organization_id)
SELECT t.id, o.id FROM task t JOIN bench_org o ON o.n IN ((t.ordinal + 6) % 200, (t.ordinal + 52) % 200)
WHERE t.plan_id = :plan;

-- 920 tasks report (21 or 22 updates each, 20,000 in all), 80 never do. The last update of a task whose
-- ordinal ends in 0-5 is "done" on time, in 6 done late (when its deadline has passed), in 7-9 still open.
CREATE TEMP TABLE reporting AS
    SELECT row_number() OVER (ORDER BY t.ordinal) - 1 AS i, t.id, t.ordinal, t.due_date, t.deadline_kind,
           t.lead_organization_id
    FROM task t WHERE t.plan_id = :plan AND t.ordinal % 25 NOT IN (1, 2);
SELECT count(*) AS reporting FROM reporting \gset

INSERT INTO progress_update (task_id, reported_on, percent_done, milestone, note, done, reported_by, organization_id,
                             created_at)
SELECT r.id, d.reported_on,
       CASE WHEN c.last AND c.done THEN 100 ELSE least(95, c.k * (CASE WHEN r.ordinal % 10 <= 6 THEN 95 ELSE 80 END) / c.n) END,
       CASE WHEN c.k % 5 = 0 THEN 'Hoàn thành bước ' || (c.k / 5) END,
       'Báo cáo tiến độ lần ' || c.k || ' của nhiệm vụ thử tải số ' || r.ordinal,
       c.last AND c.done, 'bench', r.lead_organization_id, d.reported_on + time '16:00' AT TIME ZONE 'Asia/Ho_Chi_Minh'
FROM generate_series(0, 19999) u
JOIN reporting r ON r.i = u % :reporting
CROSS JOIN LATERAL (
    SELECT u / :reporting + 1 AS k,
           20000 / :reporting + CASE WHEN r.i < 20000 % :reporting THEN 1 ELSE 0 END AS n,
           r.ordinal % 10 <= 6 AND r.deadline_kind <> 'RECURRING' AS done,
           u / :reporting + 1 = 20000 / :reporting + CASE WHEN r.i < 20000 % :reporting THEN 1 ELSE 0 END AS last) c
CROSS JOIN LATERAL (
    SELECT CASE WHEN r.ordinal % 10 = 6 AND r.due_date + 15 < :'today'::date THEN r.due_date + 15
                ELSE least(r.due_date, :'today'::date) END AS until) e
CROSS JOIN LATERAL (
    SELECT make_date(:year, 1, 5) + ((e.until - make_date(:year, 1, 5)) * c.k / c.n)::int AS reported_on) d;

COMMIT;
ANALYZE organization;
ANALYZE task;
ANALYZE task_coordinator;
ANALYZE progress_update;

SELECT 'plan=' || :plan;
SELECT 'tasks=' || count(*) FROM task WHERE plan_id = :plan;
SELECT 'updates=' || count(*) FROM progress_update u JOIN task t ON t.id = u.task_id WHERE t.plan_id = :plan;
