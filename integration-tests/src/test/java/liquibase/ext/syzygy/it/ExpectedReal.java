package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** What each realistic project's changelogs are expected to do: changeset ids in changelog order, and the schema. */
final class ExpectedReal {

    private ExpectedReal() {}

    /**
     * Every changeset a fresh install of the next release applies on {@code kind}, in changelog order: the history
     * (without the fake data of the "faker" context), then the release with its two stages interleaved.
     */
    static List<String> all(RealChangelogs project, DbKind kind) {
        List<String> all = new ArrayList<>(history(project, kind));
        all.remove("20240115093000-1-data");
        all.addAll(
                switch (project) {
                    case CRUD_APP -> List.of(
                            "20241110150000-1",
                            "20241110150000-2",
                            "20241110150000-3",
                            "20241110150000-4",
                            "20241110150000-5",
                            "20241110150000-6");
                    case LEGACY_XML -> List.of("4.0-1", "4.0-2", "4.0-3", "4.0-4", "4.0-5", "4.0-6");
                    case SQL_SERVICE -> List.of("r2-1", "r2-2", "r2-3", "r2-4");
                });
        return all;
    }

    /** The history's changesets on {@code kind}. */
    static List<String> history(RealChangelogs project, DbKind kind) {
        return switch (project) {
            case CRUD_APP -> List.of(
                    "00000000000000",
                    "00000000000001",
                    "20240115093000-1",
                    "20240115093000-1-data",
                    "20240115093100-1",
                    "20240115093000-2",
                    "20240302110000-1",
                    "20240302110000-2");
            case LEGACY_XML -> List.of(
                    "1.0-1", "1.0-2", "1.0-tag", "1.1-1", "1.1-2", "1.1-3", "2.0-1", "2.0-2", "2.0-3", "2.0-4",
                    "2.0-tag", "2.1-1", "2.1-2", "2.1-3", "3.0-1", "3.0-2", "3.0-tag");
            case SQL_SERVICE -> kind == DbKind.POSTGRESQL
                    ? List.of(
                            "accounts-1",
                            "accounts-2",
                            "accounts-3",
                            "accounts-4",
                            "payments-1",
                            "payments-2",
                            "payments-3",
                            "routines-1",
                            "routines-2",
                            "routines-3")
                    : List.of(
                            "accounts-1", "accounts-2", "accounts-3", "accounts-4", "payments-1", "routines-1-sqlite");
        };
    }

    /** The next release's pre-deploy changesets, in changelog order. */
    static List<String> nextPre(RealChangelogs project) {
        return switch (project) {
            case CRUD_APP -> List.of("20241110150000-1", "20241110150000-2", "20241110150000-3", "20241110150000-6");
            case LEGACY_XML -> List.of("4.0-1", "4.0-2", "4.0-3", "4.0-5");
            case SQL_SERVICE -> List.of("r2-1", "r2-2");
        };
    }

    /** The next release's post-deploy changesets, in changelog order. */
    static List<String> nextPost(RealChangelogs project) {
        return switch (project) {
            case CRUD_APP -> List.of("20241110150000-4", "20241110150000-5");
            case LEGACY_XML -> List.of("4.0-4", "4.0-6");
            case SQL_SERVICE -> List.of("r2-3", "r2-4");
        };
    }

    /** The schema after the next release's two stages. */
    static void checkSchema(RealChangelogs project, TestDatabase db) {
        switch (project) {
            case CRUD_APP -> {
                assertThat(db.tableExists("task")).isTrue();
                assertThat(db.columnExists("job", "status")).isTrue();
                assertThat(db.columnExists("employee", "salary")).isFalse();
            }
            case LEGACY_XML -> {
                assertThat(db.tableExists("organization")).isTrue();
                assertThat(db.columnExists("realm", "organizations_enabled")).isTrue();
                assertThat(db.columnExists("realm", "account_theme")).isFalse();
            }
            case SQL_SERVICE -> {
                assertThat(db.tableExists("refund")).isTrue();
                assertThat(db.columnExists("payment", "currency")).isTrue();
                assertThat(db.columnExists("payment", "legacy_code")).isFalse();
            }
        }
    }
}
