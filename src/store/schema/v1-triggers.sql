-- Comptoir schema, version 1: search indexes, counters, stock and the
-- immutability of issued documents.

-- ── Full-text search ────────────────────────────────────────────────────
--
-- External-content FTS5 tables: the text lives once, in the table; the
-- index is kept current by the triggers. remove_diacritics 2 makes "eric"
-- find "Éric". Queries are built by cpt_database_build_fts_query().

CREATE VIRTUAL TABLE sales_orders_fts USING fts5 (
  number, reference, customer_name,
  content = 'sales_orders', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER sales_orders_fts_insert AFTER INSERT ON sales_orders BEGIN
  INSERT INTO sales_orders_fts (rowid, number, reference, customer_name)
  VALUES (NEW.id, NEW.number, NEW.reference, NEW.customer_name);
END;
CREATE TRIGGER sales_orders_fts_delete AFTER DELETE ON sales_orders BEGIN
  INSERT INTO sales_orders_fts (sales_orders_fts, rowid, number, reference, customer_name)
  VALUES ('delete', OLD.id, OLD.number, OLD.reference, OLD.customer_name);
END;
CREATE TRIGGER sales_orders_fts_update AFTER UPDATE OF number, reference, customer_name ON sales_orders
BEGIN
  INSERT INTO sales_orders_fts (sales_orders_fts, rowid, number, reference, customer_name)
  VALUES ('delete', OLD.id, OLD.number, OLD.reference, OLD.customer_name);
  INSERT INTO sales_orders_fts (rowid, number, reference, customer_name)
  VALUES (NEW.id, NEW.number, NEW.reference, NEW.customer_name);
END;

-- Prefix indexes make the order form's customer type-ahead instant.
CREATE VIRTUAL TABLE customers_fts USING fts5 (
  display_name, company_name, contact_name, email, billing_city,
  content = 'customers', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customers_fts (rowid, display_name, company_name, contact_name, email, billing_city)
  VALUES (NEW.id, NEW.display_name, NEW.company_name, NEW.contact_name, NEW.email, NEW.billing_city);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, display_name, company_name, contact_name, email,
                             billing_city)
  VALUES ('delete', OLD.id, OLD.display_name, OLD.company_name, OLD.contact_name, OLD.email,
          OLD.billing_city);
END;
CREATE TRIGGER customers_fts_update
AFTER UPDATE OF display_name, company_name, contact_name, email, billing_city ON customers
BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, display_name, company_name, contact_name, email,
                             billing_city)
  VALUES ('delete', OLD.id, OLD.display_name, OLD.company_name, OLD.contact_name, OLD.email,
          OLD.billing_city);
  INSERT INTO customers_fts (rowid, display_name, company_name, contact_name, email, billing_city)
  VALUES (NEW.id, NEW.display_name, NEW.company_name, NEW.contact_name, NEW.email, NEW.billing_city);
END;

CREATE VIRTUAL TABLE items_fts USING fts5 (
  name, sku,
  content = 'items', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, name, sku) VALUES (NEW.id, NEW.name, NEW.sku);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, name, sku) VALUES ('delete', OLD.id, OLD.name, OLD.sku);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF name, sku ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, name, sku) VALUES ('delete', OLD.id, OLD.name, OLD.sku);
  INSERT INTO items_fts (rowid, name, sku) VALUES (NEW.id, NEW.name, NEW.sku);
END;

-- ── Row counts ──────────────────────────────────────────────────────────
-- One UPDATE per counter: "name IN ('x', 'x:' || status)" builds a
-- temporary b-tree for the list at every row inserted, which cost 12 % of
-- an order import.

CREATE TRIGGER customers_count_insert AFTER INSERT ON customers BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = 'customers';
END;
CREATE TRIGGER customers_count_delete AFTER DELETE ON customers BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'customers';
END;
CREATE TRIGGER items_count_insert AFTER INSERT ON items BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER items_count_delete AFTER DELETE ON items BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'items';
END;
CREATE TRIGGER sales_orders_count_insert AFTER INSERT ON sales_orders BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = 'sales_orders';
  UPDATE row_counts SET n = n + 1 WHERE name = 'sales_orders:' || NEW.status;
