--liquibase formatted sql

-- Release 2, written for the extension: plain DDL, staged from the statements themselves.
--changeset svc:r2-1
ALTER TABLE payment ADD COLUMN currency VARCHAR(3) DEFAULT 'EUR';
CREATE INDEX ix_payment_currency ON payment (currency);

--changeset svc:r2-2
CREATE TABLE refund (
    id          BIGINT        NOT NULL PRIMARY KEY,
    payment_id  BIGINT        NOT NULL REFERENCES payment (id),
    amount      NUMERIC(12,2) NOT NULL
);

--changeset svc:r2-3
ALTER TABLE payment DROP COLUMN legacy_code;

--changeset svc:r2-4 context:post-deploy
DELETE FROM payment WHERE status = 'VOID';
