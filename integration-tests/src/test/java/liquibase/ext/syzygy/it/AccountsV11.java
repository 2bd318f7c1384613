package liquibase.ext.syzygy.it;

import java.sql.Connection;

/**
 * Version 1.1 of the accounts service, written against release 1.1's schema: it writes and reads the new NOT NULL
 * column {@code plan} and never names {@code legacy_code}, which release 1.1 removes. It starts after the
 * pre-deploy run and runs next to {@link AccountsV10} during the rollout.
 */
final class AccountsV11 extends AccountsApp {

    static final String VERSION = "v1.1";

    @Override
    String version() {
        return VERSION;
    }

    @Override
    void serve(Connection connection, long id, TrafficLedger ledger, ExpectedAccounts accounts) {
        String email = "v11-" + id + "@example.com";
        boolean inserted = succeeded(ledger.execute(
                VERSION,
                "insert",
                connection,
                c -> changeOneRow(c, "INSERT INTO accounts (id, email, plan) VALUES (?, ?, ?)", id, email, "pro")));
        if (inserted) {
            accounts.expect(id, email, "pro");
            ledger.execute(VERSION, "read", connection, c -> {
                String[] row = readOneRow(c, "SELECT email, plan FROM accounts WHERE id = ?", id);
                expect(
                        email.equals(row[0]) && "pro".equals(row[1]),
                        "account " + id + " reads back as " + String.join(", ", row));
                return row;
            });
            boolean upgraded = succeeded(ledger.execute(
                    VERSION,
                    "update",
                    connection,
                    c -> changeOneRow(c, "UPDATE accounts SET plan = ? WHERE id = ?", "team", id)));
            if (upgraded) {
                accounts.expect(id, email, "team");
            }
        }
        ledger.execute(
                VERSION,
                "list",
                connection,
                c -> listNewest(c, "SELECT id, email, plan FROM accounts ORDER BY id DESC LIMIT ?", "plan"));
    }
}
