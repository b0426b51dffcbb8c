-- Parallel approval: one sub-application per cooperating department, routed over JMS; the lead
-- department collects the decisions and decides last. processed_message makes listeners idempotent.

CREATE SEQUENCE sub_application_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sub_application (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    department_id   BIGINT        NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    limit_amount    INTEGER       NOT NULL,
    limit_unit      VARCHAR(16)   NOT NULL,
    deadline        DATE          NOT NULL,
    routed_at       TIMESTAMP     NOT NULL,
    received_at     TIMESTAMP,
    decided_at      TIMESTAMP,
    decided_by      VARCHAR(64),
    opinion         VARCHAR(2000),
    collected_at    TIMESTAMP,
    version         INTEGER       NOT NULL,
    CONSTRAINT uk_sub_application UNIQUE (application_id, department_id),
    CONSTRAINT fk_sub_application_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_sub_application_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_sub_application_work ON sub_application (department_id, status, deadline);

CREATE TABLE processed_message (
    idempotency_key VARCHAR(128) NOT NULL PRIMARY KEY,
    message_type    VARCHAR(64)  NOT NULL,
    processed_at    TIMESTAMP    NOT NULL
);

ALTER TABLE application ADD COLUMN collected_at TIMESTAMP;
ALTER TABLE application ADD COLUMN decision_opinion VARCHAR(2000);
