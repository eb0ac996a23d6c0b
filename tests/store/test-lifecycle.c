/* test-lifecycle.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-closing-rules.h"
#include "cpt-credit-note-service.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-order-service.h"
#include "cpt-sample-data.h"
#include "cpt-settings-service.h"
#include "cpt-shipment-service.h"
#include "lifecycle-fixture.h"

#define ADD_TEST(path, func) \
  g_test_add (path, LifecycleFixture, NULL, lifecycle_fixture_set_up, func, lifecycle_fixture_tear_down)

static gint64
order_int (LifecycleFixture *f,
           const char       *column,
           gint64            order_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM sales_orders WHERE id = %" G_GINT64_FORMAT,
                                          column, order_id);
  return store_test_query_int (f->db, sql);
}

static char *
order_text (LifecycleFixture *f,
            const char       *column,
            gint64            order_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM sales_orders WHERE id = %" G_GINT64_FORMAT,
                                          column, order_id);
  return store_test_query_text (f->db, sql);
}

static void
set_rule (LifecycleFixture *f,
          CptClosingRule    rule)
{
  g_autoptr(GError) error = NULL;

  cpt_settings_set_closing_rule (f->db, rule, &error);
  g_assert_no_error (error);
}

static gint64
issue (LifecycleFixture      *f,
       gint64                 order_id,
       const char            *date,
       const CptLineQuantity *lines,
       guint                  n_lines)
{
  CptInvoiceRequest request = { date, lines, n_lines };
  g_autoptr(GError) error = NULL;
  gint64 id = cpt_invoice_service_create_issued (f->db, order_id, &request, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
ship (LifecycleFixture      *f,
      gint64                 order_id,
      const CptLineQuantity *lines,
      guint                  n_lines)
{
  CptShipmentRequest request = { 0, "2026-03-05", "Colissimo", "6A123", lines, n_lines };
  g_autoptr(GError) error = NULL;
  gint64 id = cpt_shipment_service_create (f->db, order_id, &request, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Two partial invoices leave nothing to invoice and close the order under
 * « invoiced »; a credit note reopens it. */
static void
test_partial_invoices_close_and_credit_reopens (LifecycleFixture *f,
                                                gconstpointer     data)
{
  gint64 order_id, first, second, note;
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *reopened = NULL;
  CptLineQuantity part[2];

  set_rule (f, CPT_CLOSING_RULE_INVOICED);
  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  part[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 0), 3000 };
  part[1] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 1), 0 };
  store_test_exec (f->db, "UPDATE sales_orders SET payment_terms_id = 2"); /* 30 days */

  first = issue (f, order_id, "2026-03-03", part, 2);
  invoice = cpt_invoice_service_get (f->db, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_invoice_get_number (invoice), ==, "FA-2026-00001");
  g_assert_cmpint (cpt_invoice_get_status (invoice), ==, CPT_INVOICE_STATUS_ISSUED);
  g_assert_cmpint (g_list_model_get_n_items (cpt_invoice_get_lines (invoice)), ==, 1);
  g_assert_cmpint (cpt_invoice_get_sub_total (invoice), ==, 3000);
  g_assert_cmpint (cpt_invoice_get_tax_total (invoice), ==, 600);
  g_assert_cmpint (cpt_invoice_get_total (invoice), ==, 3600);
  g_assert_cmpstr (cpt_invoice_get_due_date (invoice), ==, "2026-04-02");
  g_assert_cmpint (order_int (f, "status = 'confirmed' AND invoiced_status = 'partially_invoiced'",
                              order_id), ==, 1);

  /* The rest by default: 2 chairs and 2 tables. */
  second = issue (f, order_id, "2026-03-04", NULL, 0);
  g_clear_object (&invoice);
  invoice = cpt_invoice_service_get (f->db, second, &error);
  g_assert_cmpstr (cpt_invoice_get_number (invoice), ==, "FA-2026-00002");
  g_assert_cmpint (cpt_invoice_get_sub_total (invoice), ==, 2000 + 5000);
  g_assert_cmpint (order_int (f, "status = 'closed' AND invoiced_status = 'invoiced'", order_id), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum (quantity - quantity_invoiced)"
                                                " FROM sales_order_lines"), ==, 0);
  closed = store_test_query_text (f->db, "SELECT text FROM history_events WHERE event = 'closed'");
  g_assert_cmpstr (closed, ==, "Closed: fully invoiced (FA-2026-00002)");

  note = cpt_credit_note_service_create (f->db, second, "Erreur de prix", "2026-03-06", &error);
  g_assert_no_error (error);
  g_assert_cmpint (note, >, 0);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM credit_notes"
                                                " WHERE number = 'AV-2026-00001' AND total = 8400"
                                                " AND invoice_number = 'FA-2026-00002'"), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM credit_note_lines"), ==, 2);
  g_clear_object (&invoice);
  invoice = cpt_invoice_service_get (f->db, second, &error);
  g_assert_cmpint (cpt_invoice_get_status (invoice), ==, CPT_INVOICE_STATUS_CREDITED);
  g_assert_cmpstr (cpt_invoice_get_credit_note_number (invoice), ==, "AV-2026-00001");
  g_assert_cmpint (order_int (f, "status = 'confirmed' AND invoiced_status = 'partially_invoiced'",
                              order_id), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum (quantity_invoiced) FROM sales_order_lines"),
                   ==, 3000);
  reopened = store_test_query_text (f->db, "SELECT text FROM history_events WHERE event = 'reopened'");
  g_assert_cmpstr (reopened, ==, "Reopened: no longer fully invoiced");

  /* A credited invoice cannot be credited twice. */
  g_assert_cmpint (cpt_credit_note_service_create (f->db, second, NULL, NULL, &error), ==, 0);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
}

