-- OneWindow foundation schema: organisation, catalogue, working-day calendar, applicants,
-- applications and the audit trail. Portable SQL for H2, PostgreSQL and DB2; ${clob} is the
-- large-text type of the database at hand (CLOB, TEXT or CLOB(1M)).

CREATE SEQUENCE department_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE staff_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE service_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE applicant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_record_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE application_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE department (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    parent_id    BIGINT,
    version      INTEGER      NOT NULL,
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id)
);

CREATE TABLE staff (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    department_id BIGINT       NOT NULL,
    email         VARCHAR(254),
    phone         VARCHAR(32),
    password_hash VARCHAR(128) NOT NULL,
    password_salt VARCHAR(64)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       INTEGER      NOT NULL,
    CONSTRAINT uk_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE TABLE staff_role (
    staff_id  BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_id, role_name),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE service_item (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    code                  VARCHAR(32)   NOT NULL,
    item_version          INTEGER       NOT NULL,
    current_version       BOOLEAN       NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(24)   NOT NULL,
    legal_basis           VARCHAR(2000) NOT NULL,
    conditions            VARCHAR(2000),
    legal_limit_amount    INTEGER       NOT NULL,
    legal_limit_unit      VARCHAR(16)   NOT NULL,
    promised_limit_amount INTEGER       NOT NULL,
    promised_limit_unit   VARCHAR(16)   NOT NULL,
    lead_department_id    BIGINT        NOT NULL,
    published_at          TIMESTAMP     NOT NULL,
    version               INTEGER       NOT NULL,
    CONSTRAINT uk_service_item_code_version UNIQUE (code, item_version),
    CONSTRAINT fk_service_item_lead FOREIGN KEY (lead_department_id) REFERENCES department (id)
);
CREATE INDEX ix_service_item_current ON service_item (current_version, code);

CREATE TABLE item_cooperation (
    item_id       BIGINT      NOT NULL,
    list_index    INTEGER     NOT NULL,
    department_id BIGINT      NOT NULL,
    limit_amount  INTEGER     NOT NULL,
    limit_unit    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_item_cooperation PRIMARY KEY (item_id, list_index),
    CONSTRAINT fk_item_cooperation_item FOREIGN KEY (item_id) REFERENCES service_item (id),
    CONSTRAINT fk_item_cooperation_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE TABLE item_material (
    item_id    BIGINT       NOT NULL,
    list_index INTEGER      NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    mandatory  BOOLEAN      NOT NULL,
    CONSTRAINT pk_item_material PRIMARY KEY (item_id, list_index),
    CONSTRAINT fk_item_material_item FOREIGN KEY (item_id) REFERENCES service_item (id)
);

CREATE TABLE item_fee (
    item_id     BIGINT        NOT NULL,
    list_index  INTEGER       NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    basis       VARCHAR(500),
    CONSTRAINT pk_item_fee PRIMARY KEY (item_id, list_index),
    CONSTRAINT fk_item_fee_item FOREIGN KEY (item_id) REFERENCES service_item (id)
);

CREATE TABLE item_form_field (
    item_id    BIGINT       NOT NULL,
    list_index INTEGER      NOT NULL,
    field_key  VARCHAR(64)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    field_type VARCHAR(16)  NOT NULL,
    required   BOOLEAN      NOT NULL,
    max_length INTEGER      NOT NULL,
    pattern    VARCHAR(200),
    CONSTRAINT pk_item_form_field PRIMARY KEY (item_id, list_index),
    CONSTRAINT fk_item_form_field_item FOREIGN KEY (item_id) REFERENCES service_item (id)
);

CREATE TABLE calendar_day (
    calendar_date DATE        NOT NULL PRIMARY KEY,
    calendar_year INTEGER     NOT NULL,
    kind          VARCHAR(24) NOT NULL,
    name          VARCHAR(64) NOT NULL
);
CREATE INDEX ix_calendar_day_year ON calendar_day (calendar_year);

CREATE TABLE applicant (
    id         BIGINT       NOT NULL PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    identifier VARCHAR(18)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(32)  NOT NULL,
    email      VARCHAR(254),
    version    INTEGER      NOT NULL,
    CONSTRAINT uk_applicant_identifier UNIQUE (identifier)
);

CREATE TABLE application (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    application_number VARCHAR(32)   NOT NULL,
    query_code         VARCHAR(16)   NOT NULL,
    item_id            BIGINT        NOT NULL,
    applicant_id       BIGINT        NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    form_data          ${clob}       NOT NULL,
    submitted_at       TIMESTAMP     NOT NULL,
    resubmitted_at     TIMESTAMP,
    accepted_at        TIMESTAMP,
    accepted_by        VARCHAR(64),
    counting_base      DATE,
    promised_date      DATE,
    decided_at         TIMESTAMP,
    refusal_reason     VARCHAR(1000),
    correction_note    VARCHAR(1000),
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_application_number UNIQUE (application_number),
    CONSTRAINT fk_application_item FOREIGN KEY (item_id) REFERENCES service_item (id),
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id)
);
CREATE INDEX ix_application_status ON application (status, submitted_at);
CREATE INDEX ix_application_applicant ON application (applicant_id);

CREATE TABLE application_material (
    application_id   BIGINT       NOT NULL,
    list_index       INTEGER      NOT NULL,
    requirement_code VARCHAR(32)  NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    uploaded_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_application_material PRIMARY KEY (application_id, list_index),
    CONSTRAINT fk_application_material_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_correction (
    application_id BIGINT       NOT NULL,
    list_index     INTEGER      NOT NULL,
    description    VARCHAR(500) NOT NULL,
    CONSTRAINT pk_application_correction PRIMARY KEY (application_id, list_index),
    CONSTRAINT fk_application_correction_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE audit_record (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    subject_type VARCHAR(32)   NOT NULL,
    subject_id   VARCHAR(64)   NOT NULL,
    from_state   VARCHAR(32),
    to_state     VARCHAR(32),
    reason       VARCHAR(1000),
    detail       VARCHAR(4000)
);
CREATE INDEX ix_audit_subject ON audit_record (subject_type, subject_id, occurred_at);
