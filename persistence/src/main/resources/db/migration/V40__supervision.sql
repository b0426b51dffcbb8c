-- Electronic supervision (电子监察): card rules an administrator configures, the cards raised (one per cause:
-- a unique key), the day each running stage task and case is next due a look (so the scan reads only what
-- crossed a threshold), fees collected at the lead window, urging notices, ratings with their follow-ups,
-- complaints, the weights of the department scores, and monthly summary rows for the leaders' statistics.

CREATE SEQUENCE supervision_card_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE fee_payment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE urging_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE rating_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE receipt_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE complaint_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE urging_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE card_rule (
    cause          VARCHAR(32)  NOT NULL PRIMARY KEY,
    enabled        BOOLEAN      NOT NULL,
    share_percent  INTEGER,
    days_before    INTEGER,
    working_days   INTEGER,
    min_length     INTEGER,
    changed_by     VARCHAR(64)  NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    version        INTEGER      NOT NULL
);

CREATE TABLE supervision_card (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    cause_key          VARCHAR(160)  NOT NULL,
    cause              VARCHAR(32)   NOT NULL,
    color              VARCHAR(8)    NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    application_number VARCHAR(32),
    sub_application_id BIGINT,
    subject_ref        VARCHAR(64),
    department_code    VARCHAR(32)   NOT NULL,
    item_code          VARCHAR(32),
    stage_name         VARCHAR(32),
    responsible        VARCHAR(64),
    due_date           DATE,
    raised_at          TIMESTAMP     NOT NULL,
    raised_by          VARCHAR(64)   NOT NULL,
    closed_at          TIMESTAMP,
    closed_reason      VARCHAR(200),
    detail             VARCHAR(1000),
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_supervision_card_cause UNIQUE (cause_key)
);
CREATE INDEX ix_card_status ON supervision_card (status, color, department_code);
CREATE INDEX ix_card_raised ON supervision_card (raised_at);
CREATE INDEX ix_card_sub_application ON supervision_card (sub_application_id, status);
CREATE INDEX ix_card_application ON supervision_card (application_number);

-- the next day a card may fall due for the task's current stage (its yellow day, then the day after its
-- deadline); NULL while the clock is stopped or nothing more can fall due
ALTER TABLE sub_application ADD COLUMN watch_date DATE;
CREATE INDEX ix_sub_application_watch ON sub_application (watch_date);
ALTER TABLE application ADD COLUMN watch_date DATE;
CREATE INDEX ix_application_watch ON application (watch_date);
-- what a finished case or part took, measured when it is decided: working days used (the clock's stops not
-- counted) and whether it was on time, so statistics add them up instead of counting days per row
ALTER TABLE application ADD COLUMN working_days_used INTEGER;
ALTER TABLE application ADD COLUMN on_time BOOLEAN;
ALTER TABLE sub_application ADD COLUMN working_days_used INTEGER;
ALTER TABLE sub_application ADD COLUMN on_time BOOLEAN;
CREATE INDEX ix_sub_application_decided ON sub_application (decided_at);
CREATE INDEX ix_sub_application_routed ON sub_application (routed_at);
-- statistics by period read cases by acceptance and decision
CREATE INDEX ix_application_accepted ON application (accepted_at);
CREATE INDEX ix_application_decided ON application (decided_at);
CREATE INDEX ix_application_submitted ON application (submitted_at);

CREATE TABLE fee_payment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    receipt_number     VARCHAR(32)   NOT NULL,
    application_id     BIGINT        NOT NULL,
    application_number VARCHAR(32)   NOT NULL,
    department_code    VARCHAR(32)   NOT NULL,
    item_code          VARCHAR(32)   NOT NULL,
    total              DECIMAL(12,2) NOT NULL,
    collected_by       VARCHAR(64)   NOT NULL,
    collected_at       TIMESTAMP     NOT NULL,
    path               VARCHAR(16)   NOT NULL,
    override_reason    VARCHAR(500),
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_fee_payment_receipt UNIQUE (receipt_number),
    CONSTRAINT uk_fee_payment_application UNIQUE (application_id),
    CONSTRAINT fk_fee_payment_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_fee_payment_collected ON fee_payment (collected_at);

