/* test-order-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-error.h"
#include "cpt-history-entry.h"
#include "cpt-money.h"
#include "cpt-order-service.h"
#include "cpt-order-service-private.h"
#include "order-fixture.h"

typedef struct
{
  char        *dir;
  CptDatabase *db;
  gint64       customer;
  gint64       item;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = store_test_make_dir ();
  f->db = fixture_open (f->dir);
  f->customer = fixture_add_customer (f->db, "Éric Dupont", "Paris");
  f->item = fixture_add_item (f->db, "Tasse en grès", 1250, TAX_20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  store_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* A draft with two lines, an order discount, shipping and an adjustment. */
static CptOrder *
sample_order (Fixture *f)
{
  CptOrder *order = fixture_order_new (f->customer, "2026-11-28",
                                       3000, 1999, TAX_20,
                                       1500, 1000, TAX_5_5,
                                       -1);

  cpt_order_line_set_discount (cpt_order_get_line (order, 1), 1000);
  cpt_order_set_discount_kind (order, CPT_DISCOUNT_PERCENT);
  cpt_order_set_discount_value (order, 500);
  cpt_order_set_shipping_charge (order, 500);
  cpt_order_set_shipping_tax_id (order, TAX_20);
  cpt_order_set_adjustment (order, -10);
  cpt_order_set_reference (order, "BC-7781");
  return order;
}

static CptOrder *
create_ok (Fixture  *f,
           CptOrder *order)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_id (order), >, 0);
  return order;
}

/* The refusal leaves every row and every byte of the file as it was. */
static void
assert_refused (Fixture    *f,
                CptOrder   *order,
                int         code,
                const char *message)
{
  g_autofree char *before = fixture_snapshot (f->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_order_service_create (f->db, order, &error));
  g_assert_error (error, CPT_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (cpt_order_get_id (order), ==, 0);
  after = fixture_snapshot (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_create_totals (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CptOrder) order = create_ok (f, sample_order (f));
  g_autoptr(CptOrder) saved = NULL;
  g_autoptr(GError) error = NULL;

  /* 3 × 19,99 = 59,97; 1,5 × 10,00 − 10 % = 13,50; 5 % of 73,47 = 3,67
   * spread 3,00 / 0,67; bases 20 %: 56,97 + 5,00 shipping = 61,97 → VAT
   * 12,39; 5,5 %: 12,83 → VAT 0,71; total 61,97 + 12,83 + 13,10 − 0,10. */
  g_assert_cmpstr (cpt_order_get_number (order), ==, "CC-2026-00001");
  g_assert_cmpint (cpt_order_get_sub_total (order), ==, 7347);
  g_assert_cmpint (cpt_order_get_discount_total (order), ==, 367);
  g_assert_cmpint (cpt_order_get_tax_total (order), ==, 1310);
  g_assert_cmpint (cpt_order_get_total (order), ==, 8780);

  saved = cpt_order_service_get (f->db, cpt_order_get_id (order), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_order_get_number (saved), ==, "CC-2026-00001");
  g_assert_cmpint (cpt_order_get_status (saved), ==, CPT_ORDER_STATUS_DRAFT);
  g_assert_cmpint (cpt_order_get_total (saved), ==, 8780);
  g_assert_cmpint (cpt_order_get_shipping_tax_rate (saved), ==, 2000);
  g_assert_cmpstr (cpt_order_get_customer_name (saved), ==, "Éric Dupont");
  g_assert_cmpstr (cpt_order_get_customer_email (saved), ==, "client@example.fr");
  g_assert_cmpstr (cpt_order_get_billing_address (saved)->city, ==, "Paris");
  g_assert_cmpstr (cpt_order_get_shipping_address (saved)->city, ==, "Lyon");
  g_assert_cmpstr (cpt_order_get_reference (saved), ==, "BC-7781");
  g_assert_cmpint (cpt_order_get_warehouse_id (saved), ==, 1);
  g_assert_cmpint (cpt_order_get_n_lines (saved), ==, 2);
  g_assert_cmpint (cpt_order_line_get_amount (cpt_order_get_line (saved, 0)), ==, 5997);
  g_assert_cmpint (cpt_order_line_get_amount (cpt_order_get_line (saved, 1)), ==, 1350);
  g_assert_cmpint (cpt_order_line_get_tax_rate (cpt_order_get_line (saved, 1)), ==, 550);
  g_assert_cmpstr (cpt_order_line_get_tax_name (cpt_order_get_line (saved, 1)), ==, "TVA 5,5\u00a0%");

  g_assert_cmpint (store_test_query_int (f->db, "SELECT amount FROM sales_order_taxes WHERE rate = 2000"), ==, 1239);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT base FROM sales_order_taxes WHERE rate = 550"), ==, 1283);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT amount FROM sales_order_taxes WHERE rate = 550"), ==, 71);
  g_assert_cmpint (g_list_model_get_n_items (cpt_order_get_history (saved)), ==, 1);
}