/* Under « shipped and invoiced » a fully invoiced order stays open until
 * fully shipped; deleting a shipment reopens it. */
static void
test_shipped_and_invoiced (LifecycleFixture *f,
                           gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  gint64 order_id, last;
  CptLineQuantity two_chairs[1];

  set_rule (f, CPT_CLOSING_RULE_SHIPPED_AND_INVOICED);
  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  two_chairs[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 0), 2000 };

  issue (f, order_id, "2026-03-03", NULL, 0);
  g_assert_cmpint (order_int (f, "status = 'confirmed' AND invoiced_status = 'invoiced'", order_id), ==, 1);

  ship (f, order_id, two_chairs, 1);
  g_assert_cmpint (order_int (f, "status = 'confirmed' AND shipped_status = 'partially_shipped'",
                              order_id), ==, 1);
  last = ship (f, order_id, NULL, 0);
  g_assert_cmpint (order_int (f, "status = 'closed' AND shipped_status = 'shipped'", order_id), ==, 1);

  cpt_shipment_service_delete (f->db, last, &error);
  g_assert_no_error (error);
  g_assert_cmpint (order_int (f, "status = 'confirmed' AND shipped_status = 'partially_shipped'",
                              order_id), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM history_events"
                                                " WHERE event = 'reopened'"), ==, 1);
}

/* An invoice issued after a shipment keeps the last shipment's date as
 * its sale or delivery date; one issued before any shipment has none. */
static void
test_invoice_delivery_date (LifecycleFixture *f,
                            gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptInvoice) before = NULL;
  g_autoptr(CptInvoice) after = NULL;
  gint64 order_id, draft_id;
  CptLineQuantity two_chairs[2];

  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  two_chairs[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 0), 2000 };
  two_chairs[1] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 1), 0 };

  before = cpt_invoice_service_get (f->db, issue (f, order_id, "2026-03-03", two_chairs, 2), &error);
  g_assert_no_error (error);
  g_assert_null (cpt_invoice_get_delivery_date (before));

  /* A draft made before the shipment takes its date when it is issued. */
  draft_id = cpt_invoice_service_create_draft (f->db, order_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoices"
                                                " WHERE delivery_date IS NULL"), ==, 2);
  ship (f, order_id, NULL, 0);
  g_assert_true (cpt_invoice_service_issue (f->db, draft_id, &error));
  g_assert_no_error (error);
  after = cpt_invoice_service_get (f->db, draft_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_invoice_get_delivery_date (after), ==, "2026-03-05");
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoices"
                                                " WHERE delivery_date = '2026-03-05'"), ==, 1);
}

