package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One query asked over and over, from a connection of its own on a thread of its own, until closed: the samplers of
 * the live benchmarks. Each answer is kept with the instants (System.nanoTime) its query was sent and answered, so
 * that a reader can bound what happened between two answers.
 *
 * @param <T> what one answer reads from the query's single row
 */
final class Poller<T> implements AutoCloseable {

    /** One answer and when its query was sent and came back. */
    record Answer<T>(long sentNanos, long receivedNanos, T value) {}

    /** Reads one answer from the query's row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Answer<T>> answers = new ArrayList<>();
    private final Thread thread;
    private volatile Exception failure;

    /** Starts asking {@code sql} with the one text {@code parameter}, pausing {@code pauseMillis} between answers. */
    Poller(String name, String schema, String sql, String parameter, long pauseMillis, Reader<T> reader)
            throws SQLException {
        Connection connection = Pg.connect(schema);
        thread = new Thread(() -> poll(connection, sql, parameter, pauseMillis * 1_000_000L, reader), name);
        thread.start();
    }

    private void poll(Connection connection, String sql, String parameter, long pauseNanos, Reader<T> reader) {
        try (connection;
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            while (!stop.get()) {
                long sent = System.nanoTime();
                T value;
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    value = reader.read(row);
                }
                synchronized (answers) {
                    answers.add(new Answer<>(sent, System.nanoTime(), value));
                }
                LockSupport.parkNanos(pauseNanos);
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    /** The answers whose query overlapped [from, to], in order. */
    List<Answer<T>> between(long fromNanos, long toNanos) {
        synchronized (answers) {
            return answers.stream()
                    .filter(a -> a.receivedNanos() >= fromNanos && a.sentNanos() <= toNanos)
                    .toList();
        }
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        thread.join();
        if (failure != null) {
            throw new IllegalStateException(thread.getName() + " failed", failure);
        }
    }
}
