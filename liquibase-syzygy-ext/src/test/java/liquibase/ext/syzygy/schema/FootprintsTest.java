package liquibase.ext.syzygy.schema;

import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Touch;
import org.junit.jupiter.api.Test;

class FootprintsTest {

    @Test
    void readsSchemaQualifiedObjectsOfEveryNamingConvention() {
        Footprint footprint = Footprints.of(List.of(
                change("createTable", "tableName", "Orders", "schemaName", "Shop"),
                change(
                        "addForeignKeyConstraint",
                        "baseTableName",
                        "lines",
                        "referencedTableName",
                        "orders",
                        "referencedTableSchemaName",
                        "shop"),
                change("renameView", "oldViewName", "v1", "newViewName", "v2")));
        assertThat(footprint.unknown()).isFalse();
        assertThat(footprint.touches())
                .extracting(Touch::toString)
                .containsExactlyInAnyOrder("shop.orders", "lines", "v1", "v2");
    }

    @Test
    void rawSqlAndChangesWithoutObjectNamesMayTouchAnything() {
        assertThat(Footprints.of(List.of(change("sql"))).unknown()).isTrue();
        assertThat(Footprints.of(List.of(change("dropIndex", "indexName", "ix")))
                        .unknown())
                .isTrue();
        assertThat(Footprints.of(List.of(change("someExtensionChange"))).unknown())
                .isTrue();
    }

    @Test
    void tagsAndOutputTouchNothing() {
        assertThat(Footprints.of(List.of(change("tagDatabase", "tag", "v1"), change("output"))))
                .isEqualTo(Footprint.NONE);
    }

    @Test
    void anObjectWithoutSchemaMayBeTheSameAsOneInAnySchema() {
        assertThat(DbObject.of(null, "t").mayBeSameAs(DbObject.of("app", "T"))).isTrue();
        assertThat(DbObject.of("app", "t").mayBeSameAs(DbObject.of("other", "t")))
                .isFalse();
        assertThat(DbObject.of("app", "t").mayBeSameAs(DbObject.of("app", "u"))).isFalse();
    }

    @Test
    void footprintsOverlapWhenTheyShareAnObjectOrOneIsUnknown() {
        Footprint orders = Footprints.of(List.of(change("dropColumn", "tableName", "orders")));
        Footprint lines = Footprints.of(List.of(change("createIndex", "tableName", "lines")));
        assertThat(orders.overlaps(lines)).isFalse();
        assertThat(orders.overlaps(Footprint.UNKNOWN)).isTrue();
        assertThat(Footprint.UNKNOWN.overlaps(Footprint.NONE)).isFalse();
    }
}
