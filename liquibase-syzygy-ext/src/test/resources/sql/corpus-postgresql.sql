# PostgreSQL statements in the shapes real projects use: Flyway/Rails-style DDL, JHipster-style formatted SQL,
# pg_dump output, seed data, zero-downtime index builds, functions, triggers and DO blocks.
=== postgresql flyway-style create table
CREATE TABLE app.orders (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'new',
    note TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX idx_orders_customer ON app.orders (customer_id);
---
L1 createTable schemaName=app tableName=orders {id:BIGSERIAL notnull default pk; customer_id:BIGINT notnull; status:VARCHAR(20) notnull default; note:TEXT; created_at:TIMESTAMP WITH TIME ZONE notnull default}
L8 createIndex indexName=idx_orders_customer schemaName=app tableName=orders {customer_id}

=== postgresql rails-style schema
CREATE TABLE "users" ("id" bigserial primary key, "email" character varying NOT NULL, "admin" boolean DEFAULT FALSE, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email");
ALTER TABLE "users" ADD "confirmed_at" timestamp(6);
ALTER TABLE "users" ADD COLUMN "locale" character varying DEFAULT 'en' NOT NULL;
---
L1 createTable tableName=users {id:bigserial notnull default pk; email:character varying notnull; admin:boolean default; created_at:timestamp(6) notnull; updated_at:timestamp(6) notnull}
L2 createIndex indexName=index_users_on_email tableName=users {email}
L3 addColumn tableName=users {confirmed_at:timestamp(6)}
L4 addColumn tableName=users {locale:character varying notnull default}

=== postgresql jhipster formatted sql
--liquibase formatted sql
--changeset jhipster:1
CREATE TABLE jhi_user (
  id bigint NOT NULL,
  login varchar(50) NOT NULL,
  password_hash varchar(60),
  activated boolean NOT NULL,
  CONSTRAINT pk_jhi_user PRIMARY KEY (id),
  CONSTRAINT ux_user_login UNIQUE (login)
);
CREATE SEQUENCE sequence_generator START WITH 1050 INCREMENT BY 50;
---
L3 createTable tableName=jhi_user {id:bigint notnull pk; login:varchar(50) notnull; password_hash:varchar(60); activated:boolean notnull}
L11 createSequence sequenceName=sequence_generator

=== postgresql table with identity, check, references, collate
CREATE TABLE IF NOT EXISTS public.invoice (
    id integer GENERATED ALWAYS AS IDENTITY,
    order_id bigint REFERENCES app.orders (id) ON DELETE CASCADE,
    amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
    currency char(3) COLLATE "C" NOT NULL DEFAULT 'EUR',
    uid uuid DEFAULT gen_random_uuid(),
    PRIMARY KEY (id)
);
CREATE TEMP TABLE scratch (a int);
CREATE UNLOGGED TABLE cache_entries (k text PRIMARY KEY, v jsonb);
---
L1 createTable schemaName=public tableName=invoice {id:integer notnull default pk; order_id:bigint; amount:numeric(12, 2) notnull; currency:char(3) notnull default; uid:uuid default}
L9 createTable tableName=scratch {a:int}
L10 createTable tableName=cache_entries {k:text notnull pk; v:jsonb}

=== postgresql create table variants that are undecidable
CREATE TABLE orders_copy AS SELECT * FROM app.orders;
CREATE TABLE orders_like (LIKE app.orders INCLUDING ALL);
CREATE TABLE t (parent_id int REFERENCES t (id) ON DELETE SET NULL);
CREATE TABLE t2 (a int) PARTITION BY RANGE (a);
---
L1 ? its columns come from another table or a query the classifier cannot see
L2 ? the parser could not fully parse it
L3 ? the parser could not fully parse it
L4 ? the parser could not fully parse it

=== postgresql add columns
ALTER TABLE app.orders ADD COLUMN shipped_at timestamptz;
ALTER TABLE app.orders ADD COLUMN priority int NOT NULL DEFAULT 0;
ALTER TABLE app.orders ADD COLUMN region text NOT NULL;
ALTER TABLE app.orders ADD COLUMN a int, ADD COLUMN b text DEFAULT 'x';
ALTER TABLE IF EXISTS app.orders ADD COLUMN IF NOT EXISTS c int;
ALTER TABLE ONLY app.orders ADD COLUMN d bigint DEFAULT nextval('app.orders_d_seq'::regclass);
ALTER TABLE app.orders ADD COLUMN e varchar(3) DEFAULT 'x'::character varying NOT NULL;
---
L1 addColumn schemaName=app tableName=orders {shipped_at:timestamptz}
L2 addColumn schemaName=app tableName=orders {priority:int notnull default}
L3 addColumn schemaName=app tableName=orders {region:text notnull}
L4 addColumn schemaName=app tableName=orders {a:int; b:text default}
L5 addColumn schemaName=app tableName=orders {c:int}
L6 addColumn schemaName=app tableName=orders {d:bigint default}
L7 addColumn schemaName=app tableName=orders {e:varchar(3) notnull default}

=== postgresql add constraints
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number, region);
ALTER TABLE ONLY public.order_line ADD CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES public.orders(id);
ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0);
ALTER TABLE orders ADD PRIMARY KEY (id);
ALTER TABLE orders ADD UNIQUE (email);
ALTER TABLE line ADD FOREIGN KEY (order_id) REFERENCES orders (id);
ALTER TABLE line ADD CONSTRAINT line_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE line VALIDATE CONSTRAINT line_fk;
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;
---
L1 addPrimaryKey columnNames=id constraintName=orders_pkey schemaName=public tableName=orders
L2 addUniqueConstraint columnNames=number,region constraintName=orders_number_key tableName=orders
L3 addForeignKeyConstraint baseColumnNames=order_id baseTableName=order_line baseTableSchemaName=public constraintName=order_line_order_fk referencedTableName=orders referencedTableSchemaName=public
L4 ? a CHECK constraint forbids writes old code may still make, and no rule can tell whether it does: state the stage
L5 addPrimaryKey columnNames=id tableName=orders
L6 addUniqueConstraint columnNames=email tableName=orders
L7 addForeignKeyConstraint baseColumnNames=order_id baseTableName=line referencedTableName=orders
L8 ? the parser could not fully parse it
L9 ? ALTER TABLE VALIDATE CONSTRAINT line_fk is not analysed
L10 ? the parser could not fully parse it

