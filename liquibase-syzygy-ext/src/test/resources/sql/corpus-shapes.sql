# More shapes seen in public projects (written afresh here): formatted SQL with rollback comments, Flyway
# history-style tables, pgAdmin-generated DDL, zero-downtime index swaps, lower-case keywords, MySQL-flavoured
# statements under the portable (other) dialect, multi-statement seed files.
=== postgresql formatted sql with rollback comments
--liquibase formatted sql

--changeset shop:1
--comment: customer table
create table customer (id serial primary key, first_name varchar(255), last_name varchar(255));
--rollback drop table customer;

--changeset shop:2
ALTER  TABLE  customer  ADD  nickname  varchar(30);
--rollback ALTER TABLE customer DROP COLUMN nickname;
---
L5 createTable tableName=customer {id:serial notnull default pk; first_name:varchar(255); last_name:varchar(255)}
L9 addColumn tableName=customer {nickname:varchar(30)}

=== postgresql history-style tables with inline constraint names
create table if not exists run_history
(
    rank           integer                 not null
        constraint run_history_pk
            primary key,
    version        varchar(50),
    description    varchar(200)            not null,
    installed_on   timestamp default now() not null,
    success        boolean                 not null
);
create index if not exists run_history_s_idx
    on run_history (success);
---
L1 createTable tableName=run_history {rank:integer notnull pk; version:varchar(50); description:varchar(200) notnull; installed_on:timestamp notnull default; success:boolean notnull}
L11 createIndex indexName=run_history_s_idx tableName=run_history {success}

=== postgresql pgadmin-generated ddl
CREATE SCHEMA IF NOT EXISTS billing
    AUTHORIZATION billing_owner;
CREATE TABLE IF NOT EXISTS billing.ledger
(
    id bigint NOT NULL,
    label character varying(200) COLLATE pg_catalog."default" NOT NULL,
    booked_on timestamp without time zone NOT NULL DEFAULT now(),
    CONSTRAINT ledger_pk PRIMARY KEY (id)
);
ALTER TABLE IF EXISTS billing.ledger
    OWNER to billing_owner;
CREATE INDEX IF NOT EXISTS ledger_booked_idx
    ON billing.ledger USING btree
    (booked_on ASC NULLS LAST)
    TABLESPACE pg_default;
---
L1 createSchema schemaName=billing
L3 createTable schemaName=billing tableName=ledger {id:bigint notnull pk; label:character varying(200) notnull; booked_on:timestamp without time zone notnull default}
L10 ? ALTER TABLE OWNER to billing_owner is not analysed
L12 ? the parser could not fully parse it

=== postgresql zero-downtime index swap
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY IF EXISTS idx_members_email;
CREATE INDEX CONCURRENTLY idx_members_email ON members (email);
CREATE UNIQUE INDEX CONCURRENTLY members_email_uq ON members USING btree (email);
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE USING INDEX members_email_uq;
---
L1 empty
L2 dropIndex indexName=idx_members_email
L3 createIndex indexName=idx_members_email tableName=members {email}
L4 createIndex indexName=members_email_uq tableName=members {email}
L5 ? the parser could not fully parse it

=== postgresql expand and contract a column
ALTER TABLE members ADD COLUMN display_name text;
UPDATE members SET display_name = first_name || ' ' || last_name WHERE display_name IS NULL;
ALTER TABLE members ALTER COLUMN display_name SET DEFAULT '';
ALTER TABLE members ALTER COLUMN display_name SET NOT NULL;
ALTER TABLE members DROP COLUMN first_name;
ALTER TABLE members DROP COLUMN last_name;
---
L1 addColumn tableName=members {display_name:text}
L2 update tableName=members
L3 addDefaultValue columnName=display_name defaultValueComputed='' tableName=members
L4 addNotNullConstraint columnName=display_name tableName=members
L5 dropColumn columnName=first_name tableName=members {first_name}
L6 dropColumn columnName=last_name tableName=members {last_name}

