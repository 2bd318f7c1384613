package liquibase.ext.syzygy.it;

import java.util.ArrayList;
import java.util.List;

/** What the sample shop history is expected to do: the changesets of each stage, in changelog order. */
final class ShopHistory {

    static final String R10 = Samples.SHOP_RELEASES + "1.0-initial-schema.xml";
    static final String R11 = Samples.SHOP_RELEASES + "1.1-order-lines.yaml";
    static final String R12 = Samples.SHOP_RELEASES + "1.2-addresses.json";
    static final String R13 = Samples.SHOP_RELEASES + "1.3-cleanup.sql";

    /** The pre-deploy changesets, in changelog order (what the pre-deploy run applies on an empty database). */
    static final List<String> PRE_DEPLOY = List.of(
            "1.0-customers",
            "1.0-customers-phone-index",
            "1.0-customer-notes",
            "1.0-products",
            "1.0-product-catalog-view",
            "1.0-orders",
            "1.0-seed-products",
            "1.0-tag",
            "1.1-order-lines",
            "1.1-tag",
            "1.2-addresses",
            "1.2-orders-shipping-address",
            "1.2-product-catalog-view",
            "1.2-tag");

    /** The post-deploy changesets, in changelog order. */
    static final List<String> POST_DEPLOY = List.of(
            "1.1-drop-customer-notes",
            "1.2-drop-product-catalog-v1",
            "1.2-drop-customers-phone-index",
            "1.3-migrate-legacy-orders",
            "1.3-drop-legacy-order-columns");

    /** Every changeset in changelog order (what a pre-deploy,post-deploy run applies). */
    static final List<String> ALL = List.of(
            "1.0-customers",
            "1.0-customers-phone-index",
            "1.0-customer-notes",
            "1.0-products",
            "1.0-product-catalog-view",
            "1.0-orders",
            "1.0-seed-products",
            "1.0-tag",
            "1.1-order-lines",
            "1.1-tag",
            "1.1-drop-customer-notes",
            "1.2-addresses",
            "1.2-orders-shipping-address",
            "1.2-product-catalog-view",
            "1.2-tag",
            "1.2-drop-product-catalog-v1",
            "1.2-drop-customers-phone-index",
            "1.3-migrate-legacy-orders",
            "1.3-drop-legacy-order-columns");

    /** Changesets whose stage is declared (formatted SQL with context:post-deploy); the rest is inferred. */
    static final List<String> DEFINED = List.of("1.3-migrate-legacy-orders", "1.3-drop-legacy-order-columns");

    private ShopHistory() {}

    static List<String> preThenPost() {
        List<String> ids = new ArrayList<>(PRE_DEPLOY);
        ids.addAll(POST_DEPLOY);
        return ids;
    }

    /** The {@code file::id::author} of a shop changeset. */
    static String fullId(String id) {
        String file = id.startsWith("1.0") ? R10 : id.startsWith("1.1") ? R11 : id.startsWith("1.2") ? R12 : R13;
        return file + "::" + id + "::shop";
    }
}