END;
CREATE TRIGGER sales_orders_count_delete AFTER DELETE ON sales_orders BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'sales_orders';
  UPDATE row_counts SET n = n - 1 WHERE name = 'sales_orders:' || OLD.status;
END;
CREATE TRIGGER sales_orders_count_update AFTER UPDATE OF status ON sales_orders
WHEN NEW.status IS NOT OLD.status
BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'sales_orders:' || OLD.status;
  UPDATE row_counts SET n = n + 1 WHERE name = 'sales_orders:' || NEW.status;
END;
CREATE TRIGGER invoices_count_insert AFTER INSERT ON invoices BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = 'invoices';
  UPDATE row_counts SET n = n + 1 WHERE name = 'invoices:' || NEW.status;
END;
CREATE TRIGGER invoices_count_delete AFTER DELETE ON invoices BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'invoices';
  UPDATE row_counts SET n = n - 1 WHERE name = 'invoices:' || OLD.status;
END;
CREATE TRIGGER invoices_count_update AFTER UPDATE OF status ON invoices
WHEN NEW.status IS NOT OLD.status
BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'invoices:' || OLD.status;
  UPDATE row_counts SET n = n + 1 WHERE name = 'invoices:' || NEW.status;
END;

-- ── Stock ───────────────────────────────────────────────────────────────

CREATE TRIGGER stock_movements_on_hand AFTER INSERT ON stock_movements BEGIN
  INSERT INTO stock_levels (item_id, warehouse_id, on_hand)
  VALUES (NEW.item_id, NEW.warehouse_id, NEW.quantity)
  ON CONFLICT (item_id, warehouse_id) DO UPDATE SET on_hand = on_hand + excluded.on_hand;
END;
-- Movements are the stock's journal: only the link to a deleted shipment
-- may change (ON DELETE SET NULL).
CREATE TRIGGER stock_movements_append_only_update
BEFORE UPDATE OF id, item_id, warehouse_id, quantity, kind, reason, at ON stock_movements
BEGIN
  SELECT RAISE (ABORT, 'cpt:stock_movement_immutable');
END;
CREATE TRIGGER stock_movements_append_only_delete BEFORE DELETE ON stock_movements BEGIN
  SELECT RAISE (ABORT, 'cpt:stock_movement_immutable');
END;

-- committed = Σ (quantity − quantity_shipped) over the item lines of
-- confirmed orders, per order warehouse. Kept here rather than summed at
-- read time: with a million orders the items list would otherwise scan
-- every open line on each refresh; these triggers cost a few row updates
-- per write.
CREATE TRIGGER sales_order_lines_committed_insert AFTER INSERT ON sales_order_lines
WHEN NEW.item_id IS NOT NULL AND NEW.quantity > NEW.quantity_shipped
BEGIN
  INSERT INTO stock_levels (item_id, warehouse_id, committed)
  SELECT NEW.item_id, o.warehouse_id, NEW.quantity - NEW.quantity_shipped
  FROM sales_orders o WHERE o.id = NEW.order_id AND o.status = 'confirmed'
  ON CONFLICT (item_id, warehouse_id) DO UPDATE SET committed = committed + excluded.committed;
END;

CREATE TRIGGER sales_order_lines_committed_delete AFTER DELETE ON sales_order_lines
WHEN OLD.item_id IS NOT NULL AND OLD.quantity > OLD.quantity_shipped
BEGIN
  UPDATE stock_levels SET committed = committed - (OLD.quantity - OLD.quantity_shipped)
  WHERE item_id = OLD.item_id
    AND warehouse_id = (SELECT o.warehouse_id FROM sales_orders o
                        WHERE o.id = OLD.order_id AND o.status = 'confirmed');
