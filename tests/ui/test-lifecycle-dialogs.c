/* test-lifecycle-dialogs.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-invoice-dialog.h"
#include "cpt-merge-dialog.h"
#include "cpt-order-service.h"
#include "cpt-shipment-dialog.h"
#include "forms-test.h"

/* The invoice, shipment and merge dialogs, driven like a person would,
 * with the database checked after each. */

static void
exec (CptDatabase *db,
      const char  *sql)
{
  g_autoptr(GError) error = NULL;

  cpt_database_exec (db, sql, &error);
  g_assert_no_error (error);
}

/* Two customers with the same addresses and two stocked goods (10 each). */
static CptDatabase *
open_db (void)
{
  CptDatabase *db = forms_test_open_db ();

  exec (db, "INSERT INTO customers (id, display_name, billing_street, billing_postcode, billing_city,"
            " shipping_street, shipping_postcode, shipping_city) VALUES"
            " (1, 'Boulangerie Martin', '1 rue de la Paix', '75002', 'Paris', '1 rue de la Paix', '75002', 'Paris'),"
            " (2, 'Épicerie Durand', '1 rue de la Paix', '75002', 'Paris', '1 rue de la Paix', '75002', 'Paris')");
  exec (db, "INSERT INTO items (id, name, unit, rate, tax_id) VALUES"
            " (1, 'Chaise paillée', 'pièce', 4500, 1), (2, 'Table de ferme', 'pièce', 32000, 1)");
  exec (db, "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind, reason)"
            " VALUES (1, 1, 10000, 'adjustment', 'Inventaire'), (2, 1, 10000, 'adjustment', 'Inventaire')");
  return db;
}

static gint64
confirmed_order (CptDatabase *db,
                 gint64       customer_id,
                 const char  *date,
                 gint64       chairs,
                 gint64       tables)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(GError) error = NULL;
  const gint64 quantities[] = { chairs, tables };
  const gint64 rates[] = { 4500, 32000 };

  cpt_order_set_customer_id (order, customer_id);
  cpt_order_set_date (order, date);
  cpt_order_set_warehouse_id (order, 1);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  for (guint i = 0; i < G_N_ELEMENTS (quantities); i++)
    {
      g_autoptr(CptOrderLine) line = NULL;

      if (quantities[i] == 0)
        continue;
      line = cpt_order_line_new ();
      cpt_order_line_set_item_id (line, i + 1);
      cpt_order_line_set_quantity (line, quantities[i]);
      cpt_order_line_set_rate (line, rates[i]);
      cpt_order_line_set_tax_id (line, 1);
      cpt_order_add_line (order, line);
    }
  cpt_order_service_create (db, order, &error);
  g_assert_no_error (error);
  return cpt_order_get_id (order);
}

static void
test_partial_invoice (void)
{
  g_autoptr(CptDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  gint64 order_id = confirmed_order (db, 1, "2026-03-02", 5000, 2000);
  CptInvoiceDialog *dialog;
  CptLineQuantityGrid *grid;

  dialog = cpt_invoice_dialog_new (forms_test_parent (), db, order_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  grid = cpt_invoice_dialog_get_grid (dialog);

  /* What remains by default, never more. */
  g_assert_cmpfloat (gtk_spin_button_get_value (cpt_line_quantity_grid_get_spin (grid, 0)), ==, 5.0);
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (grid, 0), 99.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (cpt_line_quantity_grid_get_spin (grid, 0)), ==, 5.0);

  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (grid, 0), 3.0);
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (grid, 1), 0.0);
  forms_test_screenshot (GTK_WIDGET (dialog), "invoice-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "invoice.issue", NULL);
  forms_test_spin (50);
  g_assert_null (dialog);

  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM invoices WHERE status = 'issued'"
                                             " AND number LIKE 'FA-%-00001' AND sub_total = 13500"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM invoice_lines"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT group_concat (quantity_invoiced) FROM"
                                             " (SELECT quantity_invoiced FROM sales_order_lines"
                                             "  ORDER BY position)"), ==, 3000);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM sales_orders"
                                             " WHERE invoiced_status = 'partially_invoiced'"), ==, 1);

  /* A draft order cannot be invoiced: the dialog does not open. */
  exec (db, "UPDATE sales_orders SET status = 'draft'");
  g_assert_null (cpt_invoice_dialog_new (forms_test_parent (), db, order_id, &error));
  g_assert_nonnull (error);
}

