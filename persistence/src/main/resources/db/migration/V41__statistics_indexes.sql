-- The leaders' live counts read every column they need from these indexes (index-only scans where the database
-- has them): a month's running cases and parts lie scattered over the tables, one row in many pages.
DROP INDEX ix_application_accepted;
DROP INDEX ix_application_decided;
DROP INDEX ix_sub_application_decided;
DROP INDEX ix_sub_application_routed;
CREATE INDEX ix_application_accepted ON application (accepted_at, item_id);
CREATE INDEX ix_application_decided ON application (decided_at, item_id, status, on_time, working_days_used, accepted_at);
CREATE INDEX ix_sub_application_routed ON sub_application (routed_at, part, department_id, item_id);
CREATE INDEX ix_sub_application_decided ON sub_application (decided_at, part, status, department_id, item_id, on_time, working_days_used);