END;

CREATE TRIGGER sales_order_lines_committed_update
AFTER UPDATE OF order_id, item_id, quantity, quantity_shipped ON sales_order_lines
BEGIN
  UPDATE stock_levels SET committed = committed - (OLD.quantity - OLD.quantity_shipped)
  WHERE OLD.item_id IS NOT NULL
    AND item_id = OLD.item_id
    AND warehouse_id = (SELECT o.warehouse_id FROM sales_orders o
                        WHERE o.id = OLD.order_id AND o.status = 'confirmed');
  INSERT INTO stock_levels (item_id, warehouse_id, committed)
  SELECT NEW.item_id, o.warehouse_id, NEW.quantity - NEW.quantity_shipped
  FROM sales_orders o
  WHERE NEW.item_id IS NOT NULL AND o.id = NEW.order_id AND o.status = 'confirmed'
  ON CONFLICT (item_id, warehouse_id) DO UPDATE SET committed = committed + excluded.committed;
END;

-- Confirming, closing, voiding, reopening or moving an order to another
-- warehouse moves all its open quantities at once.
CREATE TRIGGER sales_orders_committed_update AFTER UPDATE OF status, warehouse_id ON sales_orders
WHEN OLD.status = 'confirmed' OR NEW.status = 'confirmed'
BEGIN
  UPDATE stock_levels
  SET committed = committed - (SELECT sum (l.quantity - l.quantity_shipped)
                               FROM sales_order_lines l
                               WHERE l.order_id = OLD.id AND l.item_id = stock_levels.item_id)
  WHERE OLD.status = 'confirmed'
    AND warehouse_id = OLD.warehouse_id
    AND item_id IN (SELECT item_id FROM sales_order_lines WHERE order_id = OLD.id);
  INSERT INTO stock_levels (item_id, warehouse_id, committed)
  SELECT l.item_id, NEW.warehouse_id, sum (l.quantity - l.quantity_shipped)
  FROM sales_order_lines l
  WHERE NEW.status = 'confirmed' AND l.order_id = NEW.id AND l.item_id IS NOT NULL
  GROUP BY l.item_id
  ON CONFLICT (item_id, warehouse_id) DO UPDATE SET committed = committed + excluded.committed;
END;

-- Only drafts are deleted, but a confirmed order must not leave its
-- quantities behind if it ever is.
CREATE TRIGGER sales_orders_committed_delete BEFORE DELETE ON sales_orders
WHEN OLD.status = 'confirmed'
BEGIN
  UPDATE stock_levels
  SET committed = committed - (SELECT sum (l.quantity - l.quantity_shipped)
                               FROM sales_order_lines l
                               WHERE l.order_id = OLD.id AND l.item_id = stock_levels.item_id)
  WHERE warehouse_id = OLD.warehouse_id
    AND item_id IN (SELECT item_id FROM sales_order_lines WHERE order_id = OLD.id);
END;

-- ── Issued invoices and credit notes are immutable ──────────────────────
--
-- Once numbered, an invoice may only move forward: issued → sent → paid
-- (the paid date may be set or corrected), and to credited when a credit
-- note cancels it. Everything it printed stays as it was.

