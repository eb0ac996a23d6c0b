/* test-order.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-history-entry.h"
#include "cpt-order.h"
#include "cpt-order-summary.h"
#include "cpt-totals.h"

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

/* Forms and list rows bind these properties: a change notifies once, a
 * same value never. */
static void
test_order_properties (void)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("1 rue de la Paix", "", "75002", "Paris", "");
  g_autoptr(CptAddress) same = cpt_address_copy (address);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(CptAddress) read = NULL;
  CptOrderStatus status;
  gint64 total;

  g_signal_connect (order, "notify", G_CALLBACK (on_notify_cb), log);
  cpt_order_set_number (order, "CC-00042");
  cpt_order_set_number (order, "CC-00042");
  cpt_order_set_total (order, 123456);
  cpt_order_set_total (order, 123456);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  cpt_order_set_billing_address (order, address);
  cpt_order_set_billing_address (order, same);
  cpt_order_set_discount_kind (order, CPT_DISCOUNT_PERCENT);
  g_object_set (order, "customer-name", "Éric Dupont", NULL);
  g_object_set (order, "shipment-date", "2026-12-01", NULL);
  g_assert_cmpstr (log->str, ==,
                   "number;total;status;billing-address;discount-kind;customer-name;shipment-date;");

  g_object_get (order, "status", &status, "total", &total, "billing-address", &read, NULL);
  g_assert_cmpint (status, ==, CPT_ORDER_STATUS_CONFIRMED);
  g_assert_cmpint (total, ==, 123456);
  g_assert_cmpstr (read->city, ==, "Paris");
  g_assert_true (cpt_order_get_billing_address (order) != address);
  g_assert_null (cpt_order_get_shipping_address (order));
  g_assert_cmpstr (cpt_order_get_customer_name (order), ==, "Éric Dupont");
}

static void
test_order_lines_and_history (void)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(CptOrderLine) copy = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(CptHistoryEntry) entry = NULL;

  g_object_set (line, "description", "Tasse", "quantity", (gint64) 1500, "rate", (gint64) 1250,
                "discount", 1000, "tax-id", (gint64) 1, "tax-rate", 2000,
                "quantity-shipped", (gint64) 500, NULL);
  cpt_order_add_line (order, line);
  copy = cpt_order_line_copy (line);
  cpt_order_line_set_quantity (copy, 3000);
  cpt_order_add_line (order, copy);

  g_object_get (order, "lines", &lines, NULL);
  g_assert_true (G_LIST_MODEL (lines) == cpt_order_get_lines (order));
  g_assert_cmpint (g_list_model_get_n_items (lines), ==, 2);
  g_assert_true (g_list_model_get_item_type (lines) == CPT_TYPE_ORDER_LINE);
  g_assert_cmpint (cpt_order_line_get_quantity (cpt_order_get_line (order, 0)), ==, 1500);
  g_assert_cmpint (cpt_order_line_get_quantity (cpt_order_get_line (order, 1)), ==, 3000);
  g_assert_cmpstr (cpt_order_line_get_description (cpt_order_get_line (order, 1)), ==, "Tasse");
  g_assert_cmpint (cpt_order_line_get_quantity_shipped (cpt_order_get_line (order, 1)), ==, 500);
  g_assert_cmpint (cpt_order_line_get_discount (cpt_order_get_line (order, 1)), ==, 1000);

  cpt_order_remove_line (order, 0);
  g_assert_cmpint (cpt_order_get_n_lines (order), ==, 1);
  g_assert_true (cpt_order_get_line (order, 0) == copy);
  cpt_order_clear_lines (order);
  g_assert_cmpint (cpt_order_get_n_lines (order), ==, 0);

  cpt_order_add_history (order, "2026-11-28T09:15:00Z", "created", "Commande créée");
  entry = g_list_model_get_item (cpt_order_get_history (order), 0);
  g_assert_cmpstr (cpt_history_entry_get_at (entry), ==, "2026-11-28T09:15:00Z");
  g_assert_cmpstr (cpt_history_entry_get_event (entry), ==, "created");
  g_assert_cmpstr (cpt_history_entry_get_text (entry), ==, "Commande créée");
}

static void
test_summary (void)
{
  g_autoptr(CptOrderSummary) summary = NULL;
  g_autofree char *number = NULL;
  CptShippedStatus shipped;

  summary = g_object_new (CPT_TYPE_ORDER_SUMMARY,
                          "id", (gint64) 7, "number", "CC-2026-00007", "total", (gint64) 9990,
                          "shipped-status", CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED,
                          "marketplace", "Boutique en ligne", NULL);
  g_object_get (summary, "number", &number, "shipped-status", &shipped, NULL);
  g_assert_cmpstr (number, ==, "CC-2026-00007");
  g_assert_cmpint (shipped, ==, CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED);
  g_assert_cmpint (cpt_order_summary_get_id (summary), ==, 7);
  g_assert_cmpint (cpt_order_summary_get_total (summary), ==, 9990);
  g_assert_cmpint (cpt_order_summary_get_status (summary), ==, CPT_ORDER_STATUS_DRAFT);
  g_assert_cmpstr (cpt_order_summary_get_marketplace (summary), ==, "Boutique en ligne");
  g_assert_null (cpt_order_summary_get_shipment_date (summary));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/order/properties", test_order_properties);
  g_test_add_func ("/order/lines-and-history", test_order_lines_and_history);
  g_test_add_func ("/order/summary", test_summary);
  return g_test_run ();
}
