package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConstraintNamesTest {

    @Test
    void aShortNameIsPostgresOwnDefault() {
        assertThat(ConstraintNames.notNull("orders", "status")).isEqualTo("orders_status_not_null");
    }

    @Test
    void aLongNameIsCutWithinTheIdentifierLimitAndKeptDistinct() {
        String table = "a_very_long_table_name_that_goes_on_and_on_and_on";
        String first = ConstraintNames.notNull(table, "first_long_column_name_é");
        String second = ConstraintNames.notNull(table, "second_long_column_name_é");
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(first).startsWith(table).isNotEqualTo(second);
    }

    @Test
    void defaultNullValueIsReadAsTheLiteralItsColumnTypeCallsFor() {
        assertThat(DefaultValueAttributes.forType("int", "0").toValue()).isEqualTo(new java.math.BigDecimal("0"));
        assertThat(DefaultValueAttributes.forType("NUMERIC(10, 2)", "1.5").toValue())
                .isEqualTo(new java.math.BigDecimal("1.5"));
        assertThat(DefaultValueAttributes.forType("boolean", "true").toValue()).isEqualTo(true);
        assertThat(DefaultValueAttributes.forType("timestamp with time zone", "2024-01-31T12:00:00")
                        .toValue())
                .isInstanceOf(java.util.Date.class);
        assertThat(DefaultValueAttributes.forType("varchar(20)", "0").toValue()).isEqualTo("0");
        assertThat(DefaultValueAttributes.forType(null, "x").toValue()).isEqualTo("x");
    }
}
