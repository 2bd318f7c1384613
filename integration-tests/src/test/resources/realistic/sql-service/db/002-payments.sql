--liquibase formatted sql

--changeset svc:payments-1
CREATE TABLE payment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES account (id),
    amount      NUMERIC(12,2) NOT NULL,
    status      VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    note        VARCHAR(255),
    legacy_code VARCHAR(20)
);
CREATE INDEX ix_payment_account ON payment (account_id);

--changeset svc:payments-2 dbms:postgresql
COMMENT ON TABLE payment IS 'money moving in or out';

--changeset svc:payments-3 dbms:postgresql
GRANT SELECT ON payment TO PUBLIC;
