-- Messages sent again because their effect never showed (a server killed between the database's commit
-- and the broker's); and an index for finding the parts still waiting for a message.

CREATE TABLE message_resend (
    idempotency_key VARCHAR(128) NOT NULL PRIMARY KEY,
    attempts        INTEGER      NOT NULL,
    last_sent_at    TIMESTAMP
);

CREATE INDEX ix_sub_application_status ON sub_application (status, routed_at);
