--liquibase formatted sql

--changeset svc:accounts-1
--comment: the account table and its unique email
CREATE TABLE account (
    id          BIGINT       NOT NULL PRIMARY KEY,
    email       VARCHAR(255) NOT NULL,
    legacy_ref  VARCHAR(40),
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX ux_account_email ON account (email);
--rollback DROP TABLE account;

--changeset svc:accounts-2
ALTER TABLE account ADD COLUMN display_name VARCHAR(100);

-- A changeset by an author whose name has a space.
--changeset "Jane Doe":accounts-3
INSERT INTO account (id, email, display_name) VALUES (1, 'ops@example.com', 'Operations');
INSERT INTO account (id, email, display_name) VALUES (2, 'billing@example.com', 'Billing; Finance');

--changeset svc:accounts-4
/* Mixed in one changeset, years ago: a data fix and a dropped column. */
UPDATE account SET display_name = email WHERE display_name IS NULL;
ALTER TABLE account DROP COLUMN legacy_ref;
