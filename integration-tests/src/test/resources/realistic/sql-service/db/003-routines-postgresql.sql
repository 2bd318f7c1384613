--liquibase formatted sql

--changeset svc:routines-1 dbms:postgresql splitStatements:false runOnChange:true
CREATE OR REPLACE FUNCTION payment_touch() RETURNS trigger AS $$
BEGIN
    NEW.note := coalesce(NEW.note, 'created');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

--changeset svc:routines-2 dbms:postgresql
CREATE TRIGGER payment_touch BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION payment_touch();

--changeset svc:routines-3 dbms:postgresql splitStatements:false
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
        EXECUTE 'CREATE ROLE reporting NOLOGIN';
    END IF;
END
$$;
