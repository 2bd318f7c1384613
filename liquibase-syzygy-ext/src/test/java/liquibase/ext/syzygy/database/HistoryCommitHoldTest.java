package liquibase.ext.syzygy.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryCommitHoldTest {

    private final HistoryCommitHold hold = new HistoryCommitHold(true);

    @Test
    void theCommitAfterTransactionalChangesWaitsForTheHistoryWritesCommit() {
        hold.changesRunning(false);
        hold.changesRunning(false);

        assertThat(hold.commitNow()).as("ChangeSet.execute's commit").isFalse();
        assertThat(hold.holding()).isTrue();
        assertThat(hold.commitNow()).as("the history write's commit").isTrue();
        assertThat(hold.commitNow()).as("UpdateVisitor's commit").isTrue();
        assertThat(hold.holding()).isFalse();
    }

    @Test
    void atMostOneCommitIsHeldEvenWhenNoHistoryIsWritten() {
        hold.changesRunning(false);
        assertThat(hold.commitNow()).isFalse();

        hold.changesRunning(false);

        assertThat(hold.commitNow()).as("a second commit always commits").isTrue();
    }

    @Test
    void everyCommitCommitsWithoutChangesInAnOpenTransaction() {
        assertThat(hold.commitNow()).isTrue();
        hold.changesRunning(true);
        assertThat(hold.commitNow())
                .as("runInTransaction=false: auto-commit on")
                .isTrue();
    }

    @Test
    void aRollbackForgetsTheHold() {
        hold.changesRunning(false);
        hold.rolledBack();
        assertThat(hold.commitNow()).isTrue();

        hold.changesRunning(false);
        hold.commitNow();
        hold.rolledBack();
        assertThat(hold.holding()).isFalse();
        assertThat(hold.commitNow()).isTrue();
    }

    @Test
    void aFailedHistoryWriteRollsBackOnlyChangesThatAreHeld() {
        assertThat(hold.historyWriteFailed()).as("changelog-sync: nothing held").isFalse();

        hold.changesRunning(false);
        hold.commitNow();
        assertThat(hold.historyWriteFailed()).isTrue();
        assertThat(hold.commitNow()).isTrue();
    }

    @Test
    void aDisabledHoldCommitsEveryTime() {
        HistoryCommitHold off = new HistoryCommitHold(false);
        off.changesRunning(false);
        assertThat(off.commitNow()).isTrue();
        assertThat(off.historyWriteFailed()).isFalse();
    }
}