=== postgresql drops in alter table
ALTER TABLE app.orders DROP COLUMN note;
ALTER TABLE app.orders DROP COLUMN IF EXISTS legacy_code;
ALTER TABLE app.orders DROP COLUMN a, DROP COLUMN b;
ALTER TABLE app.orders DROP CONSTRAINT orders_status_check;
ALTER TABLE app.orders DROP CONSTRAINT IF EXISTS orders_fk;
ALTER TABLE app.orders DROP COLUMN c, ADD COLUMN d int;
---
L1 dropColumn columnName=note schemaName=app tableName=orders {note}
L2 dropColumn columnName=legacy_code schemaName=app tableName=orders {legacy_code}
L3 dropColumn schemaName=app tableName=orders {a; b}
L4 dropConstraint constraintName=orders_status_check schemaName=app tableName=orders
L5 dropConstraint constraintName=orders_fk schemaName=app tableName=orders
L6 ? the ALTER TABLE mixes dropColumn, addColumn

=== postgresql alter column
ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14, 2);
ALTER TABLE orders ALTER COLUMN code TYPE bigint USING code::bigint;
ALTER TABLE orders ALTER status SET DEFAULT 'open';
ALTER TABLE orders ALTER COLUMN amount SET DATA TYPE numeric(14, 2);
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);
ALTER TABLE orders ALTER COLUMN a DROP NOT NULL, ALTER COLUMN b DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN a SET NOT NULL, ALTER COLUMN b DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN a SET STATISTICS 500;
---
L1 dropNotNullConstraint columnName=note tableName=orders
L2 addNotNullConstraint columnName=status tableName=orders
L3 addDefaultValue columnName=status defaultValueComputed='new' tableName=orders
L4 dropDefaultValue columnName=status tableName=orders
L5 modifyDataType columnName=amount newDataType=numeric(14, 2) tableName=orders
L6 modifyDataType columnName=code newDataType=bigint tableName=orders
L7 addDefaultValue columnName=status defaultValueComputed='open' tableName=orders
L8 ? the parser could not fully parse it
L9 addDefaultValue columnName=id defaultValueComputed=nextval('public.orders_id_seq'::regclass) schemaName=public tableName=orders
L10 ? the ALTER TABLE holds several dropNotNullConstraint actions
L11 ? the ALTER TABLE mixes addNotNullConstraint, dropDefaultValue
L12 ? ALTER COLUMN a SET STATISTICS 500 is not analysed

=== postgresql renames
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE orders RENAME note TO remark;
ALTER TABLE app.orders RENAME TO purchase_orders;
ALTER INDEX idx_a RENAME TO idx_b;
---
L1 renameColumn newColumnName=remark oldColumnName=note tableName=orders
L2 renameColumn newColumnName=remark oldColumnName=note tableName=orders
L3 renameTable newTableName=purchase_orders oldTableName=orders schemaName=app
L4 ? this kind of statement is not analysed