/* A shipment lowers on hand and committed; deleting it restores both. */
static void
test_shipment_stock (LifecycleFixture *f,
                     gconstpointer     data)
{
  g_autoptr(CptShipment) shipment = NULL;
  g_autoptr(GError) error = NULL;
  gint64 order_id, shipment_id;
  CptLineQuantity three_chairs[1];

  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  three_chairs[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 0), 3000 };
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "on_hand"), ==, 10000);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "committed"), ==, 5000);

  shipment_id = ship (f, order_id, three_chairs, 1);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "on_hand"), ==, 7000);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "committed"), ==, 2000);
  g_assert_cmpint (lifecycle_stock (f, f->item_b, "on_hand"), ==, 10000);
  g_assert_cmpint (lifecycle_stock (f, f->item_b, "committed"), ==, 2000);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT quantity_shipped FROM sales_order_lines"
                                                " ORDER BY position LIMIT 1"), ==, 3000);

  shipment = cpt_shipment_service_get (f->db, shipment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_shipment_get_number (shipment), ==, "EXP-2026-00001");
  g_assert_cmpstr (cpt_shipment_get_carrier (shipment), ==, "Colissimo");
  g_assert_cmpstr (cpt_shipment_get_tracking_number (shipment), ==, "6A123");
  g_assert_cmpint (g_list_model_get_n_items (cpt_shipment_get_lines (shipment)), ==, 1);

  cpt_shipment_service_delete (f->db, shipment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "on_hand"), ==, 10000);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "committed"), ==, 5000);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum (quantity_shipped) FROM sales_order_lines"),
                   ==, 0);
  g_assert_cmpint (order_int (f, "shipped_status = 'not_shipped'", order_id), ==, 1);
  /* The journal keeps both movements. */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM stock_movements"
                                                " WHERE kind IN ('shipment', 'shipment_deleted')"), ==, 2);

  /* A delivered shipment stays. */
  shipment_id = ship (f, order_id, NULL, 0);
  cpt_shipment_service_mark_delivered (f->db, shipment_id, "2026-03-07", &error);
  g_assert_no_error (error);
  g_assert_false (cpt_shipment_service_delete (f->db, shipment_id, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "on_hand"), ==, 5000);
  g_assert_cmpint (lifecycle_stock (f, f->item_a, "committed"), ==, 0);
}

/* More than what remains is refused with a message naming the line, and
 * nothing changes. */