static void
test_create_confirmed_and_item_defaults (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(CptOrder) order = fixture_order_new (f->customer, "2026-11-28", 2000, 1250, 0, -1);
  g_autoptr(CptOrder) saved = NULL;
  g_autoptr(CptAddress) billing = cpt_address_new ("9 rue Neuve", "", "13001", "Marseille", "");
  CptOrderLine *line = cpt_order_get_line (order, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptHistoryEntry) entry = NULL;

  cpt_order_line_set_item_id (line, f->item);
  cpt_order_line_set_description (line, NULL);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  cpt_order_set_billing_address (order, billing);
  create_ok (f, order);

  saved = cpt_order_service_get (f->db, cpt_order_get_id (order), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_status (saved), ==, CPT_ORDER_STATUS_CONFIRMED);
  g_assert_cmpstr (cpt_order_line_get_description (cpt_order_get_line (saved, 0)), ==, "Tasse en grès");
  g_assert_cmpstr (cpt_order_line_get_unit (cpt_order_get_line (saved, 0)), ==, "pièce");
  g_assert_cmpint (cpt_order_line_get_tax_id (cpt_order_get_line (saved, 0)), ==, TAX_20);
  g_assert_cmpint (cpt_order_get_total (saved), ==, 3000);
  /* The order's own billing address, the customer's shipping address. */
  g_assert_cmpstr (cpt_order_get_billing_address (saved)->city, ==, "Marseille");
  g_assert_cmpstr (cpt_order_get_shipping_address (saved)->city, ==, "Lyon");

  g_assert_cmpint (g_list_model_get_n_items (cpt_order_get_history (saved)), ==, 2);
  entry = g_list_model_get_item (cpt_order_get_history (saved), 1);
  g_assert_cmpstr (cpt_history_entry_get_event (entry), ==, "confirmed");
  g_assert_true (g_str_has_suffix (cpt_history_entry_get_at (entry), "Z"));
  g_assert_cmpint (strlen (cpt_history_entry_get_at (entry)), ==, 20);
}