=== postgresql pg_dump preamble
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
SET search_path = app, public;
SET ROLE app_owner;
SET SESSION statement_timeout = '5s';
RESET lock_timeout;
---
L1 empty
L2 empty
L3 empty
L4 empty
L5 empty
L6 ? a SELECT may call functions that change the database
L7 empty
L8 empty
L9 empty
L10 empty
L11 empty
L12 empty
L13 ? SET search_path changes how or where later statements act, which is not analysed
L14 ? SET role changes how or where later statements act, which is not analysed
L15 empty
L16 empty

=== postgresql pg_dump tables and sequences
CREATE TABLE public.account (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    balance numeric(19,2) DEFAULT 0.00 NOT NULL
);
ALTER TABLE public.account OWNER TO postgres;
CREATE SEQUENCE public.account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;
ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);
SELECT pg_catalog.setval('public.account_id_seq', 42, true);
ALTER TABLE ONLY public.account ADD CONSTRAINT account_pkey PRIMARY KEY (id);
CREATE INDEX account_name_idx ON public.account USING btree (name);
COMMENT ON TABLE public.account IS 'Customer accounts';
COMMENT ON COLUMN public.account.balance IS 'In cents';
GRANT SELECT ON TABLE public.account TO reporting;
REVOKE ALL ON TABLE public.account FROM PUBLIC;
---
L1 createTable schemaName=public tableName=account {id:integer notnull; name:character varying(255) notnull; balance:numeric(19, 2) notnull default}
L6 ? ALTER TABLE OWNER TO postgres is not analysed
L7 createSequence schemaName=public sequenceName=account_id_seq
L14 alterSequence schemaName=public sequenceName=account_id_seq
L15 addDefaultValue columnName=id defaultValueComputed=nextval('public.account_id_seq'::regclass) schemaName=public tableName=account
L16 ? a SELECT may call functions that change the database
L17 addPrimaryKey columnNames=id constraintName=account_pkey schemaName=public tableName=account
L18 createIndex indexName=account_name_idx schemaName=public tableName=account {name}
L19 setTableRemarks schemaName=public tableName=account
L20 setColumnRemarks columnName=balance schemaName=public tableName=account
L21 grant
L22 revoke

=== postgresql sequences
CREATE SEQUENCE order_seq;
CREATE SEQUENCE IF NOT EXISTS app.invoice_seq START 1000;
CREATE SEQUENCE app.s2 START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999 CACHE 20;
ALTER SEQUENCE order_seq INCREMENT BY 10;
ALTER SEQUENCE order_seq RESTART WITH 5000;
DROP SEQUENCE IF EXISTS old_seq;
DROP SEQUENCE app.s3;
---
L1 createSequence sequenceName=order_seq
L2 createSequence schemaName=app sequenceName=invoice_seq
L3 createSequence schemaName=app sequenceName=s2
L4 alterSequence sequenceName=order_seq
L5 alterSequence sequenceName=order_seq
L6 dropSequence sequenceName=old_seq
L7 dropSequence schemaName=app sequenceName=s3