static void
test_quantities_above_remaining (LifecycleFixture *f,
                                 gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CptLineQuantity too_many[1];
  CptShipmentRequest shipment = { 0 };
  CptInvoiceRequest invoice = { 0 };
  gint64 order_id, draft_id;

  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  too_many[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 1), 3000 };
  shipment.lines = invoice.lines = too_many;
  shipment.n_lines = invoice.n_lines = 1;
  before = store_test_dump_checksum (f->db);

  g_assert_cmpint (cpt_shipment_service_create (f->db, order_id, &shipment, &error), ==, 0);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 2 (Table): 3 to ship, but only 2 remain to be shipped.");
  g_clear_error (&error);

  g_assert_cmpint (cpt_invoice_service_create_issued (f->db, order_id, &invoice, &error), ==, 0);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 2 (Table): 3 to invoice, but only 2 remain to be invoiced.");
  g_clear_error (&error);

  after = store_test_dump_checksum (f->db);
  g_assert_cmpstr (before, ==, after);

  /* A draft made before another invoice took the quantities cannot be issued. */
  draft_id = cpt_invoice_service_create_draft (f->db, order_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoices WHERE number IS NULL"),
                   ==, 1);
  issue (f, order_id, "2026-03-03", NULL, 0);
  g_assert_false (cpt_invoice_service_issue (f->db, draft_id, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 1 (Chaise): 5 to invoice, but only 0 remain to be invoiced.");
  g_clear_error (&error);

  /* A draft may be deleted; nothing to invoice is refused. */
  cpt_invoice_service_delete_draft (f->db, draft_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_invoice_service_create_draft (f->db, order_id, NULL, &error), ==, 0);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
}

/* The database itself refuses to change or delete an issued invoice. */
static void
test_issued_invoice_immutable (LifecycleFixture *f,
                               gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = cpt_database_get_handle (f->db);
  gint64 order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 0, CPT_ORDER_STATUS_CONFIRMED);
  gint64 id = issue (f, order_id, "2026-03-03", NULL, 0);
  const char *const attempts[] = {
    "UPDATE invoices SET total = 1 WHERE id = ",
    "UPDATE invoices SET number = 'FA-X' WHERE id = ",
    "DELETE FROM invoices WHERE id = ",
    "UPDATE invoice_lines SET quantity = 1 WHERE invoice_id = ",
    "DELETE FROM invoice_lines WHERE invoice_id = ",
    "DELETE FROM invoice_taxes WHERE invoice_id = ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autofree char *sql = g_strdup_printf ("%s%" G_GINT64_FORMAT, attempts[i], id);

      g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), !=, SQLITE_OK);
    }
  g_assert_cmpint (store_test_query_int (f->db, "SELECT total FROM invoices"), ==, 6000);

  /* Paid is the one change allowed. */
  cpt_invoice_service_mark_paid (f->db, id, "2026-03-20", &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoices"
                                                " WHERE status = 'paid' AND paid_date = '2026-03-20'"), ==, 1);
  g_assert_false (cpt_invoice_service_update_draft (f->db, id, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_clear_error (&error);

  /* The credit note is as immutable, and the invoice stays credited. */
  g_assert_cmpint (cpt_credit_note_service_create (f->db, id, "Retour", "2026-03-21", &error), >, 0);
  g_assert_no_error (error);
  {
    const char *const more[] = {
      "UPDATE credit_notes SET total = 1",
      "DELETE FROM credit_notes",
      "UPDATE credit_note_lines SET quantity = 1",
      "DELETE FROM credit_note_lines",
      "UPDATE invoices SET status = 'paid'",
      "UPDATE invoices SET credited_by = NULL",
    };

    for (guint i = 0; i < G_N_ELEMENTS (more); i++)
      g_assert_cmpint (sqlite3_exec (handle, more[i], NULL, NULL, NULL), !=, SQLITE_OK);
  }
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoices WHERE status = 'credited'"), ==, 1);
}

/* A draft's date and quantities can change until it is issued. */
static void
test_draft_edit (LifecycleFixture *f,
                 gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  gint64 order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 5000, 2000, CPT_ORDER_STATUS_CONFIRMED);
  CptLineQuantity two_tables[] = { { lifecycle_line_id (f, order_id, 1), 2000 } };
  CptInvoiceRequest request = { "2026-03-09", two_tables, 1 };
  gint64 draft = cpt_invoice_service_create_draft (f->db, order_id, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sub_total FROM invoices"), ==, 10000);
  g_assert_true (cpt_invoice_service_update_draft (f->db, draft, &request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sub_total FROM invoices"), ==, 5000);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM invoice_lines"), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT date = '2026-03-09' FROM invoices"), ==, 1);
  /* Nothing reaches the order before the issue. */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum (quantity_invoiced) FROM sales_order_lines"), ==, 0);
  g_assert_true (cpt_invoice_service_issue (f->db, draft, &error));
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum (quantity_invoiced) FROM sales_order_lines"), ==, 2000);
}

/* Numbers and dates go up together, and a refusal takes no number. */
static void
test_chronology (LifecycleFixture *f,
                 gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  CptInvoiceRequest earlier = { "2026-03-05", NULL, 0 };
  gint64 order_a = lifecycle_order (f, f->customer_id, "2026-03-02", 1000, 0, CPT_ORDER_STATUS_CONFIRMED);
  gint64 order_b = lifecycle_order (f, f->customer_id, "2026-03-02", 1000, 0, CPT_ORDER_STATUS_CONFIRMED);
  gint64 draft;

  issue (f, order_a, "2026-03-10", NULL, 0);
  draft = cpt_invoice_service_create_draft (f->db, order_b, &earlier, &error);
  g_assert_no_error (error);
  g_assert_false (cpt_invoice_service_issue (f->db, draft, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "FA-2026-00001"));
  g_assert_cmpint (store_test_query_int (f->db, "SELECT next_number FROM number_series"
                                                " WHERE doc_type = 'invoice'"), ==, 2);
}

/* An amount discount is shared in proportion; shipping goes on the first invoice. */
static void
test_order_amounts_shared (LifecycleFixture *f,
                           gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptOrder) order = NULL;
  CptLineQuantity part[2];
  gint64 order_id;

  order_id = lifecycle_order (f, f->customer_id, "2026-03-02", 4000, 0, CPT_ORDER_STATUS_CONFIRMED);
  store_test_exec (f->db, "UPDATE sales_orders SET discount_kind = 'amount', discount_value = 1000,"
                          " discount_total = 1000, shipping_charge = 900, shipping_tax_id = 1,"
                          " shipping_tax_rate = 2000");
  part[0] = (CptLineQuantity) { lifecycle_line_id (f, order_id, 0), 1000 };

  issue (f, order_id, "2026-03-03", part, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT discount_total FROM invoices WHERE id = 1"), ==, 250);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT shipping_charge FROM invoices WHERE id = 1"), ==, 900);
  /* (1000 − 250 + 900) × 1.2 */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT total FROM invoices WHERE id = 1"), ==, 1980);

  issue (f, order_id, "2026-03-04", NULL, 0);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT discount_total FROM invoices WHERE id = 2"), ==, 750);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT shipping_charge FROM invoices WHERE id = 2"), ==, 0);
  (void) part[1];
}