CREATE TRIGGER invoices_immutable_update BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL AND (
    NEW.status = 'draft'
    OR (OLD.status = 'credited' AND NEW.status <> 'credited')
    OR (OLD.credited_by IS NOT NULL AND NEW.credited_by IS NOT OLD.credited_by)
    OR (NEW.paid_date IS NOT OLD.paid_date AND NEW.status NOT IN ('paid', 'credited')
        AND NEW.paid_date IS NOT NULL)
    OR (OLD.id, OLD.number, OLD.order_id, OLD.customer_id, OLD.date, OLD.delivery_date,
     OLD.due_date, OLD.payment_terms_id, OLD.payment_terms_name, OLD.reference,
     OLD.order_number, OLD.issued_at, OLD.seller_name, OLD.seller_legal_form,
     OLD.seller_share_capital, OLD.seller_street, OLD.seller_street2, OLD.seller_postcode,
     OLD.seller_city, OLD.seller_country, OLD.seller_siren, OLD.seller_siret,
     OLD.seller_rcs_city, OLD.seller_vat_number, OLD.seller_vat_regime,
     OLD.seller_vat_on_debits, OLD.seller_operations, OLD.seller_iban, OLD.seller_bic,
     OLD.seller_email, OLD.seller_phone, OLD.seller_late_penalty_rate, OLD.seller_footer,
     OLD.customer_name, OLD.customer_email, OLD.customer_siren, OLD.customer_vat_number,
     OLD.billing_street, OLD.billing_street2, OLD.billing_postcode, OLD.billing_city,
     OLD.billing_country, OLD.shipping_street, OLD.shipping_street2, OLD.shipping_postcode,
     OLD.shipping_city, OLD.shipping_country, OLD.discount_kind, OLD.discount_value,
     OLD.shipping_charge, OLD.shipping_tax_id, OLD.shipping_tax_rate, OLD.shipping_tax_name,
     OLD.adjustment, OLD.adjustment_description, OLD.notes, OLD.terms, OLD.sub_total,
     OLD.discount_total, OLD.tax_total, OLD.total, OLD.created_at)
    IS NOT
    (NEW.id, NEW.number, NEW.order_id, NEW.customer_id, NEW.date, NEW.delivery_date,
     NEW.due_date, NEW.payment_terms_id, NEW.payment_terms_name, NEW.reference,
     NEW.order_number, NEW.issued_at, NEW.seller_name, NEW.seller_legal_form,
     NEW.seller_share_capital, NEW.seller_street, NEW.seller_street2, NEW.seller_postcode,
     NEW.seller_city, NEW.seller_country, NEW.seller_siren, NEW.seller_siret,
     NEW.seller_rcs_city, NEW.seller_vat_number, NEW.seller_vat_regime,
     NEW.seller_vat_on_debits, NEW.seller_operations, NEW.seller_iban, NEW.seller_bic,
     NEW.seller_email, NEW.seller_phone, NEW.seller_late_penalty_rate, NEW.seller_footer,
     NEW.customer_name, NEW.customer_email, NEW.customer_siren, NEW.customer_vat_number,
     NEW.billing_street, NEW.billing_street2, NEW.billing_postcode, NEW.billing_city,
     NEW.billing_country, NEW.shipping_street, NEW.shipping_street2, NEW.shipping_postcode,
     NEW.shipping_city, NEW.shipping_country, NEW.discount_kind, NEW.discount_value,
     NEW.shipping_charge, NEW.shipping_tax_id, NEW.shipping_tax_rate, NEW.shipping_tax_name,
     NEW.adjustment, NEW.adjustment_description, NEW.notes, NEW.terms, NEW.sub_total,
     NEW.discount_total, NEW.tax_total, NEW.total, NEW.created_at))
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;
CREATE TRIGGER invoices_immutable_delete BEFORE DELETE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;

