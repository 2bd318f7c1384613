--liquibase formatted sql

-- Release 1.3: the last 1.0-style orders (one product per order) move to order_lines,
-- then orders.product_id and orders.quantity go. Raw SQL has no inferable stage, so each
-- one declares it: both must wait until no node runs code that writes those columns.

--changeset shop:1.3-migrate-legacy-orders context:post-deploy
--comment: Data migration: copy legacy single-product orders into order_lines.
INSERT INTO order_lines (id, order_id, product_id, quantity, unit_price_cents)
SELECT o.id + 1000000, o.id, o.product_id, o.quantity, p.price_cents
FROM orders o
JOIN products p ON p.id = o.product_id
WHERE o.product_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id);

--changeset shop:1.3-drop-legacy-order-columns context:post-deploy
ALTER TABLE orders DROP COLUMN quantity;
ALTER TABLE orders DROP COLUMN product_id;
--rollback ALTER TABLE orders ADD COLUMN product_id INT;
--rollback ALTER TABLE orders ADD COLUMN quantity INT;
