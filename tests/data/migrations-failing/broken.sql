-- A deliberately failing migration for tests/storage/tst_database.cpp. The test copies the
-- shipped migrations into a temporary folder and adds this file as the next number.
-- It changes data and creates a table first, so the test can prove the rollback undid both.
CREATE TABLE half_done (x INTEGER);
INSERT INTO half_done (x) VALUES (1);
UPDATE artists SET stage_name = 'CHANGED BY A BROKEN MIGRATION';
INSERT INTO table_that_does_not_exist (x) VALUES (1);
