-- Notifications: one row per notification and channel (e-mail, SMS), however many attempts it
-- takes, so a supervisor can see who was told what, when, at which address, and what failed.

CREATE SEQUENCE notification_log_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification_log (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    idempotency_key    VARCHAR(128)  NOT NULL,
    channel            VARCHAR(8)    NOT NULL,
    audience           VARCHAR(16)   NOT NULL,
    recipient          VARCHAR(64)   NOT NULL,
    application_number VARCHAR(32),
    kind               VARCHAR(32)   NOT NULL,
    address            VARCHAR(254)  NOT NULL,
    gateway            VARCHAR(16)   NOT NULL,
    message_text       VARCHAR(1000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    first_attempt_at   TIMESTAMP     NOT NULL,
    last_attempt_at    TIMESTAMP     NOT NULL,
    sent_at            TIMESTAMP,
    last_error         VARCHAR(500),
    version            INTEGER       NOT NULL,
    CONSTRAINT uk_notification_log UNIQUE (idempotency_key, channel)
);
CREATE INDEX ix_notification_log_application ON notification_log (application_number, first_attempt_at);
CREATE INDEX ix_notification_log_status ON notification_log (status, last_attempt_at);