CREATE TABLE fee_payment_line (
    fee_payment_id BIGINT        NOT NULL,
    list_index     INTEGER       NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    scheduled      DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_fee_payment_line PRIMARY KEY (fee_payment_id, list_index),
    CONSTRAINT fk_fee_payment_line FOREIGN KEY (fee_payment_id) REFERENCES fee_payment (id)
);

CREATE TABLE urging (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    urging_number      VARCHAR(32)   NOT NULL,
    application_number VARCHAR(32)   NOT NULL,
    department_code    VARCHAR(32)   NOT NULL,
    item_code          VARCHAR(32)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    answer_by          DATE          NOT NULL,
    issued_by          VARCHAR(64)   NOT NULL,
    issued_at          TIMESTAMP     NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    acknowledged_by    VARCHAR(64),
    acknowledged_at    TIMESTAMP,
    answer             VARCHAR(2000),
    answered_by        VARCHAR(64),
    answered_at        TIMESTAMP,
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_urging_number UNIQUE (urging_number)
);
CREATE INDEX ix_urging_application ON urging (application_number);
CREATE INDEX ix_urging_department ON urging (department_code, issued_at);
CREATE INDEX ix_urging_open ON urging (status, answer_by);

CREATE TABLE rating (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    application_id     BIGINT        NOT NULL,
    application_number VARCHAR(32)   NOT NULL,
    department_code    VARCHAR(32)   NOT NULL,
    item_code          VARCHAR(32)   NOT NULL,
    grade              VARCHAR(24)   NOT NULL,
    score              INTEGER       NOT NULL,
    rating_comment     VARCHAR(1000),
    rated_at           TIMESTAMP     NOT NULL,
    follow_up_status   VARCHAR(16),
    follow_up_due      DATE,
    follow_up_answer   VARCHAR(2000),
    follow_up_by       VARCHAR(64),
    follow_up_at       TIMESTAMP,
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_rating_application UNIQUE (application_id),
    CONSTRAINT fk_rating_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_rating_department ON rating (department_code, rated_at);
CREATE INDEX ix_rating_follow_up ON rating (follow_up_status, follow_up_due);

CREATE TABLE complaint (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    complaint_number   VARCHAR(32)   NOT NULL,
    query_code         VARCHAR(16)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    complainant_name   VARCHAR(100)  NOT NULL,
    complainant_phone  VARCHAR(32)   NOT NULL,
    application_number VARCHAR(32),
    department_code    VARCHAR(32)   NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    filed_at           TIMESTAMP     NOT NULL,
    step_due           DATE,
    handler            VARCHAR(64),
    findings           VARCHAR(4000),
    upheld             BOOLEAN,
    decision           VARCHAR(2000),
    reply              VARCHAR(2000),
    decided_at         TIMESTAMP,
    replied_at         TIMESTAMP,
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_complaint_number UNIQUE (complaint_number)
);
CREATE INDEX ix_complaint_status ON complaint (status, step_due);
CREATE INDEX ix_complaint_department ON complaint (department_code, filed_at);

CREATE TABLE performance_weight (
    measure    VARCHAR(24) NOT NULL PRIMARY KEY,
    weight     DECIMAL(6,2) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    changed_at TIMESTAMP   NOT NULL,
    version    INTEGER     NOT NULL
);

-- corrections and supplements asked for in a month, for the department scores
CREATE INDEX ix_audit_action ON audit_record (action, occurred_at);

-- The leaders' statistics of closed months: one row per month, department, item and kind of work (CASE: the
-- lead department's cases; PART: a cooperating department's sub-applications), written once the month is over,
-- so a month view adds up a few rows instead of a month of cases. The current month is counted live.
CREATE TABLE statistics_month (
    month_start       DATE          NOT NULL,
    department_code   VARCHAR(32)   NOT NULL,
    item_code         VARCHAR(32)   NOT NULL,
    work_kind         VARCHAR(8)    NOT NULL,
    accepted          INTEGER       NOT NULL,
    completed         INTEGER       NOT NULL,
    on_time           INTEGER       NOT NULL,
    working_days      BIGINT        NOT NULL,
    approved_registrations INTEGER  NOT NULL,
    fees              DECIMAL(14,2) NOT NULL,
    CONSTRAINT pk_statistics_month PRIMARY KEY (month_start, department_code, item_code, work_kind)
);

CREATE TABLE statistics_month_closed (
    month_start DATE      NOT NULL PRIMARY KEY,
    closed_at   TIMESTAMP NOT NULL
);
