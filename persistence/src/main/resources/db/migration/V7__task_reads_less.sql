-- A stage task carries its case's item version, number and applicant's name (they never change), so
-- a stage action reads the task and the cached item instead of the whole case.

ALTER TABLE sub_application ADD COLUMN item_id BIGINT;
ALTER TABLE sub_application ADD COLUMN application_number VARCHAR(32);
ALTER TABLE sub_application ADD COLUMN applicant_name VARCHAR(200);

UPDATE sub_application SET
    item_id = (SELECT a.item_id FROM application a WHERE a.id = sub_application.application_id),
    application_number = (SELECT a.application_number FROM application a WHERE a.id = sub_application.application_id),
    applicant_name = (SELECT p.name FROM application a JOIN applicant p ON p.id = a.applicant_id
                      WHERE a.id = sub_application.application_id);

ALTER TABLE sub_application ADD CONSTRAINT fk_sub_application_item FOREIGN KEY (item_id) REFERENCES service_item (id);