=== postgresql indexes
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
CREATE UNIQUE INDEX CONCURRENTLY uq_orders_number ON app.orders (number);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_created ON orders (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_a ON orders (a);
CREATE INDEX idx_orders_lower_email ON orders (lower(email));
CREATE INDEX idx_orders_open ON orders (status) WHERE status <> 'closed';
CREATE INDEX idx_orders_gin ON orders USING gin (tags);
CREATE INDEX idx_orders_multi ON orders (customer_id, created_at);
DROP INDEX idx_orders_status;
DROP INDEX CONCURRENTLY idx_orders_status;
DROP INDEX CONCURRENTLY IF EXISTS app.idx_orders_status;
DROP INDEX IF EXISTS idx_a;
REINDEX INDEX idx_a;
---
L1 createIndex indexName=idx_orders_status tableName=orders {status}
L2 createIndex indexName=uq_orders_number schemaName=app tableName=orders {number}
L3 createIndex indexName=idx_orders_created tableName=orders {created_at}
L4 createIndex indexName=idx_a tableName=orders {a}
L5 createIndex indexName=idx_orders_lower_email tableName=orders
L6 ? the parser could not fully parse it
L7 createIndex indexName=idx_orders_gin tableName=orders {tags}
L8 createIndex indexName=idx_orders_multi tableName=orders {customer_id; created_at}
L9 dropIndex indexName=idx_orders_status
L10 dropIndex indexName=idx_orders_status
L11 dropIndex indexName=idx_orders_status schemaName=app
L12 dropIndex indexName=idx_a
L13 ? maintenance statements are not analysed: state the stage

=== postgresql views
CREATE VIEW app.open_orders AS SELECT id, status FROM app.orders WHERE status = 'open';
CREATE OR REPLACE VIEW app.open_orders AS SELECT id, status, note FROM app.orders WHERE status = 'open';
CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(amount) FROM orders GROUP BY customer_id;
REFRESH MATERIALIZED VIEW order_totals;
DROP VIEW IF EXISTS app.open_orders;
DROP VIEW v1;
DROP MATERIALIZED VIEW order_totals;
---
L1 createView schemaName=app viewName=open_orders
L2 createView replaceIfExists=true schemaName=app viewName=open_orders
L3 ? a materialized view is not analysed
L4 ? this kind of statement is not analysed
L5 dropView schemaName=app viewName=open_orders
L6 dropView viewName=v1
L7 ? DROP VIEW is not analysed

=== postgresql drops
DROP TABLE legacy_orders;
DROP TABLE IF EXISTS app.legacy_orders CASCADE;
DROP TABLE a, b;
DROP SCHEMA legacy CASCADE;
DROP FUNCTION IF EXISTS touch_updated_at();
DROP TRIGGER IF EXISTS trg_touch ON orders;
DROP EXTENSION IF EXISTS pgcrypto;
DROP TYPE mood;
---
L1 dropTable tableName=legacy_orders
L2 dropTable schemaName=app tableName=legacy_orders
L3 ? the parser could not fully parse it
L4 ? DROP SCHEMA is not analysed
L5 ? DROP FUNCTION is not analysed
L6 ? the parser could not fully parse it
L7 ? DROP EXTENSION is not analysed
L8 ? the parser could not fully parse it

=== postgresql seed data
INSERT INTO app.country (code, name) VALUES ('FR', 'France'), ('DE', 'Germany');
INSERT INTO role VALUES (1, 'ADMIN');
insert into jhi_authority (name) values ('ROLE_USER');
INSERT INTO settings (key, value) VALUES ('mode', 'on') ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value) VALUES ('mode', 'off') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
INSERT INTO archive (id, note) SELECT id, note FROM orders WHERE status = 'closed';
UPDATE orders SET status = 'new' WHERE status IS NULL;
UPDATE app.orders o SET priority = 1 FROM customers c WHERE c.id = o.customer_id AND c.vip;
DELETE FROM sessions WHERE expires_at < now();
DELETE FROM app.audit;
WITH moved AS (DELETE FROM orders WHERE status = 'x' RETURNING *) INSERT INTO archive SELECT * FROM moved;
UPDATE "Settings" SET "Value" = 'a;b' WHERE "Key" = 'sep';
---
L1 insert schemaName=app tableName=country {code; name}
L2 insert tableName=role
L3 insert tableName=jhi_authority {name}
L4 insert tableName=settings {key; value}
L5 insert tableName=settings {key; value}
L6 insert tableName=archive {id; note}
L7 update tableName=orders
L8 update schemaName=app tableName=orders
L9 delete tableName=sessions
L10 delete schemaName=app tableName=audit
L11 ? a WITH query may write anywhere
L12 update tableName=Settings

=== postgresql comments and grants
COMMENT ON TABLE app.orders IS 'Orders placed by customers';
COMMENT ON COLUMN orders.status IS 'new, open or closed; see docs';
COMMENT ON INDEX idx_a IS 'x';
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA app TO app_user;
GRANT USAGE ON SCHEMA app TO app_user;
GRANT USAGE, SELECT ON SEQUENCE order_seq TO app_user;
GRANT app_role TO alice;
REVOKE INSERT ON orders FROM app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reporting;
---
L1 setTableRemarks schemaName=app tableName=orders
L2 setColumnRemarks columnName=status tableName=orders
L3 ? the parser could not fully parse it
L4 grant
L5 grant
L6 grant
L7 grant
L8 revoke
L9 ? this kind of statement is not analysed

=== postgresql schemas and extensions
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE SCHEMA AUTHORIZATION app_owner;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA public;
CREATE EXTENSION postgis;
---
L1 createSchema schemaName=app
L2 createSchema schemaName=audit
L3 ? CREATE SCHEMA without a name is not analysed
L4 createExtension
L5 createExtension
L6 createExtension

=== postgresql functions triggers and do blocks split=false
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
---
L1 ? a function body cannot be analysed

=== postgresql function with tag and endDelimiter delimiter=/
CREATE FUNCTION order_total(p_id bigint) RETURNS numeric AS $body$
  SELECT sum(amount) FROM order_line WHERE order_id = p_id;