/* ── Merge ─────────────────────────────────────────────────────────────── */

#include "cpt-merge-rules.h"
#include "cpt-order-merge.h"

static void
test_merge (LifecycleFixture *f,
            gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *kept_history = NULL;
  gint64 older, newer, kept = 0;
  gint64 committed_a, committed_b, total_older, total_newer;

  older = lifecycle_order (f, f->customer_id, "2026-03-01", 2000, 1000, CPT_ORDER_STATUS_CONFIRMED);
  newer = lifecycle_order (f, f->customer_id, "2026-03-02", 3000, 0, CPT_ORDER_STATUS_CONFIRMED);
  store_test_exec (f->db, "UPDATE sales_orders SET notes = 'Livrer le matin' WHERE id = 1");
  store_test_exec (f->db, "UPDATE sales_orders SET notes = 'Sonner deux fois' WHERE id = 2");
  committed_a = lifecycle_stock (f, f->item_a, "committed");
  committed_b = lifecycle_stock (f, f->item_b, "committed");
  total_older = order_int (f, "total", older);
  total_newer = order_int (f, "total", newer);
  g_assert_cmpint (committed_a, ==, 5000);

  g_assert_true (cpt_order_merge (f->db, newer, older, 0, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kept, ==, older);

  /* Identical items stay separate lines; totals add up. */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM sales_order_lines WHERE order_id = 1"),
                   ==, 3);
  g_assert_cmpint (order_int (f, "total", older), ==, total_older + total_newer);
  reason = order_text (f, "notes", older);
  g_assert_cmpstr (reason, ==, "Livrer le matin\n\nSonner deux fois");
  g_clear_pointer (&reason, g_free);

  g_assert_cmpint (order_int (f, "status = 'void' AND merged_into_id = 1", newer), ==, 1);
  reason = order_text (f, "void_reason", newer);
  g_assert_cmpstr (reason, ==, "Merged into CC-2026-00001");
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count (*) FROM history_events"
                                                " WHERE event = 'merged'"), ==, 2);
  kept_history = store_test_query_text (f->db, "SELECT text FROM history_events"
                                               " WHERE event = 'merged' AND order_id = 1");
  g_assert_cmpstr (kept_history, ==, "Order CC-2026-00002 merged into this order");

  g_assert_cmpint (lifecycle_stock (f, f->item_a, "committed"), ==, committed_a);
  g_assert_cmpint (lifecycle_stock (f, f->item_b, "committed"), ==, committed_b);
}

