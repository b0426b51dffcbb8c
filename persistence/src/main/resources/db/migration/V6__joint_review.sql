-- Joint review mode (联审制): the lead department convenes a meeting, invited departments record
-- their opinions in it, the minutes are kept and the recorded opinions become the departments' answers.

CREATE SEQUENCE joint_review_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE joint_review (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    scheduled_at   TIMESTAMP     NOT NULL,
    place          VARCHAR(200)  NOT NULL,
    convened_by    VARCHAR(64)   NOT NULL,
    convened_at    TIMESTAMP     NOT NULL,
    minutes        VARCHAR(4000),
    concluded_at   TIMESTAMP,
    version        INTEGER       NOT NULL,
    CONSTRAINT fk_joint_review_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_joint_review_application ON joint_review (application_id);

CREATE TABLE joint_review_opinion (
    joint_review_id BIGINT        NOT NULL,
    list_index      INTEGER       NOT NULL,
    department_id   BIGINT        NOT NULL,
    agreed          BOOLEAN,
    opinion         VARCHAR(2000),
    recorded_by     VARCHAR(64),
    recorded_at     TIMESTAMP,
    CONSTRAINT pk_joint_review_opinion PRIMARY KEY (joint_review_id, list_index),
    CONSTRAINT fk_joint_review_opinion_review FOREIGN KEY (joint_review_id) REFERENCES joint_review (id),
    CONSTRAINT fk_joint_review_opinion_department FOREIGN KEY (department_id) REFERENCES department (id)
);