static void
test_manual_number (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CptOrder) first = sample_order (f);
  g_autoptr(CptOrder) duplicate = sample_order (f);
  g_autoptr(CptOrder) next = sample_order (f);

  cpt_order_set_number (first, "CC-00042");
  create_ok (f, first);
  g_assert_cmpstr (cpt_order_get_number (first), ==, "CC-00042");

  cpt_order_set_number (duplicate, " CC-00042 ");
  assert_refused (f, duplicate, CPT_ERROR_CONFLICT, NULL);
  /* The caller's object keeps what was typed, to be corrected. */
  g_assert_cmpstr (cpt_order_get_number (duplicate), ==, " CC-00042 ");

  /* The automatic series did not move. */
  create_ok (f, next);
  g_assert_cmpstr (cpt_order_get_number (next), ==, "CC-2026-00001");
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  gint64 inactive = fixture_add_tax (f->db, "TVA 19,6 %", 1960, FALSE);
  g_autoptr(GError) error = NULL;
  gint64 quantity = 0;
  CptOrder *order;

  create_ok (f, sample_order (f));

  order = sample_order (f);
  cpt_order_line_set_tax_id (cpt_order_get_line (order, 1), 999);
  assert_refused (f, order, CPT_ERROR_INVALID, "Line 2: the tax 999 is unknown.");
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_tax_id (cpt_order_get_line (order, 0), inactive);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_tax_id (cpt_order_get_line (order, 0), 0);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_quantity (cpt_order_get_line (order, 1), -1000);
  assert_refused (f, order, CPT_ERROR_INVALID, "Line 2: the quantity cannot be negative.");
  g_object_unref (order);

  /* A quantity reaches the service in thousandths: a fourth decimal is
   * refused where the text becomes a number, and nothing is saved. */
  g_assert_false (cpt_quantity_from_decimal ("1.2345", &quantity, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cpt_quantity_parse ("1,2345", &quantity, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  order = sample_order (f);
  cpt_order_line_set_discount (cpt_order_get_line (order, 0), 10001);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_discount_value (order, 10001);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_date (order, "2026-02-30");
  assert_refused (f, order, CPT_ERROR_INVALID, "The order date « 2026-02-30 » is not a valid date.");
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_shipment_date (order, "demain");
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_clear_lines (order);
  assert_refused (f, order, CPT_ERROR_INVALID, "An order needs at least one line.");
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_customer_id (order, 4242);
  assert_refused (f, order, CPT_ERROR_INVALID, "The customer 4242 does not exist.");
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_item_id (cpt_order_get_line (order, 0), 777);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_description (cpt_order_get_line (order, 0), "  ");
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_shipping_tax_id (order, 0);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_set_status (order, CPT_ORDER_STATUS_VOID);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  order = sample_order (f);
  cpt_order_line_set_rate (cpt_order_get_line (order, 0), G_MAXINT64 / 2);
  assert_refused (f, order, CPT_ERROR_INVALID, NULL);
  g_object_unref (order);

  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders"), ==, 1);
}

/* Runs @op (which reports into op_error) and checks it was refused with @code and left the file as is. */
#define ASSERT_OP_REFUSED(f, code, op)                                   \
  G_STMT_START {                                                         \
    g_autofree char *before_ = fixture_snapshot ((f)->db);               \
    g_autofree char *after_ = NULL;                                      \
    g_autoptr(GError) op_error = NULL;                                   \
    g_assert_false (op);                                                 \
    g_assert_error (op_error, CPT_ERROR, code);                          \
    after_ = fixture_snapshot ((f)->db);                                 \
    g_assert_cmpstr (before_, ==, after_);                               \
  } G_STMT_END

static void
test_life (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CptOrder) order = create_ok (f, sample_order (f));
  g_autoptr(CptOrder) draft = create_ok (f, sample_order (f));
  g_autoptr(CptOrder) saved = NULL;
  gint64 id = cpt_order_get_id (order);
  g_autoptr(GError) error = NULL;
  const char *events[] = { "created", "confirmed", "emailed", "voided" };

  g_assert_true (cpt_order_service_confirm (f->db, id, &error));
  g_assert_no_error (error);
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_confirm (f->db, id, &op_error));
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_delete (f->db, id, &op_error));
  ASSERT_OP_REFUSED (f, CPT_ERROR_NOT_FOUND, cpt_order_service_confirm (f->db, 9999, &op_error));

  g_assert_true (cpt_order_service_mark_sent (f->db, id, "eric@example.fr", &error));
  g_assert_no_error (error);

  ASSERT_OP_REFUSED (f, CPT_ERROR_INVALID, cpt_order_service_void (f->db, id, "  ", &op_error));
  g_assert_true (cpt_order_service_void (f->db, id, "Client injoignable", &error));
  g_assert_no_error (error);
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_confirm (f->db, id, &op_error));
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_void (f->db, id, "encore", &op_error));
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_update (f->db, order, &op_error));

  saved = cpt_order_service_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_status (saved), ==, CPT_ORDER_STATUS_VOID);
  g_assert_cmpstr (cpt_order_get_void_reason (saved), ==, "Client injoignable");
  g_assert_cmpint (g_list_model_get_n_items (cpt_order_get_history (saved)), ==, G_N_ELEMENTS (events));
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(CptHistoryEntry) entry = g_list_model_get_item (cpt_order_get_history (saved), i);
      g_assert_cmpstr (cpt_history_entry_get_event (entry), ==, events[i]);
    }

  /* Sending a draft confirms it. */
  g_assert_true (cpt_order_service_mark_sent (f->db, cpt_order_get_id (draft), "eric@example.fr", &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders WHERE status = 'confirmed'"), ==, 1);
}

static void
test_delete_draft (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CptOrder) order = create_ok (f, sample_order (f));
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_order_service_delete (f->db, cpt_order_get_id (order), &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders"), ==, 0);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_order_lines"), ==, 0);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_order_taxes"), ==, 0);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM history_events"), ==, 0);
  g_assert_null (cpt_order_service_get (f->db, cpt_order_get_id (order), &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CptOrder) order = create_ok (f, sample_order (f));
  g_autoptr(CptOrder) edit = NULL;
  g_autoptr(CptOrderLine) extra = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = cpt_order_get_id (order);
  gint64 first_line;

  edit = cpt_order_service_get (f->db, id, &error);
  g_assert_no_error (error);
  first_line = cpt_order_line_get_id (cpt_order_get_line (edit, 0));

  /* Drafts change freely: a line removed, one added, the discount gone. */
  cpt_order_remove_line (edit, 1);
  cpt_order_line_set_description (extra, "Emballage cadeau");
  cpt_order_line_set_quantity (extra, 1000);
  cpt_order_line_set_rate (extra, 350);
  cpt_order_line_set_tax_id (extra, TAX_20);
  cpt_order_add_line (edit, extra);
  cpt_order_set_discount_kind (edit, CPT_DISCOUNT_NONE);
  cpt_order_set_shipping_charge (edit, 0);
  cpt_order_set_shipping_tax_id (edit, 0);
  cpt_order_set_adjustment (edit, 0);
  g_assert_true (cpt_order_service_update (f->db, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_sub_total (edit), ==, 5997 + 350);
  g_assert_cmpint (cpt_order_get_total (edit), ==, 6347 + 1269);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_order_lines"), ==, 2);
  g_assert_cmpint (cpt_order_line_get_id (cpt_order_get_line (edit, 0)), ==, first_line);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT total FROM sales_orders"), ==, 7616);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_order_taxes"), ==, 1);

  /* A draft may change customer: the name and e-mail follow; an empty
   * number keeps the order's own. */
  cpt_order_set_customer_id (edit, fixture_add_customer (f->db, "Anaïs Roux", "Brest"));
  cpt_order_set_number (edit, "");
  g_assert_true (cpt_order_service_update (f->db, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_order_get_customer_name (edit), ==, "Anaïs Roux");
  g_assert_cmpstr (cpt_order_get_number (edit), ==, "CC-2026-00001");
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders_fts"
                                                " WHERE sales_orders_fts MATCH 'anais'"), ==, 1);

  /* Confirmed, then 2 of the 3 cups shipped and 1 invoiced. */
  g_assert_true (cpt_order_service_confirm (f->db, id, &error));
  g_assert_true (cpt_database_begin (f->db, &error));
  g_assert_true (cpt_order_service_add_line_quantities (f->db, first_line, 2000, 1000, &error));
  g_assert_true (cpt_order_service_recompute_sub_statuses (f->db, id, NULL, NULL, &error));
  g_assert_true (cpt_database_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT shipped_status = 'partially_shipped'"
                                             " AND invoiced_status = 'partially_invoiced' FROM sales_orders"), ==, 1);

  /* The line cannot go below what was shipped, nor disappear. */
  g_clear_object (&edit);
  edit = cpt_order_service_get (f->db, id, &error);
  cpt_order_line_set_quantity (cpt_order_get_line (edit, 0), 1500);
  ASSERT_OP_REFUSED (f, CPT_ERROR_INVALID, cpt_order_service_update (f->db, edit, &op_error));
  g_assert_cmpint (cpt_order_line_get_id (cpt_order_get_line (edit, 0)), ==, first_line);
  cpt_order_line_set_quantity (cpt_order_get_line (edit, 0), 2000);
  cpt_order_remove_line (edit, 1);
  g_assert_true (cpt_order_service_update (f->db, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_shipped_status (edit), ==, CPT_SHIPPED_STATUS_SHIPPED);
  g_assert_cmpint (cpt_order_get_invoiced_status (edit), ==, CPT_INVOICED_STATUS_PARTIALLY_INVOICED);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT quantity_shipped FROM sales_order_lines"), ==, 2000);

  g_clear_object (&edit);
  edit = cpt_order_service_get (f->db, id, &error);
  cpt_order_remove_line (edit, 0);
  cpt_order_add_line (edit, extra);
  cpt_order_line_set_id (extra, 0);
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_update (f->db, edit, &op_error));
  g_assert_cmpint (cpt_order_line_get_id (extra), ==, 0);

  /* Shipped orders keep their customer and cannot be voided. */
  g_clear_object (&edit);
  edit = cpt_order_service_get (f->db, id, &error);
  cpt_order_set_customer_id (edit, fixture_add_customer (f->db, "Zoé Martin", "Lille"));
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_update (f->db, edit, &op_error));
  ASSERT_OP_REFUSED (f, CPT_ERROR_STATE, cpt_order_service_void (f->db, id, "trop tard", &op_error));

  /* Never more shipped than ordered. */
  g_assert_true (cpt_database_begin (f->db, &error));
  g_assert_false (cpt_order_service_add_line_quantities (f->db, first_line, 1, 0, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  cpt_database_rollback (f->db);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CptOrder) order = create_ok (f, sample_order (f));
  g_autoptr(CptOrder) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 copy_id;

  g_assert_true (cpt_order_service_confirm (f->db, cpt_order_get_id (order), &error));
  copy_id = cpt_order_service_duplicate (f->db, cpt_order_get_id (order), &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, >, cpt_order_get_id (order));

  copy = cpt_order_service_get (f->db, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_order_get_number (copy), ==, "CC-2026-00002");
  g_assert_cmpint (cpt_order_get_status (copy), ==, CPT_ORDER_STATUS_DRAFT);
  g_assert_cmpint (cpt_order_get_total (copy), ==, 8780);
  g_assert_cmpint (cpt_order_get_n_lines (copy), ==, 2);
  g_assert_cmpstr (cpt_order_get_reference (copy), ==, "BC-7781");
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_order_lines"), ==, 4);

  ASSERT_OP_REFUSED (f, CPT_ERROR_NOT_FOUND, cpt_order_service_duplicate (f->db, 4242, &op_error) > 0);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  /* Enough orders for the import to index them in one statement at the
   * end (SUSPEND_INDEX_MIN_ORDERS). */
  CptOrder *orders[100];
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      orders[i] = sample_order (f);
      cpt_order_line_set_item_id (cpt_order_get_line (orders[i], 0), f->item);
      if (i % 3 == 0)
        cpt_order_set_status (orders[i], CPT_ORDER_STATUS_CONFIRMED);
    }

  /* One bad order refuses the whole batch. */
  cpt_order_line_set_tax_id (cpt_order_get_line (orders[13], 0), 4242);
  {
    g_autofree char *before = fixture_snapshot (f->db);
    g_autofree char *after = NULL;

    g_assert_false (cpt_order_service_import (f->db, orders, G_N_ELEMENTS (orders), &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "Order 14: "));
    g_clear_error (&error);
    after = fixture_snapshot (f->db);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sqlite_schema"
                                                  " WHERE name IN ('sales_orders_fts_insert',"
                                                  " 'sales_orders_count_insert',"
                                                  " 'sales_order_lines_committed_insert')"), ==, 3);
    for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
      {
        g_assert_cmpint (cpt_order_get_id (orders[i]), ==, 0);
        g_assert_null (cpt_order_get_number (orders[i]));
      }
  }

  cpt_order_line_set_tax_id (cpt_order_get_line (orders[13], 0), TAX_20);
  g_assert_true (cpt_order_service_import (f->db, orders, G_N_ELEMENTS (orders), &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders"), ==, 100);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum(total) FROM sales_orders"), ==, 100 * 8780);
  g_assert_cmpstr (cpt_order_get_number (orders[99]), ==, "CC-2026-00100");

  /* Every imported order is in the search index, and the index trigger is
   * back for the next orders. */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders_fts"
                                                " WHERE sales_orders_fts MATCH '00042'"), ==, 1);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders_fts"
                                                " WHERE sales_orders_fts MATCH 'cc'"), ==, 100);
  g_object_unref (create_ok (f, sample_order (f)));
  g_assert_cmpint (store_test_query_int (f->db, "SELECT count(*) FROM sales_orders_fts"
                                                " WHERE sales_orders_fts MATCH '00101'"), ==, 1);
  store_test_exec (f->db, "INSERT INTO sales_orders_fts (sales_orders_fts) VALUES ('integrity-check')");

  /* The row counts and the stock committed by the confirmed orders are
   * those the suspended triggers would have kept, and they are back. */
  g_assert_cmpint (store_test_query_int (f->db, "SELECT n FROM row_counts WHERE name = 'sales_orders'"), ==, 101);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT n FROM row_counts"
                                                " WHERE name = 'sales_orders:confirmed'"), ==, 34);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT n FROM row_counts"
                                                " WHERE name = 'sales_orders:draft'"), ==, 67);
  g_assert_cmpint (store_test_query_int (f->db, "SELECT sum(committed) FROM stock_levels"), >, 0);
  g_assert_cmpint (store_test_query_int (f->db,
                                         "SELECT count(*) FROM"
                                         " (SELECT l.item_id, o.warehouse_id,"
                                         "         sum(l.quantity - l.quantity_shipped) AS c"
                                         "  FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id"
                                         "  WHERE o.status = 'confirmed' AND l.item_id IS NOT NULL"
                                         "  GROUP BY 1, 2) x"
                                         " FULL JOIN (SELECT * FROM stock_levels WHERE committed <> 0) s"
                                         " USING (item_id, warehouse_id)"
                                         " WHERE s.committed IS NOT x.c"), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    g_object_unref (orders[i]);
}