typedef enum
{
  BREAK_CUSTOMER,
  BREAK_BILLING,
  BREAK_SHIPPING,
  BREAK_STATUS,
  BREAK_NOT_MERGEABLE,
  BREAK_SHIPMENT,
  BREAK_INVOICE,
  BREAK_MARKETPLACE,
} Break;

static void
test_merge_refused (LifecycleFixture *f,
                    gconstpointer     data)
{
  static const struct { Break what; CptMergeFailureKind kind; const char *message; } cases[] = {
    { BREAK_CUSTOMER, CPT_MERGE_FAILURE_DIFFERENT_CUSTOMER, "different customers" },
    { BREAK_BILLING, CPT_MERGE_FAILURE_DIFFERENT_BILLING_ADDRESS, "different billing addresses" },
    { BREAK_SHIPPING, CPT_MERGE_FAILURE_DIFFERENT_SHIPPING_ADDRESS, "different shipping addresses" },
    { BREAK_STATUS, CPT_MERGE_FAILURE_DIFFERENT_STATUS, "same status" },
    { BREAK_NOT_MERGEABLE, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, NULL },
    { BREAK_SHIPMENT, CPT_MERGE_FAILURE_HAS_SHIPMENTS, NULL },
    { BREAK_INVOICE, CPT_MERGE_FAILURE_HAS_INVOICES, NULL },
    { BREAK_MARKETPLACE, CPT_MERGE_FAILURE_MARKETPLACE_ORDER, NULL },
  };
  gint64 other_customer = fixture_add_customer (f->db, "Épicerie Durand", "Paris");

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) failures = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gint64 a, b, kept = 0;

      a = lifecycle_order (f, f->customer_id, "2026-03-01", 1000, 0, CPT_ORDER_STATUS_CONFIRMED);
      b = lifecycle_order (f, cases[c].what == BREAK_CUSTOMER ? other_customer : f->customer_id,
                           "2026-03-02", 1000, 0,
                           cases[c].what == BREAK_STATUS ? CPT_ORDER_STATUS_DRAFT
                                                         : CPT_ORDER_STATUS_CONFIRMED);
      switch (cases[c].what)
        {
        case BREAK_BILLING:
          store_test_exec (f->db, "UPDATE sales_orders SET billing_city = 'Nantes'"
                                  " WHERE id = (SELECT max (id) FROM sales_orders)");
          break;
        case BREAK_SHIPPING:
          store_test_exec (f->db, "UPDATE sales_orders SET shipping_street = '9 rue Neuve'"
                                  " WHERE id = (SELECT max (id) FROM sales_orders)");
          break;
        case BREAK_NOT_MERGEABLE:
          cpt_order_service_void (f->db, a, "Doublon", &error);
          g_assert_no_error (error);
          cpt_order_service_void (f->db, b, "Doublon", &error);
          g_assert_no_error (error);
          break;
        case BREAK_SHIPMENT:
          ship (f, b, NULL, 0);
          break;
        case BREAK_INVOICE:
          cpt_invoice_service_create_draft (f->db, a, NULL, &error);
          g_assert_no_error (error);
          break;
        case BREAK_MARKETPLACE:
          store_test_exec (f->db, "UPDATE sales_orders SET marketplace = 'Cdiscount'"
                                  " WHERE id = (SELECT max (id) FROM sales_orders)");
          break;
        case BREAK_CUSTOMER:
        case BREAK_STATUS:
        default:
          break;
        }

      before = store_test_dump_checksum (f->db);
      g_assert_false (cpt_order_merge_full (f->db, a, b, 0, &kept, &failures, &error));
      g_assert_error (error, CPT_ERROR, CPT_ERROR_CONFLICT);
      g_assert_nonnull (failures);
      g_assert_cmpuint (failures->len, >=, 1);
      for (guint i = 0; i < failures->len; i++)
        {
          CptMergeFailure *failure = g_ptr_array_index (failures, i);

          g_assert_cmpint (failure->kind, ==, cases[c].kind);
          g_assert_nonnull (strstr (error->message, failure->message));
        }
      if (cases[c].message != NULL)
        g_assert_nonnull (strstr (error->message, cases[c].message));
      g_assert_cmpint (kept, ==, 0);
      after = store_test_dump_checksum (f->db);
      g_assert_cmpstr (before, ==, after);
    }

  /* An order is not merged with itself. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (cpt_order_merge (f->db, 1, 1, 0, NULL, &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  }
}

/* The demo shows orders in every stage of their life. */
static void
test_sample_data (LifecycleFixture *f,
                  gconstpointer     data)
{
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  const char *const checks[] = {
    "SELECT count (*) FROM sales_orders WHERE shipped_status = 'shipped'",
    "SELECT count (*) FROM sales_orders WHERE shipped_status = 'partially_shipped'",
    "SELECT count (*) FROM sales_orders WHERE invoiced_status = 'invoiced'",
    "SELECT count (*) FROM sales_orders WHERE invoiced_status = 'partially_invoiced'",
    "SELECT count (*) FROM sales_orders WHERE status = 'closed'",
    "SELECT count (*) FROM invoices WHERE status = 'paid'",
    "SELECT count (*) FROM invoices WHERE status = 'credited'",
    "SELECT count (*) FROM credit_notes WHERE number IS NOT NULL",
    "SELECT count (*) FROM shipments WHERE tracking_number <> ''",
    "SELECT count (*) FROM shipments WHERE status = 'delivered'",
  };

  db = store_test_open_fresh (&dir);
  g_assert_true (cpt_sample_data_load (db, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    g_assert_cmpint (store_test_query_int (db, checks[i]), >, 0);
  /* Numbered in date order. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count (*) FROM invoices a JOIN invoices b"
                                             " ON b.number > a.number AND b.date < a.date"), ==, 0);
  g_clear_object (&db);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/lifecycle/invoices/partial-close-credit-reopen", test_partial_invoices_close_and_credit_reopens);
  ADD_TEST ("/lifecycle/closing/shipped-and-invoiced", test_shipped_and_invoiced);
  ADD_TEST ("/lifecycle/shipments/stock", test_shipment_stock);
  ADD_TEST ("/lifecycle/invoices/delivery-date", test_invoice_delivery_date);
  ADD_TEST ("/lifecycle/quantities-above-remaining", test_quantities_above_remaining);
  ADD_TEST ("/lifecycle/invoices/immutable", test_issued_invoice_immutable);
  ADD_TEST ("/lifecycle/invoices/chronology", test_chronology);
  ADD_TEST ("/lifecycle/invoices/draft-edit", test_draft_edit);
  ADD_TEST ("/lifecycle/invoices/order-amounts", test_order_amounts_shared);
  ADD_TEST ("/lifecycle/merge/success", test_merge);
  ADD_TEST ("/lifecycle/merge/refused", test_merge_refused);
  ADD_TEST ("/lifecycle/sample-data", test_sample_data);

  return g_test_run ();
}
