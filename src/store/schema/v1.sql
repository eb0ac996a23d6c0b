-- Comptoir schema, version 1.
--
-- Units: money INTEGER cents, quantities INTEGER thousandths, rates and
-- percentages INTEGER basis points (2000 = 20 %). No REAL column anywhere.
-- Dates are ISO 'YYYY-MM-DD' text (CHECKed to be real calendar days), timestamps ISO 8601 UTC
-- ('YYYY-MM-DDTHH:MM:SSZ'). Booleans are INTEGER 0/1.
--
-- Triggers raise errors whose message starts with "cpt:"; cpt-database.c
-- turns them into translated CPT_ERROR sentences.

-- ── Settings lists ──────────────────────────────────────────────────────

CREATE TABLE company (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  name               TEXT    NOT NULL DEFAULT '',
  legal_form         TEXT    NOT NULL DEFAULT '',
  share_capital      INTEGER NOT NULL DEFAULT 0 CHECK (share_capital >= 0),
  street             TEXT    NOT NULL DEFAULT '',
  street2            TEXT    NOT NULL DEFAULT '',
  postcode           TEXT    NOT NULL DEFAULT '',
  city               TEXT    NOT NULL DEFAULT '',
  country            TEXT    NOT NULL DEFAULT 'France',
  siren              TEXT    NOT NULL DEFAULT '',
  siret              TEXT    NOT NULL DEFAULT '',
  rcs_city           TEXT    NOT NULL DEFAULT '',
  vat_number         TEXT    NOT NULL DEFAULT '',
  vat_regime         TEXT    NOT NULL DEFAULT 'normal'
                     CHECK (vat_regime IN ('normal', 'franchise')),
  vat_on_debits      INTEGER NOT NULL DEFAULT 0 CHECK (vat_on_debits IN (0, 1)),
  operations         TEXT    NOT NULL DEFAULT 'goods'
                     CHECK (operations IN ('goods', 'services', 'both')),
  iban               TEXT    NOT NULL DEFAULT '',
  bic                TEXT    NOT NULL DEFAULT '',
  email              TEXT    NOT NULL DEFAULT '',
  phone              TEXT    NOT NULL DEFAULT '',
  website            TEXT    NOT NULL DEFAULT '',
  late_penalty_rate  INTEGER NOT NULL DEFAULT 0
                     CHECK (late_penalty_rate BETWEEN 0 AND 100000),
  footer             TEXT    NOT NULL DEFAULT '',
  logo               BLOB,
  updated_at         TEXT
);

CREATE TABLE taxes (
  id             INTEGER PRIMARY KEY,
  name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
  rate           INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
  category       TEXT    NOT NULL DEFAULT 'standard'
                 CHECK (category IN ('standard', 'reduced', 'exempt', 'reverse_charge')),
  legal_mention  TEXT    NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_default     INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  CHECK (is_default = 0 OR active = 1)
);
CREATE UNIQUE INDEX taxes_one_default ON taxes (is_default) WHERE is_default = 1;

CREATE TABLE payment_terms (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
  days          INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650),
  end_of_month  INTEGER NOT NULL DEFAULT 0 CHECK (end_of_month IN (0, 1)),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  CHECK (is_default = 0 OR active = 1)
);
CREATE UNIQUE INDEX payment_terms_one_default ON payment_terms (is_default) WHERE is_default = 1;