=== postgresql uuid keys and jsonb
CREATE TABLE feedback (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    payload JSONB NOT NULL,
    team VARCHAR(255) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    score SMALLINT,
    tags TEXT[] DEFAULT '{}'
);
CREATE INDEX feedback_team_idx ON feedback (team);
CREATE INDEX feedback_payload_idx ON feedback USING gin (payload jsonb_path_ops);
---
L1 createTable tableName=feedback {id:UUID notnull default pk; payload:JSONB notnull; team:VARCHAR(255) notnull; created_at:TIMESTAMPTZ notnull default; score:SMALLINT; tags:TEXT[] default}
L9 createIndex indexName=feedback_team_idx tableName=feedback {team}
L10 createIndex indexName=feedback_payload_idx tableName=feedback {payload}

=== postgresql many-to-many with composite key
CREATE TABLE member_role (
    member_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    granted_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT member_role_pk PRIMARY KEY (member_id, role_id),
    CONSTRAINT member_role_member_fk FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT member_role_role_fk FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
);
ALTER TABLE member_role ADD CONSTRAINT member_role_granted_by_fk FOREIGN KEY (granted_by) REFERENCES members (id) ON DELETE CASCADE;
---
L1 createTable tableName=member_role {member_id:BIGINT notnull pk; role_id:BIGINT notnull pk; granted_at:TIMESTAMP notnull default}
L9 addForeignKeyConstraint baseColumnNames=granted_by baseTableName=member_role constraintName=member_role_granted_by_fk referencedTableName=members

=== postgresql seed file
INSERT INTO roles (id, name) VALUES (1, 'ROLE_ADMIN');
INSERT INTO roles (id, name) VALUES (2, 'ROLE_USER');
INSERT INTO roles (id, name) VALUES (3, 'ROLE_AUDITOR');
INSERT INTO members (id, email, display_name) VALUES (1, 'admin@example.org', 'Admin');
INSERT INTO member_role (member_id, role_id) VALUES (1, 1), (1, 2);
UPDATE members SET display_name = 'Administrator' WHERE id = 1;
DELETE FROM roles WHERE name = 'ROLE_AUDITOR';
---
L1 insert tableName=roles {id; name}
L2 insert tableName=roles {id; name}
L3 insert tableName=roles {id; name}
L4 insert tableName=members {id; email; display_name}
L5 insert tableName=member_role {member_id; role_id}
L6 update tableName=members
L7 delete tableName=roles

=== postgresql enum and domain types
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
ALTER TABLE orders ADD COLUMN state order_state NOT NULL DEFAULT 'new';
ALTER TABLE orders ALTER COLUMN state TYPE text;
DROP TYPE order_state;
---
L1 ? the parser could not fully parse it
L2 addColumn tableName=orders {state:order_state notnull default}
L3 modifyDataType columnName=state newDataType=text tableName=orders
L4 ? the parser could not fully parse it

=== postgresql partitioning and inheritance
CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int);
CREATE TABLE measurement_y2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE measurement ATTACH PARTITION measurement_y2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
---
L1 createTable tableName=measurement {city_id:int notnull; logdate:date notnull; peaktemp:int}
L2 ? the parser could not fully parse it
L3 ? ALTER TABLE ATTACH PARTITION measurement_y2025 FOR V… is not analysed

=== postgresql updates with subqueries and returning
UPDATE orders SET total = (SELECT sum(amount) FROM order_line l WHERE l.order_id = orders.id);
DELETE FROM order_line WHERE order_id NOT IN (SELECT id FROM orders);
INSERT INTO audit (what) VALUES ('cleanup') RETURNING id;
UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year' RETURNING id;
---
L1 update tableName=orders
L2 delete tableName=order_line
L3 insert tableName=audit {what}
L4 update tableName=orders

=== postgresql views over several tables
CREATE VIEW member_roles AS
    SELECT m.id, m.email, r.name AS role
    FROM members m
    JOIN member_role mr ON mr.member_id = m.id
    JOIN roles r ON r.id = mr.role_id;
