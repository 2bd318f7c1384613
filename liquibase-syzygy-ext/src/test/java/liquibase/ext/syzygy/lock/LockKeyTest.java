package liquibase.ext.syzygy.lock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockKeyTest {

    @Test
    void theKeyIsTheFirstEightBytesOfTheSha256OfTheLowerCaseTableName() {
        // Published in the README: sha256("liquibase-syzygy:public.databasechangelog")[0..8], big-endian.
        LockKey key = LockKey.of("PUBLIC", "DATABASECHANGELOG");
        assertThat(key.name()).isEqualTo("public.databasechangelog");
        assertThat(key.value()).isEqualTo(-871317370335117553L);
    }

    @Test
    void noSchemaMeansTheTableNameAlone() {
        assertThat(LockKey.of(null, "databasechangelog").value()).isEqualTo(-5382126010992331586L);
        assertThat(LockKey.of(" ", "databasechangelog")).isEqualTo(LockKey.of(null, "databasechangelog"));
    }

    @Test
    void otherSchemasAndTablesGetOtherKeys() {
        assertThat(LockKey.of("a", "databasechangelog").value())
                .isNotEqualTo(LockKey.of("b", "databasechangelog").value())
                .isNotEqualTo(LockKey.of("a", "other_changelog").value());
    }

    @Test
    void theHalvesAreWhatPgLocksShowsForABigintKey() {
        LockKey key = new LockKey("x", 0x1234_5678_9ABC_DEF0L);
        assertThat(key.classId()).isEqualTo(0x1234_5678L);
        assertThat(key.objId()).isEqualTo(0x9ABC_DEF0L);
        LockKey negative = new LockKey("y", -1L);
        assertThat(negative.classId()).isEqualTo(0xFFFF_FFFFL);
        assertThat(negative.objId()).isEqualTo(0xFFFF_FFFFL);
    }
}
