-- The two aggregates PetitionStatistics runs for a province user and the year 2025 (as StatisticsRepository builds them).
-- psql -h 127.0.0.1 -U postgres -d danvan_statsbench -f queries.sql | grep 'Execution Time'
\timing on
-- petitions, one year, province user (unit visibility) + unit filter
EXPLAIN (ANALYZE) SELECT p.unit_path, p.category, p.field, p.channel, COUNT(*),
 SUM(CASE WHEN p.status <> 'RECEIVED' THEN 1 ELSE 0 END), SUM(CASE WHEN p.status = 'RECEIVED' THEN 1 ELSE 0 END),
 SUM(CASE WHEN p.status IN ('ACCEPTED','ATTACHED','TRANSFERRED','GUIDED') THEN 1 ELSE 0 END), SUM(CASE WHEN p.status = 'ACCEPTED' THEN 1 ELSE 0 END),
 SUM(CASE WHEN p.status = 'ATTACHED' THEN 1 ELSE 0 END), SUM(CASE WHEN p.status = 'TRANSFERRED' THEN 1 ELSE 0 END),
 SUM(CASE WHEN p.status = 'GUIDED' THEN 1 ELSE 0 END), SUM(CASE WHEN p.status = 'ARCHIVED' THEN 1 ELSE 0 END), SUM(CASE WHEN p.crowd = TRUE THEN 1 ELSE 0 END)
FROM petition p WHERE p.received_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND (p.unit_path LIKE '/19/%') AND p.unit_path LIKE '/19/%'
GROUP BY p.unit_path, p.category, p.field, p.channel;

EXPLAIN (ANALYZE) SELECT c.unit_path, c.category, c.field, SUM(CASE WHEN c.accepted_on < DATE '2025-01-01' THEN 1 ELSE 0 END),
 SUM(CASE WHEN c.accepted_on >= DATE '2025-01-01' THEN 1 ELSE 0 END), COUNT(*),
 SUM(CASE WHEN c.concluded_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' THEN 1 ELSE 0 END),
 SUM(CASE WHEN c.concluded_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND (c.due_date IS NULL OR c.concluded_on <= c.due_date) THEN 1 ELSE 0 END),
 SUM(CASE WHEN c.concluded_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND c.due_date IS NOT NULL AND c.concluded_on > c.due_date THEN 1 ELSE 0 END),
 SUM(CASE WHEN (c.concluded_on IS NULL OR c.concluded_on > DATE '2025-12-31') THEN 1 ELSE 0 END),
 SUM(CASE WHEN (c.concluded_on IS NULL OR c.concluded_on > DATE '2025-12-31') AND c.status <> 'SUSPENDED' AND c.due_date < DATE '2025-12-31' THEN 1 ELSE 0 END),
 SUM(CASE WHEN c.concluded_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND c.satisfaction IS NOT NULL THEN 1 ELSE 0 END),
 SUM(CASE WHEN c.concluded_on BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND c.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END)
FROM petition_case c WHERE c.accepted_on <= DATE '2025-12-31' AND (c.concluded_on IS NULL OR c.concluded_on >= DATE '2025-01-01')
 AND c.unit_path LIKE '/19/%' AND c.unit_path LIKE '/19/%' GROUP BY c.unit_path, c.category, c.field;