static void
test_shipment_changes_stock (void)
{
  g_autoptr(CptDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  gint64 order_id = confirmed_order (db, 1, "2026-03-02", 5000, 0);
  CptShipmentDialog *dialog;

  g_assert_cmpint (forms_test_query_int (db, "SELECT on_hand FROM stock_levels WHERE item_id = 1"), ==, 10000);
  g_assert_cmpint (forms_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1"), ==, 5000);

  dialog = cpt_shipment_dialog_new (forms_test_parent (), db, order_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (cpt_shipment_dialog_get_grid (dialog), 0), 2.0);
  gtk_editable_set_text (cpt_shipment_dialog_get_carrier (dialog), "Colissimo");
  gtk_editable_set_text (cpt_shipment_dialog_get_tracking (dialog), "6A0123456789");
  forms_test_screenshot (GTK_WIDGET (dialog), "shipment-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "shipment.create", NULL);
  forms_test_spin (50);
  g_assert_null (dialog);

  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM shipments WHERE carrier = 'Colissimo'"
                                             " AND tracking_number = '6A0123456789'"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT on_hand FROM stock_levels WHERE item_id = 1"), ==, 8000);
  g_assert_cmpint (forms_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1"), ==, 3000);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM sales_orders"
                                             " WHERE shipped_status = 'partially_shipped'"), ==, 1);
}

static void
test_merge (void)
{
  g_autoptr(CptDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  gint64 older = confirmed_order (db, 1, "2026-03-01", 2000, 1000);
  gint64 newer = confirmed_order (db, 1, "2026-03-02", 3000, 0);
  CptMergeDialog *dialog;

  /* Selected newest first, as in a list sorted by date. */
  dialog = cpt_merge_dialog_new (forms_test_parent (), db, newer, older, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_null (cpt_merge_dialog_dup_failures (dialog));
  g_assert_cmpint (cpt_merge_dialog_get_keep_id (dialog), ==, older);
  forms_test_screenshot (GTK_WIDGET (dialog), "merge-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.merge", NULL);
  forms_test_spin (50);
  g_assert_null (dialog);

  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM sales_order_lines WHERE order_id = 1"),
                   ==, 3);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM sales_orders WHERE id = 2"
                                             " AND status = 'void' AND merged_into_id = 1"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1"), ==, 5000);
}

static void
test_merge_refused (void)
{
  g_autoptr(CptDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  g_autofree char *failures = NULL;
  gint64 a = confirmed_order (db, 1, "2026-03-01", 2000, 0);
  gint64 b = confirmed_order (db, 2, "2026-03-02", 1000, 0);
  CptMergeDialog *dialog;

  dialog = cpt_merge_dialog_new (forms_test_parent (), db, a, b, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  failures = cpt_merge_dialog_dup_failures (dialog);
  g_assert_nonnull (failures);
  g_assert_nonnull (strstr (failures, "CC-"));
  forms_test_screenshot (GTK_WIDGET (dialog), "merge-dialog-refused");

  /* « Fusionner » is disabled: nothing happens. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.merge", NULL);
  forms_test_spin (50);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count (*) FROM sales_orders WHERE status = 'void'"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/lifecycle-dialogs/partial-invoice", test_partial_invoice);
  g_test_add_func ("/lifecycle-dialogs/shipment-stock", test_shipment_changes_stock);
  g_test_add_func ("/lifecycle-dialogs/merge", test_merge);
  g_test_add_func ("/lifecycle-dialogs/merge-refused", test_merge_refused);

  return g_test_run ();
}
