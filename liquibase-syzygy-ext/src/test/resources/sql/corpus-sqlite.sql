# SQLite statements: its ALTER TABLE only adds, renames and drops columns; INTEGER PRIMARY KEY is the rowid.
=== sqlite create tables
CREATE TABLE person (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, nick TEXT);
CREATE TABLE IF NOT EXISTS tag (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);
CREATE TABLE person_tag (person_id INTEGER NOT NULL REFERENCES person (id), tag_id INTEGER NOT NULL, PRIMARY KEY (person_id, tag_id));
CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
CREATE TABLE stamp (id INTEGER PRIMARY KEY, at TEXT DEFAULT CURRENT_TIMESTAMP, n REAL DEFAULT 0.5);
CREATE TEMPORARY TABLE tmp (x INTEGER);
---
L1 createTable tableName=person {id:INTEGER notnull default pk; name:TEXT notnull; nick:TEXT}
L2 createTable tableName=tag {id:INTEGER notnull default pk; label:TEXT notnull}
L3 createTable tableName=person_tag {person_id:INTEGER notnull pk; tag_id:INTEGER notnull pk}
L4 ? the parser could not fully parse it
L5 createTable tableName=stamp {id:INTEGER notnull default pk; at:TEXT default; n:REAL default}
L6 createTable tableName=tmp {x:INTEGER}

=== sqlite alter table
ALTER TABLE person ADD COLUMN email TEXT;
ALTER TABLE person ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD email2 TEXT;
ALTER TABLE person RENAME COLUMN nick TO nickname;
ALTER TABLE person RENAME TO people;
ALTER TABLE person DROP COLUMN nick;
ALTER TABLE person ALTER COLUMN nick SET NOT NULL;
ALTER TABLE person ADD CONSTRAINT uq UNIQUE (email);
---
L1 addColumn tableName=person {email:TEXT}
L2 addColumn tableName=person {active:INTEGER notnull default}
L3 addColumn tableName=person {email2:TEXT}
L4 renameColumn newColumnName=nickname oldColumnName=nick tableName=person
L5 renameTable newTableName=people oldTableName=person
L6 dropColumn columnName=nick tableName=person {nick}
L7 ? SQLite's ALTER TABLE cannot do this (addNotNullConstraint)
L8 ? SQLite's ALTER TABLE cannot do this (addUniqueConstraint)

=== sqlite indexes views and drops
CREATE INDEX idx_person_name ON person (name);
CREATE UNIQUE INDEX IF NOT EXISTS idx_person_email ON person (email);
CREATE VIEW active_person AS SELECT * FROM person WHERE active = 1;
CREATE VIEW IF NOT EXISTS v2 AS SELECT 1;
DROP INDEX IF EXISTS idx_person_name;
DROP VIEW active_person;
DROP TABLE IF EXISTS tmp;
---
L1 createIndex indexName=idx_person_name tableName=person {name}
L2 createIndex indexName=idx_person_email tableName=person {email}
L3 createView viewName=active_person
L4 ? the parser could not fully parse it
L5 dropIndex indexName=idx_person_name
L6 dropView viewName=active_person
L7 dropTable tableName=tmp

=== sqlite data and pragmas
INSERT INTO person (name) VALUES ('Ada');
INSERT OR IGNORE INTO tag (label) VALUES ('x');
INSERT OR REPLACE INTO tag (id, label) VALUES (1, 'y');
REPLACE INTO tag (id, label) VALUES (2, 'z');
UPDATE person SET nick = name WHERE nick IS NULL;
DELETE FROM person WHERE id > 100;
PRAGMA foreign_keys = ON;
VACUUM;
BEGIN TRANSACTION;
COMMIT;
---
L1 insert tableName=person {name}
L2 ? the parser could not fully parse it
L3 ? this kind of statement is not analysed
L4 ? this kind of statement is not analysed
L5 update tableName=person
L6 delete tableName=person
L7 ? a PRAGMA changes database settings that are not analysed
L8 ? maintenance statements are not analysed: state the stage
L9 ? transaction control inside a changeset is not analysed
L10 ? transaction control inside a changeset is not analysed

=== sqlite triggers
CREATE TRIGGER person_touch AFTER UPDATE ON person BEGIN UPDATE person SET nick = nick WHERE id = NEW.id; END;
---
L1 ? a trigger's code cannot be analysed

=== sqlite trigger read whole split=false
CREATE TRIGGER person_touch AFTER UPDATE ON person BEGIN UPDATE person SET nick = nick WHERE id = NEW.id; END;
---
L1 ? a trigger's code cannot be analysed