$body$ LANGUAGE sql STABLE
/
CREATE TRIGGER trg_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at()
/
CREATE TABLE after_function (id int)
/
---
L1 ? a function body cannot be analysed
L5 ? a trigger's code cannot be analysed
L7 createTable tableName=after_function {id:int}

=== postgresql do block split=false
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
  END IF;
END
$$;
---
L1 ? a DO block runs procedural code that cannot be analysed

=== postgresql other undecidable statements
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE mood ADD VALUE 'angry';
CREATE PROCEDURE archive_orders() LANGUAGE sql AS $$ DELETE FROM orders $$;
CREATE OR REPLACE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE CONSTRAINT TRIGGER trg_check AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f();
CREATE RULE r AS ON INSERT TO orders DO INSTEAD NOTHING;
EXECUTE format('DROP TABLE %I', 'orders');
CALL archive_orders();
TRUNCATE TABLE sessions;
VACUUM ANALYZE orders;
ANALYZE orders;
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
COPY orders FROM '/tmp/orders.csv' CSV;
SELECT 1;
SELECT count(*) FROM orders;
CLUSTER orders USING idx_orders_status;
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
ALTER TABLE orders OWNER TO app_owner;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders SET SCHEMA archive;
ALTER TABLE orders ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
CREATE POLICY p ON orders USING (owner = current_user);
ALTER VIEW v RENAME TO v2;
ALTER SEQUENCE s OWNED BY orders.id;
CREATE USER app_user WITH PASSWORD 'x';
ALTER ROLE app_user SET search_path = app;
---
L1 ? the parser could not fully parse it
L2 ? this kind of statement is not analysed
L3 ? a function body cannot be analysed
L4 ? a function body cannot be analysed
L5 ? a trigger's code cannot be analysed
L6 ? a function body cannot be analysed
L7 ? dynamic SQL cannot be analysed
L8 ? a procedure call cannot be analysed
L9 ? TRUNCATE removes every row old code may still read
L10 ? maintenance statements are not analysed: state the stage
L11 ? maintenance statements are not analysed: state the stage
L12 ? a LOCK only matters inside its transaction
L13 ? COPY moves data the classifier cannot see
L14 ? a SELECT may call functions that change the database
L15 ? a SELECT may call functions that change the database
L16 ? maintenance statements are not analysed: state the stage
L17 ? this kind of statement is not analysed
L18 ? ALTER TABLE OWNER TO app_owner is not analysed
L19 ? the parser could not fully parse it
L20 ? ALTER TABLE SET SCHEMA archive is not analysed
L21 ? the parser could not fully parse it
L22 ? the parser could not fully parse it
L23 ? the parser could not fully parse it
L24 alterSequence sequenceName=s
L25 ? this kind of statement is not analysed
L26 ? this kind of statement is not analysed

=== postgresql comments everywhere
-- a leading comment
/* a block
   comment */
CREATE TABLE commented ( -- trailing comment
    id int /* inline */ NOT NULL,
    -- comment line inside
    name text
);

-- comment between statements

ALTER TABLE commented ADD COLUMN x int; -- after
/* before */ DROP TABLE commented;
---
L4 createTable tableName=commented {id:int notnull; name:text}
L12 addColumn tableName=commented {x:int}
L13 dropTable tableName=commented

=== postgresql comments stripped strip=true
-- a leading comment
CREATE TABLE stripped (id int); -- trailing
/* block */
INSERT INTO stripped (id) VALUES (1);
---
L2 createTable tableName=stripped {id:int}
L4 insert tableName=stripped {id}

=== postgresql semicolons in strings and quoted identifiers
INSERT INTO messages (body) VALUES ('one; two; three');
INSERT INTO messages (body) VALUES ('it''s; fine');
CREATE TABLE "Mixed Case" ("Id" int PRIMARY KEY, "Full Name" text);
ALTER TABLE "Mixed Case" ADD COLUMN "Nick;Name" text;
---
L1 insert tableName=messages {body}
L2 insert tableName=messages {body}
L3 createTable tableName=Mixed Case {Id:int notnull pk; Full Name:text}
L4 addColumn tableName=Mixed Case {Nick;Name:text}

=== postgresql statements split over lines
ALTER TABLE
    app.orders
ADD COLUMN
    coupon_code
        varchar(32);
INSERT INTO
  app.country
  (code, name)
VALUES
  ('IT', 'Italy');
---
L1 addColumn schemaName=app tableName=orders {coupon_code:varchar(32)}
L6 insert schemaName=app tableName=country {code; name}