CREATE TRIGGER invoice_lines_immutable_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;
CREATE TRIGGER invoice_lines_immutable_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
  OR (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;
CREATE TRIGGER invoice_lines_immutable_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;

CREATE TRIGGER invoice_taxes_immutable_insert BEFORE INSERT ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;
CREATE TRIGGER invoice_taxes_immutable_update BEFORE UPDATE ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
  OR (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;
CREATE TRIGGER invoice_taxes_immutable_delete BEFORE DELETE ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:invoice_issued');
END;

-- A numbered credit note may only be marked as sent.
CREATE TRIGGER credit_notes_immutable_update BEFORE UPDATE ON credit_notes
WHEN OLD.number IS NOT NULL AND (
    NEW.status = 'draft'
    OR (OLD.status = 'sent' AND NEW.status <> 'sent')
    OR (OLD.id, OLD.number, OLD.invoice_id, OLD.invoice_number, OLD.order_id, OLD.customer_id,
     OLD.date, OLD.reason, OLD.issued_at, OLD.seller_name, OLD.seller_legal_form,
     OLD.seller_share_capital, OLD.seller_street, OLD.seller_street2, OLD.seller_postcode,
     OLD.seller_city, OLD.seller_country, OLD.seller_siren, OLD.seller_siret,
     OLD.seller_rcs_city, OLD.seller_vat_number, OLD.seller_vat_regime,
     OLD.seller_vat_on_debits, OLD.seller_operations, OLD.seller_iban, OLD.seller_bic,
     OLD.seller_email, OLD.seller_phone, OLD.seller_late_penalty_rate, OLD.seller_footer,
     OLD.customer_name, OLD.customer_email, OLD.customer_siren, OLD.customer_vat_number,
     OLD.billing_street, OLD.billing_street2, OLD.billing_postcode, OLD.billing_city,
     OLD.billing_country, OLD.shipping_charge, OLD.shipping_tax_id, OLD.shipping_tax_rate,
     OLD.shipping_tax_name, OLD.adjustment, OLD.adjustment_description, OLD.notes,
     OLD.sub_total, OLD.discount_total, OLD.tax_total, OLD.total, OLD.created_at)
    IS NOT
    (NEW.id, NEW.number, NEW.invoice_id, NEW.invoice_number, NEW.order_id, NEW.customer_id,
     NEW.date, NEW.reason, NEW.issued_at, NEW.seller_name, NEW.seller_legal_form,
     NEW.seller_share_capital, NEW.seller_street, NEW.seller_street2, NEW.seller_postcode,
     NEW.seller_city, NEW.seller_country, NEW.seller_siren, NEW.seller_siret,
     NEW.seller_rcs_city, NEW.seller_vat_number, NEW.seller_vat_regime,
     NEW.seller_vat_on_debits, NEW.seller_operations, NEW.seller_iban, NEW.seller_bic,
     NEW.seller_email, NEW.seller_phone, NEW.seller_late_penalty_rate, NEW.seller_footer,
     NEW.customer_name, NEW.customer_email, NEW.customer_siren, NEW.customer_vat_number,
     NEW.billing_street, NEW.billing_street2, NEW.billing_postcode, NEW.billing_city,
     NEW.billing_country, NEW.shipping_charge, NEW.shipping_tax_id, NEW.shipping_tax_rate,
     NEW.shipping_tax_name, NEW.adjustment, NEW.adjustment_description, NEW.notes,
     NEW.sub_total, NEW.discount_total, NEW.tax_total, NEW.total, NEW.created_at))
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
CREATE TRIGGER credit_notes_immutable_delete BEFORE DELETE ON credit_notes
WHEN OLD.number IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;

CREATE TRIGGER credit_note_lines_immutable_insert BEFORE INSERT ON credit_note_lines
WHEN (SELECT number FROM credit_notes WHERE id = NEW.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
CREATE TRIGGER credit_note_lines_immutable_update BEFORE UPDATE ON credit_note_lines
WHEN (SELECT number FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
  OR (SELECT number FROM credit_notes WHERE id = NEW.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
CREATE TRIGGER credit_note_lines_immutable_delete BEFORE DELETE ON credit_note_lines
WHEN (SELECT number FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;

CREATE TRIGGER credit_note_taxes_immutable_insert BEFORE INSERT ON credit_note_taxes
WHEN (SELECT number FROM credit_notes WHERE id = NEW.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
CREATE TRIGGER credit_note_taxes_immutable_update BEFORE UPDATE ON credit_note_taxes
WHEN (SELECT number FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
  OR (SELECT number FROM credit_notes WHERE id = NEW.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
CREATE TRIGGER credit_note_taxes_immutable_delete BEFORE DELETE ON credit_note_taxes
WHEN (SELECT number FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'cpt:credit_note_issued');
END;
