package liquibase.ext.syzygy.it;

import java.sql.Connection;

/**
 * Version 1.0 of the accounts service, written against release 1.0's schema: it writes and reads
 * {@code legacy_code} (NOT NULL there) and knows nothing of {@code plan}, which release 1.1 adds. It has to keep
 * working from release 1.1's pre-deploy run until it is retired after the rollout.
 */
final class AccountsV10 extends AccountsApp {

    static final String VERSION = "v1.0";

    @Override
    String version() {
        return VERSION;
    }

    @Override
    void serve(Connection connection, long id, TrafficLedger ledger, ExpectedAccounts accounts) {
        String email = "v10-" + id + "@example.com";
        String code = "L" + id;
        boolean inserted = succeeded(ledger.execute(
                VERSION,
                "insert",
                connection,
                c -> changeOneRow(
                        c, "INSERT INTO accounts (id, email, legacy_code) VALUES (?, ?, ?)", id, email, code)));
        if (inserted) {
            // Release 1.1's default fills the plan of the rows this version writes.
            accounts.expect(id, email, "free");
            ledger.execute(VERSION, "read", connection, c -> {
                String[] row = readOneRow(c, "SELECT email, legacy_code FROM accounts WHERE id = ?", id);
                expect(
                        email.equals(row[0]) && code.equals(row[1]),
                        "account " + id + " reads back as " + String.join(", ", row));
                return row;
            });
            ledger.execute(
                    VERSION,
                    "update",
                    connection,
                    c -> changeOneRow(c, "UPDATE accounts SET legacy_code = ? WHERE id = ?", code + "-renewed", id));
        }
        ledger.execute(
                VERSION,
                "list",
                connection,
                c -> listNewest(
                        c, "SELECT id, email, legacy_code FROM accounts ORDER BY id DESC LIMIT ?", "legacy_code"));
    }
}