/* One refusal lists every field refused, in the order of the form, and
 * its message joins their sentences; the file stays unchanged. */
static void
test_refusal_fields (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CptOrder) order = sample_order (f);
  g_autofree char *before = fixture_snapshot (f->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;

  cpt_order_set_customer_id (order, 4242);
  cpt_order_set_date (order, "2026-02-30");
  cpt_order_line_set_tax_id (cpt_order_get_line (order, 0), 999);
  cpt_order_line_set_quantity (cpt_order_get_line (order, 1), -1000);
  cpt_order_line_set_rate (cpt_order_get_line (order, 1), -1);
  g_assert_false (cpt_order_service_create (f->db, order, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpuint (cpt_error_get_n_fields (error), ==, 5);
  g_assert_cmpstr (cpt_error_get_field (error, 0, &message), ==, "customer_id");
  g_assert_cmpstr (message, ==, "The customer 4242 does not exist.");
  g_assert_cmpstr (cpt_error_get_field (error, 1, NULL), ==, "date");
  g_assert_cmpstr (cpt_error_get_field (error, 2, &message), ==, "lines[0].tax_id");
  g_assert_cmpstr (message, ==, "Line 1: the tax 999 is unknown.");
  g_assert_cmpstr (cpt_error_get_field (error, 3, NULL), ==, "lines[1].quantity");
  g_assert_cmpstr (cpt_error_get_field (error, 4, NULL), ==, "lines[1].rate");
  g_assert_nonnull (strstr (error->message, "The customer 4242 does not exist.\n"));
  g_assert_true (g_str_has_suffix (error->message, "\nLine 2: the unit price cannot be negative."));
  g_assert_cmpint (cpt_order_get_id (order), ==, 0);
  after = fixture_snapshot (f->db);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/order-service/create-totals", test_create_totals);
  ADD ("/order-service/create-confirmed", test_create_confirmed_and_item_defaults);
  ADD ("/order-service/manual-number", test_manual_number);
  ADD ("/order-service/refusals", test_refusals);
  ADD ("/order-service/refusal-fields", test_refusal_fields);
  ADD ("/order-service/life", test_life);
  ADD ("/order-service/delete-draft", test_delete_draft);
  ADD ("/order-service/update", test_update);
  ADD ("/order-service/duplicate", test_duplicate);
  ADD ("/order-service/import", test_import);
#undef ADD

  return g_test_run ();
}