CREATE TABLE delivery_methods (
  id      INTEGER PRIMARY KEY,
  name    TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE warehouses (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  street      TEXT    NOT NULL DEFAULT '',
  street2     TEXT    NOT NULL DEFAULT '',
  postcode    TEXT    NOT NULL DEFAULT '',
  city        TEXT    NOT NULL DEFAULT '',
  country     TEXT    NOT NULL DEFAULT 'France',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  CHECK (is_default = 0 OR active = 1)
);
CREATE UNIQUE INDEX warehouses_one_default ON warehouses (is_default) WHERE is_default = 1;

-- One row per document type. {YYYY} {YY} {MM} in the prefix are replaced
-- at numbering time. last_year remembers the year of the last number taken
-- so that yearly_reset restarts next_number at 1 on the first number of a
-- new year. Invoices and credit notes are always numbered automatically.
CREATE TABLE number_series (
  doc_type      TEXT    PRIMARY KEY
                CHECK (doc_type IN ('salesorder', 'invoice', 'creditnote', 'shipment')),
  mode          TEXT    NOT NULL DEFAULT 'auto' CHECK (mode IN ('auto', 'manual')),
  prefix        TEXT    NOT NULL DEFAULT '',
  next_number   INTEGER NOT NULL DEFAULT 1 CHECK (next_number BETWEEN 1 AND 999999999999),
  padding       INTEGER NOT NULL DEFAULT 5 CHECK (padding BETWEEN 0 AND 10),
  yearly_reset  INTEGER NOT NULL DEFAULT 0 CHECK (yearly_reset IN (0, 1)),
  last_year     INTEGER CHECK (last_year IS NULL OR last_year BETWEEN 1900 AND 9999),
  CHECK (doc_type NOT IN ('invoice', 'creditnote') OR mode = 'auto')
) WITHOUT ROWID;

-- Free key/value settings (closing rule, API, e-mail server and templates).
CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL,
  CHECK (key <> 'closing_rule' OR value IN ('invoiced', 'shipped', 'shipped_and_invoiced'))
) WITHOUT ROWID;

