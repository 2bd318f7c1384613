# Splitting and lines: splitStatements, endDelimiter, GO and slash lines, comments, blank lines.
=== postgresql several statements on one line
CREATE TABLE a (id int); CREATE TABLE b (id int); DROP TABLE c;
---
L1 createTable tableName=a {id:int}
L1 createTable tableName=b {id:int}
L1 dropTable tableName=c

=== postgresql split=false still reads each statement
CREATE TABLE a (id int);
ALTER TABLE a ADD COLUMN x int;
---
L1 createTable tableName=a {id:int}
L2 addColumn tableName=a {x:int}

=== postgresql custom delimiter keeps semicolons inside delimiter=GO
CREATE TABLE a (id int); CREATE TABLE b (id int)
GO
DROP TABLE c
GO
---
L1 createTable tableName=a {id:int}
L1 createTable tableName=b {id:int}
L3 dropTable tableName=c

=== other go lines
CREATE TABLE a (id int)
GO
CREATE INDEX idx_a ON a (id)
GO
---
L1 createTable tableName=a {id:int}
L3 createIndex indexName=idx_a tableName=a {id}

=== postgresql slash lines delimiter=/
INSERT INTO a (id) VALUES (1)
/
UPDATE a SET id = 2
/
---
L1 insert tableName=a {id}
L3 update tableName=a

=== postgresql leading blank lines and comments do not count

-- first


CREATE TABLE lines (id int);
/* between */

/* more */ INSERT INTO lines VALUES (1);
---
L5 createTable tableName=lines {id:int}
L8 insert tableName=lines

=== postgresql empty statements
;;
CREATE TABLE e (id int);;
;
---
L2 createTable tableName=e {id:int}

=== postgresql comment only
-- nothing to run here
---

=== postgresql liquibase cuts a dollar quote at its semicolon so both halves are undecidable
INSERT INTO docs (body) VALUES ($$ a; b $$);
---
L1 ? the parser could not fully parse it
L1 ? the parser could not fully parse it

=== postgresql begin end blocks are kept whole by liquibase
CREATE TABLE be (id int);
BEGIN;
INSERT INTO be VALUES (1);
COMMIT;
---
L1 createTable tableName=be {id:int}
L2 ? transaction control inside a changeset is not analysed

=== postgresql text holding a dollar sign is read whole, and two statements in it are undecidable delimiter=GO
INSERT INTO prices (label) VALUES ('US$'); DROP TABLE legacy_prices
GO
INSERT INTO prices (label) VALUES ('EUR')
GO
---
L1 ? it holds several statements that Liquibase sends as one
L3 insert tableName=prices {label}