CREATE OR REPLACE VIEW member_roles AS SELECT m.id FROM members m;
CREATE RECURSIVE VIEW tree (id) AS SELECT 1;
---
L1 createView viewName=member_roles
L6 createView replaceIfExists=true viewName=member_roles
L7 ? this kind of statement is not analysed

=== other mysql-flavoured statements
ALTER TABLE users ADD COLUMN age INT, algorithm=inplace, lock=none;
create table usercontact (id int primary key, phone varchar(15), addr varchar(100));
create table person (id int primary key auto_increment not null, name varchar(50) not null);
ALTER TABLE person MODIFY name varchar(80) NOT NULL;
CREATE TABLE t (id INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
---
L1 ? ALTER TABLE ALGORITHM = inplace is not analysed
L2 createTable tableName=usercontact {id:int notnull pk; phone:varchar(15); addr:varchar(100)}
L3 createTable tableName=person {id:int notnull default pk; name:varchar(50) notnull}
L4 ? ALTER COLUMN name VARCHAR (80) NOT NULL is not analysed
L5 createTable tableName=t {id:INT}

=== sqlite rails-style sqlite schema
CREATE TABLE "articles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar, "body" text, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE INDEX "index_articles_on_title" ON "articles" ("title");
ALTER TABLE "articles" ADD "published" boolean DEFAULT 0 NOT NULL;
CREATE TABLE "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "article_id" integer NOT NULL, CONSTRAINT "fk_rails_3bf61a60d3" FOREIGN KEY ("article_id") REFERENCES "articles" ("id"));
DROP TABLE "comments";
---
L1 createTable tableName=articles {id:integer notnull default pk; title:varchar; body:text; created_at:datetime(6) notnull; updated_at:datetime(6) notnull}
L2 createIndex indexName=index_articles_on_title tableName=articles {title}
L3 addColumn tableName=articles {published:boolean notnull default}
L4 createTable tableName=comments {id:integer notnull default pk; article_id:integer notnull}
L5 dropTable tableName=comments

=== sqlite table rebuild as sqlite's docs describe it
CREATE TABLE new_person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO new_person (id, name) SELECT id, name FROM person;
DROP TABLE person;
ALTER TABLE new_person RENAME TO person;
---
L1 createTable tableName=new_person {id:INTEGER notnull default pk; name:TEXT notnull}
L2 insert tableName=new_person {id; name}
L3 dropTable tableName=person
L4 renameTable newTableName=person oldTableName=new_person

=== postgresql sequences as pg_dump and hand-written migrations write them
CREATE SEQUENCE public.member_id_seq
    AS bigint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.member_id_seq OWNED BY public.members.id;
ALTER SEQUENCE member_id_seq OWNED BY NONE;
ALTER SEQUENCE IF EXISTS member_id_seq RESTART;
ALTER SEQUENCE member_id_seq NO CYCLE MAXVALUE 9999999;
CREATE SEQUENCE IF NOT EXISTS "Ticket_seq" START 100;
ALTER SEQUENCE member_id_seq RENAME TO person_id_seq;
ALTER SEQUENCE member_id_seq OWNER TO app_owner;
ALTER SEQUENCE member_id_seq SET SCHEMA archive;
ALTER SEQUENCE member_id_seq;
CREATE SEQUENCE s_bad START WITH x;
---
L1 createSequence schemaName=public sequenceName=member_id_seq
L8 alterSequence schemaName=public sequenceName=member_id_seq
L9 alterSequence sequenceName=member_id_seq
L10 alterSequence sequenceName=member_id_seq
L11 alterSequence sequenceName=member_id_seq
L12 createSequence sequenceName=Ticket_seq
L13 ? the parser could not fully parse it
L14 ? the parser could not fully parse it
L15 ? the parser could not fully parse it
# A bare ALTER SEQUENCE changes nothing; the parser accepts it.
L16 alterSequence sequenceName=member_id_seq
L17 ? the parser could not fully parse it