-- Row counts maintained by triggers, so lists can show "N orders" without
-- a count(*) over a million rows. Names: 'customers', 'items',
-- 'sales_orders', 'sales_orders:<status>', 'invoices', 'invoices:<status>'.
CREATE TABLE row_counts (
  name  TEXT    PRIMARY KEY,
  n     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- ── Customers and items ─────────────────────────────────────────────────

CREATE TABLE customers (
  id                 INTEGER PRIMARY KEY,
  type               TEXT    NOT NULL DEFAULT 'company'
                     CHECK (type IN ('company', 'individual')),
  display_name       TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
  -- Accent- and case-folded display_name (SQL function cpt_fold()), for a
  -- French alphabetical order: "Éric" sorts with "eric", not after "Zoé".
  sort_name          TEXT    NOT NULL DEFAULT '',
  company_name       TEXT    NOT NULL DEFAULT '',
  contact_name       TEXT    NOT NULL DEFAULT '',
  email              TEXT    NOT NULL DEFAULT '',
  phone              TEXT    NOT NULL DEFAULT '',
  siren              TEXT    NOT NULL DEFAULT '',
  vat_number         TEXT    NOT NULL DEFAULT '',
  billing_street     TEXT    NOT NULL DEFAULT '',
  billing_street2    TEXT    NOT NULL DEFAULT '',
  billing_postcode   TEXT    NOT NULL DEFAULT '',
  billing_city       TEXT    NOT NULL DEFAULT '',
  billing_country    TEXT    NOT NULL DEFAULT 'France',
  shipping_street    TEXT    NOT NULL DEFAULT '',
  shipping_street2   TEXT    NOT NULL DEFAULT '',
  shipping_postcode  TEXT    NOT NULL DEFAULT '',
  shipping_city      TEXT    NOT NULL DEFAULT '',
  shipping_country   TEXT    NOT NULL DEFAULT 'France',
  payment_terms_id   INTEGER REFERENCES payment_terms (id),
  notes              TEXT    NOT NULL DEFAULT '',
  created_at         TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at         TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX customers_by_name ON customers (sort_name, id);

CREATE TABLE items (
  id             INTEGER PRIMARY KEY,
  name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
  sort_name      TEXT    NOT NULL DEFAULT '',
  -- NULL when the item has no SKU; otherwise unique, whatever the case.
  sku            TEXT    UNIQUE COLLATE NOCASE CHECK (sku IS NULL OR length(trim(sku)) > 0),
  type           TEXT    NOT NULL DEFAULT 'goods' CHECK (type IN ('goods', 'service')),
  unit           TEXT    NOT NULL DEFAULT '',
  rate           INTEGER NOT NULL DEFAULT 0 CHECK (rate >= 0),
  tax_id         INTEGER REFERENCES taxes (id),
  track_stock    INTEGER NOT NULL DEFAULT 1 CHECK (track_stock IN (0, 1)),
  reorder_level  INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
  description    TEXT    NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at     TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX items_by_name ON items (sort_name, id);

-- on_hand follows stock_movements (trigger below); committed follows the
-- lines of confirmed orders (triggers below), so the items list reads both
-- from this table instead of summing a million order lines.
CREATE TABLE stock_levels (
  item_id       INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  warehouse_id  INTEGER NOT NULL REFERENCES warehouses (id),
  on_hand       INTEGER NOT NULL DEFAULT 0,
  committed     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (item_id, warehouse_id)
) WITHOUT ROWID;
CREATE INDEX stock_levels_by_warehouse ON stock_levels (warehouse_id, item_id);

-- ── Sales orders ────────────────────────────────────────────────────────

CREATE TABLE sales_orders (
  id                      INTEGER PRIMARY KEY,
  number                  TEXT    NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  customer_id             INTEGER NOT NULL REFERENCES customers (id),
  customer_name           TEXT    NOT NULL DEFAULT '',
  customer_email          TEXT    NOT NULL DEFAULT '',
  reference               TEXT    NOT NULL DEFAULT '',
  date                    TEXT    NOT NULL CHECK (date IS date (date, '+0 days')),
  shipment_date           TEXT    CHECK (shipment_date IS date (shipment_date, '+0 days')),
  delivery_method_id      INTEGER REFERENCES delivery_methods (id),
  payment_terms_id        INTEGER REFERENCES payment_terms (id),
  warehouse_id            INTEGER NOT NULL REFERENCES warehouses (id),
  salesperson             TEXT    NOT NULL DEFAULT '',
  status                  TEXT    NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'confirmed', 'closed', 'void')),
  invoiced_status         TEXT    NOT NULL DEFAULT 'not_invoiced'
                          CHECK (invoiced_status IN ('not_invoiced', 'partially_invoiced', 'invoiced')),
  shipped_status          TEXT    NOT NULL DEFAULT 'not_shipped'
                          CHECK (shipped_status IN ('not_shipped', 'partially_shipped', 'shipped')),
  -- NULL for an ordinary order; the marketplace's name for an order
  -- received from one through the API (never mergeable).
  marketplace             TEXT    CHECK (marketplace IS NULL OR length(trim(marketplace)) > 0),
  billing_street          TEXT    NOT NULL DEFAULT '',
  billing_street2         TEXT    NOT NULL DEFAULT '',
  billing_postcode        TEXT    NOT NULL DEFAULT '',
  billing_city            TEXT    NOT NULL DEFAULT '',
  billing_country         TEXT    NOT NULL DEFAULT 'France',
  shipping_street         TEXT    NOT NULL DEFAULT '',
  shipping_street2        TEXT    NOT NULL DEFAULT '',
  shipping_postcode       TEXT    NOT NULL DEFAULT '',
  shipping_city           TEXT    NOT NULL DEFAULT '',
  shipping_country        TEXT    NOT NULL DEFAULT 'France',
  -- 'percent': discount_value in basis points; 'amount': in cents.
  discount_kind           TEXT    NOT NULL DEFAULT 'none'
                          CHECK (discount_kind IN ('none', 'percent', 'amount')),
  discount_value          INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
  shipping_charge         INTEGER NOT NULL DEFAULT 0 CHECK (shipping_charge >= 0),
  shipping_tax_id         INTEGER REFERENCES taxes (id),
  shipping_tax_rate       INTEGER NOT NULL DEFAULT 0 CHECK (shipping_tax_rate BETWEEN 0 AND 10000),
  shipping_tax_name       TEXT    NOT NULL DEFAULT '',
  adjustment              INTEGER NOT NULL DEFAULT 0,
  adjustment_description  TEXT    NOT NULL DEFAULT '',
  notes                   TEXT    NOT NULL DEFAULT '',
  terms                   TEXT    NOT NULL DEFAULT '',
  sub_total               INTEGER NOT NULL DEFAULT 0,
  discount_total          INTEGER NOT NULL DEFAULT 0,
  tax_total               INTEGER NOT NULL DEFAULT 0,
  total                   INTEGER NOT NULL DEFAULT 0,
  merged_into_id          INTEGER REFERENCES sales_orders (id),
  void_reason             TEXT,
  created_at              TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at              TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (discount_kind <> 'percent' OR discount_value <= 10000),
  CHECK (discount_kind <> 'none' OR discount_value = 0),
  CHECK (merged_into_id IS NULL OR status = 'void')
);
-- Keyset paging in every sort order of the list: (key, id).
CREATE INDEX sales_orders_by_date ON sales_orders (date, id);
CREATE INDEX sales_orders_by_customer ON sales_orders (customer_id, date, id);
CREATE INDEX sales_orders_by_status ON sales_orders (status, date, id);
CREATE INDEX sales_orders_by_total ON sales_orders (total, id);
CREATE INDEX sales_orders_by_customer_name ON sales_orders (customer_name COLLATE NOCASE, id);
-- Orders without an expected date sort first, as '' (a NULL key would
-- break the keyset comparison).
CREATE INDEX sales_orders_by_shipment_date ON sales_orders (ifnull (shipment_date, ''), id);
-- Deleting a draft checks that no order was merged into it: without this
-- index each delete scanned every order.
CREATE INDEX sales_orders_by_merged_into ON sales_orders (merged_into_id)
  WHERE merged_into_id IS NOT NULL;

CREATE TABLE sales_order_lines (
  id                 INTEGER PRIMARY KEY,
  order_id           INTEGER NOT NULL REFERENCES sales_orders (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL DEFAULT 0,
  -- NULL for a free-text line.
  item_id            INTEGER REFERENCES items (id),
  description        TEXT    NOT NULL DEFAULT '',
  quantity           INTEGER NOT NULL CHECK (quantity >= 0),
  quantity_shipped   INTEGER NOT NULL DEFAULT 0 CHECK (quantity_shipped BETWEEN 0 AND quantity),
  quantity_invoiced  INTEGER NOT NULL DEFAULT 0 CHECK (quantity_invoiced BETWEEN 0 AND quantity),
  unit               TEXT    NOT NULL DEFAULT '',
  rate               INTEGER NOT NULL DEFAULT 0 CHECK (rate >= 0),
  discount           INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
  tax_id             INTEGER REFERENCES taxes (id),
  tax_rate           INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 10000),
  tax_name           TEXT    NOT NULL DEFAULT '',
  amount             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_order_lines_by_order ON sales_order_lines (order_id, position, id);
CREATE INDEX sales_order_lines_by_item ON sales_order_lines (item_id) WHERE item_id IS NOT NULL;
CREATE INDEX sales_order_lines_by_tax ON sales_order_lines (tax_id) WHERE tax_id IS NOT NULL;

-- VAT summary per rate, as computed by core's totals when the order was saved.
CREATE TABLE sales_order_taxes (
  id        INTEGER PRIMARY KEY,
  order_id  INTEGER NOT NULL REFERENCES sales_orders (id) ON DELETE CASCADE,
  tax_id    INTEGER REFERENCES taxes (id),
  name      TEXT    NOT NULL DEFAULT '',
  rate      INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
  base      INTEGER NOT NULL,
  amount    INTEGER NOT NULL
);
CREATE INDEX sales_order_taxes_by_order ON sales_order_taxes (order_id);

-- ── Shipments and stock movements ───────────────────────────────────────

CREATE TABLE shipments (
  id                 INTEGER PRIMARY KEY,
  number             TEXT    NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  order_id           INTEGER NOT NULL REFERENCES sales_orders (id),
  warehouse_id       INTEGER NOT NULL REFERENCES warehouses (id),
  date               TEXT    NOT NULL CHECK (date IS date (date, '+0 days')),
  carrier            TEXT    NOT NULL DEFAULT '',
  tracking_number    TEXT    NOT NULL DEFAULT '',
  status             TEXT    NOT NULL DEFAULT 'shipped' CHECK (status IN ('shipped', 'delivered')),
  delivered_at       TEXT,
  customer_name      TEXT    NOT NULL DEFAULT '',
  shipping_street    TEXT    NOT NULL DEFAULT '',
  shipping_street2   TEXT    NOT NULL DEFAULT '',
  shipping_postcode  TEXT    NOT NULL DEFAULT '',
  shipping_city      TEXT    NOT NULL DEFAULT '',
  shipping_country   TEXT    NOT NULL DEFAULT 'France',
  notes              TEXT    NOT NULL DEFAULT '',
  created_at         TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX shipments_by_order ON shipments (order_id);
CREATE INDEX shipments_by_date ON shipments (date, id);

CREATE TABLE shipment_lines (
  id             INTEGER PRIMARY KEY,
  shipment_id    INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
  order_line_id  INTEGER NOT NULL REFERENCES sales_order_lines (id),
  item_id        INTEGER REFERENCES items (id),
  description    TEXT    NOT NULL DEFAULT '',
  unit           TEXT    NOT NULL DEFAULT '',
  quantity       INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE INDEX shipment_lines_by_shipment ON shipment_lines (shipment_id);
CREATE INDEX shipment_lines_by_order_line ON shipment_lines (order_line_id);

-- Append-only: a shipment inserts negative rows ('shipment'), deleting it
-- inserts the opposite rows ('shipment_deleted'), an inventory count inserts
-- an 'adjustment' with its reason. stock_levels.on_hand follows by trigger.
CREATE TABLE stock_movements (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES items (id),
  warehouse_id  INTEGER NOT NULL REFERENCES warehouses (id),
  quantity      INTEGER NOT NULL CHECK (quantity <> 0),
  kind          TEXT    NOT NULL CHECK (kind IN ('adjustment', 'shipment', 'shipment_deleted')),
  reason        TEXT    NOT NULL DEFAULT '',
  shipment_id   INTEGER REFERENCES shipments (id) ON DELETE SET NULL,
  at            TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX stock_movements_by_item ON stock_movements (item_id, at, id);
CREATE INDEX stock_movements_by_shipment ON stock_movements (shipment_id) WHERE shipment_id IS NOT NULL;

-- ── Invoices and credit notes ───────────────────────────────────────────
--
-- A document keeps a snapshot of everything it prints (seller, customer,
-- addresses, item descriptions, tax rates and mentions), so editing the
-- company, a customer, an item or a tax never changes an issued document.
-- number is NULL while the document is a draft; it is set, with status
-- 'issued', by the issuing UPDATE. Lines are added while the document is a
-- draft: once it has a number, its lines and tax rows can no longer be
-- inserted, changed or deleted (triggers below).

CREATE TABLE invoices (
  id                       INTEGER PRIMARY KEY,
  number                   TEXT    UNIQUE CHECK (number IS NULL OR length(trim(number)) > 0),
  order_id                 INTEGER REFERENCES sales_orders (id),
  customer_id              INTEGER NOT NULL REFERENCES customers (id),
  status                   TEXT    NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft', 'issued', 'sent', 'paid', 'credited')),
  date                     TEXT    NOT NULL CHECK (date IS date (date, '+0 days')),
  delivery_date            TEXT    CHECK (delivery_date IS date (delivery_date, '+0 days')),
  due_date                 TEXT    CHECK (due_date IS date (due_date, '+0 days')),
  payment_terms_id         INTEGER REFERENCES payment_terms (id),
  payment_terms_name       TEXT    NOT NULL DEFAULT '',
  reference                TEXT    NOT NULL DEFAULT '',
  order_number             TEXT    NOT NULL DEFAULT '',
  issued_at                TEXT,
  sent_at                  TEXT,
  paid_date                TEXT    CHECK (paid_date IS date (paid_date, '+0 days')),
  credited_by              INTEGER REFERENCES credit_notes (id),
  seller_name              TEXT    NOT NULL DEFAULT '',
  seller_legal_form        TEXT    NOT NULL DEFAULT '',
  seller_share_capital     INTEGER NOT NULL DEFAULT 0,
  seller_street            TEXT    NOT NULL DEFAULT '',
  seller_street2           TEXT    NOT NULL DEFAULT '',
  seller_postcode          TEXT    NOT NULL DEFAULT '',
  seller_city              TEXT    NOT NULL DEFAULT '',
  seller_country           TEXT    NOT NULL DEFAULT '',
  seller_siren             TEXT    NOT NULL DEFAULT '',
  seller_siret             TEXT    NOT NULL DEFAULT '',
  seller_rcs_city          TEXT    NOT NULL DEFAULT '',
  seller_vat_number        TEXT    NOT NULL DEFAULT '',
  seller_vat_regime        TEXT    NOT NULL DEFAULT 'normal'
                           CHECK (seller_vat_regime IN ('normal', 'franchise')),
  seller_vat_on_debits     INTEGER NOT NULL DEFAULT 0 CHECK (seller_vat_on_debits IN (0, 1)),
  seller_operations        TEXT    NOT NULL DEFAULT 'goods'
                           CHECK (seller_operations IN ('goods', 'services', 'both')),
  seller_iban              TEXT    NOT NULL DEFAULT '',
  seller_bic               TEXT    NOT NULL DEFAULT '',
  seller_email             TEXT    NOT NULL DEFAULT '',
  seller_phone             TEXT    NOT NULL DEFAULT '',
  seller_late_penalty_rate INTEGER NOT NULL DEFAULT 0,
  seller_footer            TEXT    NOT NULL DEFAULT '',
  customer_name            TEXT    NOT NULL DEFAULT '',
  customer_email           TEXT    NOT NULL DEFAULT '',
  customer_siren           TEXT    NOT NULL DEFAULT '',
  customer_vat_number      TEXT    NOT NULL DEFAULT '',
  billing_street           TEXT    NOT NULL DEFAULT '',
  billing_street2          TEXT    NOT NULL DEFAULT '',
  billing_postcode         TEXT    NOT NULL DEFAULT '',
  billing_city             TEXT    NOT NULL DEFAULT '',
  billing_country          TEXT    NOT NULL DEFAULT '',
  shipping_street          TEXT    NOT NULL DEFAULT '',
  shipping_street2         TEXT    NOT NULL DEFAULT '',
  shipping_postcode        TEXT    NOT NULL DEFAULT '',
  shipping_city            TEXT    NOT NULL DEFAULT '',
  shipping_country         TEXT    NOT NULL DEFAULT '',
  discount_kind            TEXT    NOT NULL DEFAULT 'none'
                           CHECK (discount_kind IN ('none', 'percent', 'amount')),
  discount_value           INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
  shipping_charge          INTEGER NOT NULL DEFAULT 0 CHECK (shipping_charge >= 0),
  shipping_tax_id          INTEGER REFERENCES taxes (id),
  shipping_tax_rate        INTEGER NOT NULL DEFAULT 0 CHECK (shipping_tax_rate BETWEEN 0 AND 10000),
  shipping_tax_name        TEXT    NOT NULL DEFAULT '',
  adjustment               INTEGER NOT NULL DEFAULT 0,
  adjustment_description   TEXT    NOT NULL DEFAULT '',
  notes                    TEXT    NOT NULL DEFAULT '',
  terms                    TEXT    NOT NULL DEFAULT '',
  sub_total                INTEGER NOT NULL DEFAULT 0,
  discount_total           INTEGER NOT NULL DEFAULT 0,
  tax_total                INTEGER NOT NULL DEFAULT 0,
  total                    INTEGER NOT NULL DEFAULT 0,
  created_at               TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at               TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK ((status = 'draft') = (number IS NULL)),
  CHECK (status <> 'paid' OR paid_date IS NOT NULL),
  CHECK (status <> 'credited' OR credited_by IS NOT NULL),
  CHECK (discount_kind <> 'percent' OR discount_value <= 10000)
);
CREATE INDEX invoices_by_date ON invoices (date, id);
CREATE INDEX invoices_by_order ON invoices (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX invoices_by_customer ON invoices (customer_id, date, id);
CREATE INDEX invoices_by_status ON invoices (status, date, id);
CREATE INDEX invoices_by_due_date ON invoices (due_date, id);
CREATE INDEX invoices_by_total ON invoices (total, id);

CREATE TABLE invoice_lines (
  id             INTEGER PRIMARY KEY,
  invoice_id     INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  order_line_id  INTEGER REFERENCES sales_order_lines (id),
  item_id        INTEGER REFERENCES items (id),
  sku            TEXT    NOT NULL DEFAULT '',
  description    TEXT    NOT NULL DEFAULT '',
  quantity       INTEGER NOT NULL CHECK (quantity >= 0),
  unit           TEXT    NOT NULL DEFAULT '',
  rate           INTEGER NOT NULL DEFAULT 0 CHECK (rate >= 0),
  discount       INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
  tax_id         INTEGER REFERENCES taxes (id),
  tax_rate       INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 10000),
  tax_name       TEXT    NOT NULL DEFAULT '',
  amount         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position, id);
CREATE INDEX invoice_lines_by_order_line ON invoice_lines (order_line_id) WHERE order_line_id IS NOT NULL;
CREATE INDEX invoice_lines_by_tax ON invoice_lines (tax_id) WHERE tax_id IS NOT NULL;

CREATE TABLE invoice_taxes (
  id             INTEGER PRIMARY KEY,
  invoice_id     INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  tax_id         INTEGER REFERENCES taxes (id),
  name           TEXT    NOT NULL DEFAULT '',
  rate           INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
  category       TEXT    NOT NULL DEFAULT 'standard'
                 CHECK (category IN ('standard', 'reduced', 'exempt', 'reverse_charge')),
  legal_mention  TEXT    NOT NULL DEFAULT '',
  base           INTEGER NOT NULL,
  amount         INTEGER NOT NULL
);
CREATE INDEX invoice_taxes_by_invoice ON invoice_taxes (invoice_id);

-- A credit note cancels one issued invoice; amounts are stored positive
-- (the document says « Avoir »).
CREATE TABLE credit_notes (
  id                       INTEGER PRIMARY KEY,
  number                   TEXT    UNIQUE CHECK (number IS NULL OR length(trim(number)) > 0),
  invoice_id               INTEGER NOT NULL REFERENCES invoices (id),
  invoice_number           TEXT    NOT NULL DEFAULT '',
  order_id                 INTEGER REFERENCES sales_orders (id),
  customer_id              INTEGER NOT NULL REFERENCES customers (id),
  status                   TEXT    NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft', 'issued', 'sent')),
  date                     TEXT    NOT NULL CHECK (date IS date (date, '+0 days')),
  reason                   TEXT    NOT NULL DEFAULT '',
  issued_at                TEXT,
  sent_at                  TEXT,
  seller_name              TEXT    NOT NULL DEFAULT '',
  seller_legal_form        TEXT    NOT NULL DEFAULT '',
  seller_share_capital     INTEGER NOT NULL DEFAULT 0,
  seller_street            TEXT    NOT NULL DEFAULT '',
  seller_street2           TEXT    NOT NULL DEFAULT '',
  seller_postcode          TEXT    NOT NULL DEFAULT '',
  seller_city              TEXT    NOT NULL DEFAULT '',
  seller_country           TEXT    NOT NULL DEFAULT '',
  seller_siren             TEXT    NOT NULL DEFAULT '',
  seller_siret             TEXT    NOT NULL DEFAULT '',
  seller_rcs_city          TEXT    NOT NULL DEFAULT '',
  seller_vat_number        TEXT    NOT NULL DEFAULT '',
  seller_vat_regime        TEXT    NOT NULL DEFAULT 'normal'
                           CHECK (seller_vat_regime IN ('normal', 'franchise')),
  seller_vat_on_debits     INTEGER NOT NULL DEFAULT 0 CHECK (seller_vat_on_debits IN (0, 1)),
  seller_operations        TEXT    NOT NULL DEFAULT 'goods'
                           CHECK (seller_operations IN ('goods', 'services', 'both')),
  seller_iban              TEXT    NOT NULL DEFAULT '',
  seller_bic               TEXT    NOT NULL DEFAULT '',
  seller_email             TEXT    NOT NULL DEFAULT '',
  seller_phone             TEXT    NOT NULL DEFAULT '',
  seller_late_penalty_rate INTEGER NOT NULL DEFAULT 0,
  seller_footer            TEXT    NOT NULL DEFAULT '',
  customer_name            TEXT    NOT NULL DEFAULT '',
  customer_email           TEXT    NOT NULL DEFAULT '',
  customer_siren           TEXT    NOT NULL DEFAULT '',
  customer_vat_number      TEXT    NOT NULL DEFAULT '',
  billing_street           TEXT    NOT NULL DEFAULT '',
  billing_street2          TEXT    NOT NULL DEFAULT '',
  billing_postcode         TEXT    NOT NULL DEFAULT '',
  billing_city             TEXT    NOT NULL DEFAULT '',
  billing_country          TEXT    NOT NULL DEFAULT '',
  shipping_charge          INTEGER NOT NULL DEFAULT 0 CHECK (shipping_charge >= 0),
  shipping_tax_id          INTEGER REFERENCES taxes (id),
  shipping_tax_rate        INTEGER NOT NULL DEFAULT 0 CHECK (shipping_tax_rate BETWEEN 0 AND 10000),
  shipping_tax_name        TEXT    NOT NULL DEFAULT '',
  adjustment               INTEGER NOT NULL DEFAULT 0,
  adjustment_description   TEXT    NOT NULL DEFAULT '',
  notes                    TEXT    NOT NULL DEFAULT '',
  sub_total                INTEGER NOT NULL DEFAULT 0,
  discount_total           INTEGER NOT NULL DEFAULT 0,
  tax_total                INTEGER NOT NULL DEFAULT 0,
  total                    INTEGER NOT NULL DEFAULT 0,
  created_at               TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at               TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK ((status = 'draft') = (number IS NULL))
);
CREATE INDEX credit_notes_by_date ON credit_notes (date, id);
CREATE INDEX credit_notes_by_invoice ON credit_notes (invoice_id);
CREATE INDEX credit_notes_by_customer ON credit_notes (customer_id, date, id);
CREATE INDEX credit_notes_by_order ON credit_notes (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE credit_note_lines (
  id               INTEGER PRIMARY KEY,
  credit_note_id   INTEGER NOT NULL REFERENCES credit_notes (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL DEFAULT 0,
  invoice_line_id  INTEGER REFERENCES invoice_lines (id),
  order_line_id    INTEGER REFERENCES sales_order_lines (id),
  item_id          INTEGER REFERENCES items (id),
  sku              TEXT    NOT NULL DEFAULT '',
  description      TEXT    NOT NULL DEFAULT '',
  quantity         INTEGER NOT NULL CHECK (quantity >= 0),
  unit             TEXT    NOT NULL DEFAULT '',
  rate             INTEGER NOT NULL DEFAULT 0 CHECK (rate >= 0),
  discount         INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
  tax_id           INTEGER REFERENCES taxes (id),
  tax_rate         INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 10000),
  tax_name         TEXT    NOT NULL DEFAULT '',
  amount           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX credit_note_lines_by_credit_note ON credit_note_lines (credit_note_id, position, id);
CREATE INDEX credit_note_lines_by_tax ON credit_note_lines (tax_id) WHERE tax_id IS NOT NULL;
CREATE INDEX credit_note_lines_by_order_line ON credit_note_lines (order_line_id)
  WHERE order_line_id IS NOT NULL;

CREATE TABLE credit_note_taxes (
  id              INTEGER PRIMARY KEY,
  credit_note_id  INTEGER NOT NULL REFERENCES credit_notes (id) ON DELETE CASCADE,
  tax_id          INTEGER REFERENCES taxes (id),
  name            TEXT    NOT NULL DEFAULT '',
  rate            INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
  category        TEXT    NOT NULL DEFAULT 'standard'
                  CHECK (category IN ('standard', 'reduced', 'exempt', 'reverse_charge')),
  legal_mention   TEXT    NOT NULL DEFAULT '',
  base            INTEGER NOT NULL,
  amount          INTEGER NOT NULL
);
CREATE INDEX credit_note_taxes_by_credit_note ON credit_note_taxes (credit_note_id);

-- ── History ─────────────────────────────────────────────────────────────

-- event is a machine word ('created', 'confirmed', 'sent', 'shipped',
-- 'invoiced', 'merged', 'closed', 'reopened', 'voided', 'issued', 'paid',
-- 'credited', …); text is the sentence shown, written in the language of
-- the user who acted.
CREATE TABLE history_events (
  id              INTEGER PRIMARY KEY,
  order_id        INTEGER REFERENCES sales_orders (id) ON DELETE CASCADE,
  invoice_id      INTEGER REFERENCES invoices (id) ON DELETE CASCADE,
  credit_note_id  INTEGER REFERENCES credit_notes (id) ON DELETE CASCADE,
  shipment_id     INTEGER REFERENCES shipments (id) ON DELETE SET NULL,
  at              TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  event           TEXT    NOT NULL CHECK (length(event) > 0),
  text            TEXT    NOT NULL DEFAULT '',
  CHECK (order_id IS NOT NULL OR invoice_id IS NOT NULL OR credit_note_id IS NOT NULL)
);
CREATE INDEX history_events_by_order ON history_events (order_id, at, id) WHERE order_id IS NOT NULL;
CREATE INDEX history_events_by_invoice ON history_events (invoice_id, at, id) WHERE invoice_id IS NOT NULL;
CREATE INDEX history_events_by_credit_note ON history_events (credit_note_id, at, id)
  WHERE credit_note_id IS NOT NULL;
