package io.github.liquibasesyzygy.bench.e2e;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one or more Liquibase runs cost, in wall time and in CPU time. The CPU figures are steadier than wall time on
 * a shared machine: <em>thread</em> CPU is the calling thread's, where Liquibase, the extension and SQLite's native
 * code all run; <em>process</em> CPU adds the JVM's own threads (garbage collector, JIT compilers), which a wall-time
 * gap with equal thread CPU points at. A PostgreSQL server's work is in neither: wall time is what shows it.
 */
record RunCost(double wallMs, double threadCpuMs, double processCpuMs, double gcMs) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Times {@code run} on the calling thread. */
    static RunCost measure(ThrowingRunnable run) throws Exception {
        long gc = gcMillis();
        long process = OS.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        run.run();
        return new RunCost(
                (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - thread) / 1e6,
                (OS.getProcessCpuTime() - process) / 1e6,
                gcMillis() - gc);
    }

    RunCost plus(RunCost other) {
        return new RunCost(
                wallMs + other.wallMs,
                threadCpuMs + other.threadCpuMs,
                processCpuMs + other.processCpuMs,
                gcMs + other.gcMs);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** A piece of work that may throw, e.g. a Liquibase update. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
