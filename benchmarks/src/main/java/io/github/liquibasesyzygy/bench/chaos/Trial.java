package io.github.liquibasesyzygy.bench.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One trial: {@code deployers} processes start the same update together on a fresh database; once one of them
 * applies changesets (it holds the lock), it is killed with SIGKILL after a random delay; the survivors go on. A
 * survivor must take over (print its first {@code Running Changeset}, or finish with nothing left to do) within
 * {@code capMillis} of the kill, else the trial counts as not recovered and the survivors are killed (with a stale
 * lock they would wait out Liquibase's lock timeout); once one has taken over, they get two minutes to finish.
 *
 * @param killed whether a deployer was killed while it applied changesets
 * @param recoveryMillis from the kill until a survivor took over; empty when none did within the cap
 * @param failed survivors that exited non-zero
 * @param outcome what the database holds afterwards
 */
record Trial(boolean killed, Optional<Long> recoveryMillis, int failed, ChaosTarget.Outcome outcome) {

    /** How long the survivors may take to finish once one of them has the lock (a loaded machine is slow). */
    private static final long COMPLETION_MILLIS = 120_000;

    /** Everything one trial needs. */
    record Setup(
            ChaosTarget target,
            String classPath,
            Path dir,
            String changelog,
            int changesets,
            int deployers,
            long killWindowMillis,
            long capMillis,
            Path logs) {}

    static Trial run(Setup setup, Random random) throws Exception {
        List<Deployer> running = new ArrayList<>();
        try {
            for (int i = 0; i < setup.deployers(); i++) {
                running.add(Deployer.start(
                        "d" + i,
                        setup.classPath(),
                        setup.dir(),
                        setup.changelog(),
                        setup.target().url(),
                        setup.logs().resolve("d" + i + ".log")));
            }
            Optional<Deployer> holder = awaitHolder(running, 120_000);
            boolean killed = false;
            long killedAt = System.nanoTime();
            if (holder.isPresent()) {
                Thread.sleep((long) (random.nextDouble() * setup.killWindowMillis()));
                killed = holder.get().alive();
                killedAt = System.nanoTime();
                holder.get().kill();
            }
            List<Deployer> survivors = new ArrayList<>(running);
            holder.ifPresent(survivors::remove);
            long recovered = 0;
            int failed = 0;
            long startDeadline = killedAt + setup.capMillis() * 1_000_000;
            long endDeadline = killedAt + COMPLETION_MILLIS * 1_000_000;
            List<Deployer> waiting = new ArrayList<>(survivors);
            while (!waiting.isEmpty() && System.nanoTime() < (recovered == 0 ? startDeadline : endDeadline)) {
                for (Deployer deployer : List.copyOf(waiting)) {
                    if (recovered == 0 && deployer.firstChangeSetNanos() > killedAt) {
                        recovered = deployer.firstChangeSetNanos();
                    }
                    int exit = deployer.await(5);
                    if (exit == 0 && recovered == 0) {
                        recovered = System.nanoTime();
                    }
                    if (exit >= 0) {
                        waiting.remove(deployer);
                        failed += exit == 0 ? 0 : 1;
                    }
                }
            }
            Optional<Long> recovery =
                    recovered == 0 ? Optional.empty() : Optional.of((recovered - killedAt) / 1_000_000);
            for (Deployer deployer : running) {
                deployer.close(); // the survivors still waiting at the cap
            }
            return new Trial(killed, recovery, failed, setup.target().inspect(setup.changesets()));
        } finally {
            for (Deployer deployer : running) {
                deployer.close();
            }
        }
    }

    /** The first deployer seen applying changesets; empty if none does within {@code millis}. */
    private static Optional<Deployer> awaitHolder(List<Deployer> deployers, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            for (Deployer deployer : deployers) {
                if (deployer.applying()) {
                    return Optional.of(deployer);
                }
            }
            if (deployers.stream().noneMatch(Deployer::alive)) {
                return Optional.empty();
            }
            Thread.sleep(2);
        }
        return Optional.empty();
    }
}
