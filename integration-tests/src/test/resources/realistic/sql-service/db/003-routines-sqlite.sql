--liquibase formatted sql

--changeset svc:routines-1-sqlite dbms:sqlite splitStatements:false
CREATE TRIGGER payment_touch AFTER INSERT ON payment FOR EACH ROW WHEN NEW.note IS NULL
BEGIN
    UPDATE payment SET note = 'created' WHERE id = NEW.id;
END;
