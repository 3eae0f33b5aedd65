-- PostgreSQL only (application-postgres.properties adds this folder to Flyway's).
-- Autovacuum analyses a table once 50 rows plus a tenth of it have changed. A county's regions can be
-- fewer than 50 (the demo county has 7) and then never get statistics: the planner takes the region
-- table for 40 rows, expects one township where a county has several, and joins the county's cases
-- row by row. The dashboard's open-task read at 5,000 cases took 158 ms so, and 80-98 ms with the
-- table analysed (docs/benchmark.md). Analyse it after any change, and now.
alter table region set (autovacuum_analyze_threshold = 1, autovacuum_analyze_scale_factor = 0);
analyze region;
