package liquibase.ext.syzygy.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one change does, typed: the facts the stage rules, the plan check and the schema replay read, built once
 * when the change is read (from a core change type's properties, or from a raw SQL statement).
 *
 * <p>One small record per kind of change. Each says which objects and columns it {@link #touches() touches}, which
 * is how changesets depend on each other.
 */
public sealed interface Effect {

    /** The objects and columns this effect reads or writes; empty when it touches nothing. */
    List<Touch> touches();

    /** A new table with its columns. */
    record CreateTable(DbObject table, List<ColumnFacts> columns) implements Effect {
        public CreateTable {
            Objects.requireNonNull(table, "table == null");
            columns = List.copyOf(columns);
        }

        @Override
        public List<Touch> touches() {
            return List.of(Touch.whole(table));
        }
    }

    /** A dropped table. */
    record DropTable(DbObject table) implements Effect {
        public DropTable {
            Objects.requireNonNull(table, "table == null");
        }

        @Override
        public List<Touch> touches() {
            return List.of(Touch.whole(table));
        }
    }

    /** A renamed table, view or sequence. */
    record Rename(DbObject from, DbObject to) implements Effect {
        public Rename {
            Objects.requireNonNull(from, "from == null");
            Objects.requireNonNull(to, "to == null");
        }

        @Override
        public List<Touch> touches() {
            return List.of(Touch.whole(from), Touch.whole(to));
        }
    }

    /**
     * Columns added to an existing table.
     *
     * @param staged whether the columns keep a staged default until a later {@code postAddColumn}
     */
    record AddColumns(DbObject table, List<ColumnFacts> columns, boolean staged) implements Effect {
        public AddColumns {
            Objects.requireNonNull(table, "table == null");
            columns = List.copyOf(columns);
        }

        @Override
        public List<Touch> touches() {
            return columnTouches(table, columns.stream().map(ColumnFacts::name).toList());
        }
    }

    /** Columns dropped from a table. */
    record DropColumns(DbObject table, List<String> columns) implements Effect {
        public DropColumns {
            Objects.requireNonNull(table, "table == null");
            columns = List.copyOf(columns);
        }

        @Override
        public List<Touch> touches() {
            return columnTouches(table, columns);
        }
    }

    /** A renamed column: both names are touched. */
    record RenameColumn(DbObject table, String from, String to) implements Effect {
        public RenameColumn {
            Objects.requireNonNull(table, "table == null");
            Objects.requireNonNull(from, "from == null");
            Objects.requireNonNull(to, "to == null");
        }

        @Override
        public List<Touch> touches() {
            return columnTouches(table, List.of(from, to));
        }
    }

    /** A change to one column's definition. */
    record AlterColumn(DbObject table, String column, Alteration alteration) implements Effect {
        public AlterColumn {
            Objects.requireNonNull(table, "table == null");
            Objects.requireNonNull(column, "column == null");
            Objects.requireNonNull(alteration, "alteration == null");
        }

        @Override
        public List<Touch> touches() {
            return List.of(Touch.column(table, column));
        }
    }

    /** What an {@link AlterColumn} changes. */
    enum Alteration {
        SET_NOT_NULL,
        DROP_NOT_NULL,
        SET_DEFAULT,
        DROP_DEFAULT,
        /** A type, comment or other change that leaves nullability and default as they are. */
        OTHER
    }

    /**
     * A view, sequence, procedure or similar object created, possibly replacing one of the same name.
     *
     * @param replaces whether an existing object of that name is replaced ({@code replaceIfExists}, {@code OR
     *     REPLACE})
     */
    record CreateObject(DbObject object, boolean replaces) implements Effect {
        public CreateObject {
            Objects.requireNonNull(object, "object == null");
        }

        @Override
        public List<Touch> touches() {
            return List.of(Touch.whole(object));
        }
    }

    /**
     * Anything else whose objects are known and that leaves the tables' columns as they are: indexes, constraints,
     * data changes, comments, drops of views and sequences.
     */
    record Touches(List<Touch> touches) implements Effect {
        public Touches {
            touches = List.copyOf(touches);
        }
    }

    /**
     * A change that, done the plain way, scans or builds over a whole table while it holds a lock that stops the
     * table's writes (or all its queries): an index build, a unique or primary key built inline, a foreign key or
     * check validated inline, a plain index drop. What it touches, for the plan, is {@code touches}.
     *
     * @param table the table locked; empty when the change does not name it (a {@code dropIndex} without
     *     {@code tableName})
     */
    record BlockingWork(Optional<DbObject> table, Work work, List<Touch> touches) implements Effect {
        public BlockingWork {
            Objects.requireNonNull(table, "table == null");
            Objects.requireNonNull(work, "work == null");
            touches = List.copyOf(touches);
        }
    }

    /** What a {@link BlockingWork} does while it holds its lock. */
    enum Work {
        CREATE_INDEX,
        DROP_INDEX,
        ADD_UNIQUE_CONSTRAINT,
        ADD_PRIMARY_KEY,
        VALIDATE_FOREIGN_KEY,
        VALIDATE_CHECK
    }

    /**
     * A change that may do anything to the objects it names, or to any object when it names none: a custom change,
     * another extension's change type, an {@code sqlFile} or {@code sql} that is not understood.
     *
     * @param objects the objects it names, whole; empty for "anything"
     * @param sql the SQL text when the change is raw SQL that was not understood, for the schema replay to forget
     *     the tables it mentions; empty otherwise
     */
    record Unknown(List<DbObject> objects, String sql) implements Effect {
        public Unknown {
            objects = List.copyOf(objects);
            Objects.requireNonNull(sql, "sql == null");
        }

        /** A change that may touch anything. */
        public static Unknown anyObject() {
            return new Unknown(List.of(), "");
        }

        /** Whether the objects it may touch are not known at all. */
        public boolean mayTouchAnything() {
            return objects.isEmpty();
        }

        @Override
        public List<Touch> touches() {
            return objects.stream().map(Touch::whole).toList();
        }
    }

    private static List<Touch> columnTouches(DbObject table, List<String> columns) {
        if (columns.isEmpty()) {
            return List.of(Touch.whole(table));
        }
        List<Touch> touches = new ArrayList<>(columns.size());
        for (String column : columns) {
            touches.add(Touch.column(table, column));
        }
        return List.copyOf(touches);
    }
}
