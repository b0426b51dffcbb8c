-- Stages inside departments: each item defines, per department, its stages (role, time limit,
-- permitted actions, countersigning); a sub-application carries its current stage, handler and
-- stopped clock. The lead department's own final stages are a part of the case too (part = LEAD).

CREATE TABLE item_stage (
    item_id         BIGINT       NOT NULL,
    list_index      INTEGER      NOT NULL,
    department_id   BIGINT       NOT NULL,
    stage_name      VARCHAR(32)  NOT NULL,
    stage_role      VARCHAR(32)  NOT NULL,
    limit_amount    INTEGER      NOT NULL,
    limit_unit      VARCHAR(16)  NOT NULL,
    countersign     VARCHAR(8)   NOT NULL,
    allowed_actions VARCHAR(200) NOT NULL,
    CONSTRAINT pk_item_stage PRIMARY KEY (item_id, list_index),
    CONSTRAINT fk_item_stage_item FOREIGN KEY (item_id) REFERENCES service_item (id),
    CONSTRAINT fk_item_stage_department FOREIGN KEY (department_id) REFERENCES department (id)
);

ALTER TABLE service_item ADD COLUMN review_mode VARCHAR(16) DEFAULT 'NOTIFY' NOT NULL;
ALTER TABLE service_item ADD COLUMN refusal_rule VARCHAR(24) DEFAULT 'LEAD_DECIDES' NOT NULL;

ALTER TABLE sub_application ADD COLUMN part VARCHAR(16) DEFAULT 'COOPERATING' NOT NULL;
ALTER TABLE sub_application ADD COLUMN public_note VARCHAR(2000);
ALTER TABLE sub_application ADD COLUMN stage_index INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sub_application ADD COLUMN stage_name VARCHAR(32) DEFAULT '审批' NOT NULL;
ALTER TABLE sub_application ADD COLUMN stage_role VARCHAR(32) DEFAULT 'DEPARTMENT_CLERK' NOT NULL;
ALTER TABLE sub_application ADD COLUMN stage_started_at TIMESTAMP;
ALTER TABLE sub_application ADD COLUMN stage_deadline DATE;
ALTER TABLE sub_application ADD COLUMN assignee VARCHAR(64);
ALTER TABLE sub_application ADD COLUMN clock_stopped_at TIMESTAMP;
ALTER TABLE sub_application ADD COLUMN suspension_kind VARCHAR(16);
ALTER TABLE sub_application ADD COLUMN planned_resumption DATE;
ALTER TABLE sub_application ADD COLUMN stopped_working_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sub_application ADD COLUMN rounds INTEGER DEFAULT 0 NOT NULL;
-- the work list: a department's open tasks of a role, nearest stage deadline first
CREATE INDEX ix_sub_application_tasks ON sub_application (department_id, stage_role, status, stage_deadline);

CREATE TABLE sub_application_signature (
    sub_application_id BIGINT      NOT NULL,
    list_index         INTEGER     NOT NULL,
    handler            VARCHAR(64) NOT NULL,
    signed_at          TIMESTAMP,
    CONSTRAINT pk_sub_application_signature PRIMARY KEY (sub_application_id, list_index),
    CONSTRAINT fk_sub_application_signature FOREIGN KEY (sub_application_id) REFERENCES sub_application (id)
);

ALTER TABLE application ADD COLUMN stopped_clocks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE application ADD COLUMN clock_stopped_at TIMESTAMP;
ALTER TABLE application ADD COLUMN stopped_working_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE application ADD COLUMN supplement_requested_by VARCHAR(200);

-- whose work an audit record is about, so a department's staff see their own department's opinions
ALTER TABLE audit_record ADD COLUMN department VARCHAR(32);
