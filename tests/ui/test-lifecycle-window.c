/* test-lifecycle-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cpt-customer-service.h"
#include "cpt-customer-view.h"
#include "cpt-invoice-dialog.h"
#include "cpt-invoice-service.h"
#include "cpt-invoice-view.h"
#include "cpt-invoices-page.h"
#include "cpt-item-service.h"
#include "cpt-items-page.h"
#include "cpt-merge-dialog.h"
#include "cpt-money.h"
#include "cpt-order-documents.h"
#include "cpt-order-service.h"
#include "cpt-orders-page.h"
#include "cpt-sample-data.h"
#include "cpt-send-dialog.h"
#include "cpt-shipment-dialog.h"
#include "cpt-shipment-view.h"
#include "cpt-shipments-page.h"
#include "cpt-ui-test.h"

/* The order lifecycle in the real window, in French: merging two orders
 * selected in the list, a refused merge, a partial invoice converted from
 * an order, a shipment and its effect on the items list; screenshots of
 * each new screen. */

#define TAX_20 1
#define MAIN_WAREHOUSE 1

typedef struct
{
  char           *dir;
  CptApplication *app;
  CptWindow      *window;
  CptDatabase    *db;
  gint64          orders[3];   /* Martin, Martin, Durand */
  gint64          item_id;
} Fixture;

static gint64
add_customer (CptDatabase *db,
              const char  *name)
{
  g_autoptr(CptCustomer) customer = cpt_customer_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("12 rue des Lilas", "", "69003", "Lyon", "France");
  g_autoptr(GError) error = NULL;

  cpt_customer_set_display_name (customer, name);
  cpt_customer_set_billing_address (customer, address);
  cpt_customer_set_shipping_address (customer, address);
  g_assert_true (cpt_customer_service_create (db, customer, &error));
  return cpt_customer_get_id (customer);
}

static gint64
add_order (CptDatabase *db,
           gint64       customer_id,
           gint64       item_id,
           const char  *date,
           gint64       quantity)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;

  cpt_order_set_customer_id (order, customer_id);
  cpt_order_set_date (order, date);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  cpt_order_line_set_item_id (line, item_id);
  cpt_order_line_set_quantity (line, quantity);
  cpt_order_line_set_rate (line, 14900);
  cpt_order_line_set_tax_id (line, TAX_20);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (db, order, &error));
  g_assert_no_error (error);
  return cpt_order_get_id (order);
}

static void
seed (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "comptoir.db", NULL);
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(GError) error = NULL;
  gint64 martin, durand;

  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  martin = add_customer (db, "Boulangerie Martin");
  durand = add_customer (db, "Épicerie Durand");
  cpt_item_set_name (item, "Trancheuse à pain");
  cpt_item_set_sku (item, "TRA-01");
  cpt_item_set_rate (item, 14900);
  cpt_item_set_tax_id (item, TAX_20);
  g_assert_true (cpt_item_service_create (db, item, &error));
  g_assert_true (cpt_item_service_adjust_stock (db, cpt_item_get_id (item), MAIN_WAREHOUSE,
                                                10 * CPT_QUANTITY_ONE, "Inventaire", &error));
  f->item_id = cpt_item_get_id (item);
  f->orders[0] = add_order (db, martin, f->item_id, "2026-03-01", 5 * CPT_QUANTITY_ONE);
  f->orders[1] = add_order (db, martin, f->item_id, "2026-03-02", 3 * CPT_QUANTITY_ONE);
  f->orders[2] = add_order (db, durand, f->item_id, "2026-03-03", 1 * CPT_QUANTITY_ONE);
}

static CptOrdersPage *
orders_page (Fixture *f)
{
  return CPT_ORDERS_PAGE (cpt_window_get_page_widget (f->window, "orders"));
}

static gboolean
list_ready (gpointer data)
{
  CptLazyList *list = data;

  return !cpt_lazy_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;

  f->dir = cpt_ui_test_make_tmpdir ();
  seed (f);
  path = g_build_filename (f->dir, "comptoir.db", NULL);
  f->app = cpt_ui_test_application_new (path);
  f->window = cpt_ui_test_activate (f->app);
  f->db = cpt_application_get_database (f->app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "orders"));
  g_assert_true (cpt_ui_test_wait (list_ready, cpt_orders_page_get_list (orders_page (f)), 10000));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  cpt_ui_test_destroy (f->app);
  g_clear_object (&f->app);
  cpt_ui_test_remove_tmpdir (f->dir);
  g_free (f->dir);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (f->db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Selects, in the orders list, the orders of @ids. */
static void
select_orders (Fixture      *f,
               const gint64 *ids,
               guint         n_ids)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (cpt_orders_page_get_column_view (orders_page (f)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));

  gtk_selection_model_unselect_all (selection);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptOrderSummary) summary = g_list_model_get_item (G_LIST_MODEL (selection), i);

      for (guint k = 0; k < n_ids; k++)
        if (summary != NULL && cpt_order_summary_get_id (summary) == ids[k])
          gtk_selection_model_select_item (selection, i, FALSE);
    }
  g_assert_cmpuint (gtk_bitset_get_size (gtk_selection_model_get_selection (selection)), ==, n_ids);
}

static void
test_merge_from_list (Fixture *f, gconstpointer data)
{
  const gint64 pair[] = { f->orders[0], f->orders[1] };
  CptMergeDialog *dialog;

  /* One order selected: « Fusionner » is disabled. */
  select_orders (f, pair, 1);
  gtk_widget_activate_action (GTK_WIDGET (orders_page (f)), "orders.merge", NULL);
  cpt_ui_test_wait_ms (50);
  g_assert_null (find_window (CPT_TYPE_MERGE_DIALOG));

  select_orders (f, pair, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (orders_page (f)), "orders.merge", NULL));
  dialog = CPT_MERGE_DIALOG (find_window (CPT_TYPE_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_null (cpt_merge_dialog_dup_failures (dialog));
  g_assert_cmpint (cpt_merge_dialog_get_keep_id (dialog), ==, f->orders[0]);
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "window-merge-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.merge", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_null (dialog);

  g_assert_cmpint (query_int (f, "SELECT count (*) FROM sales_orders WHERE id = 2 AND status = 'void'"
                                 " AND merged_into_id = 1"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM sales_order_lines WHERE order_id = 1"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT committed FROM stock_levels WHERE item_id = 1"), ==, 9000);
  cpt_ui_test_wait (list_ready, cpt_orders_page_get_list (orders_page (f)), 10000);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "orders-after-merge");
}

static void
test_merge_refused (Fixture *f, gconstpointer data)
{
  const gint64 pair[] = { f->orders[0], f->orders[2] };
  g_autofree char *failures = NULL;
  CptMergeDialog *dialog;

  select_orders (f, pair, 2);
  gtk_widget_activate_action (GTK_WIDGET (orders_page (f)), "orders.merge", NULL);
  dialog = CPT_MERGE_DIALOG (find_window (CPT_TYPE_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  failures = cpt_merge_dialog_dup_failures (dialog);
  g_assert_nonnull (failures);
  g_assert_nonnull (strstr (failures, "clients différents"));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (dialog), "Ces commandes ne peuvent pas être fusionnées"));
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "window-merge-refused");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.merge", NULL);
  cpt_ui_test_wait_ms (50);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM sales_orders WHERE status = 'void'"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
invoices_ready (gpointer data)
{
  Fixture *f = data;
  CptInvoicesPage *page = CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices"));

  return list_ready (cpt_invoices_page_get_list (page));
}

/* « Convertir en facture » from the list, for one selected order. */
static void
test_invoice_from_list (Fixture *f, gconstpointer data)
{
  const gint64 one[] = { f->orders[2] };
  CptInvoiceDialog *dialog;

  select_orders (f, one, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (orders_page (f)), "orders.invoice", NULL));
  dialog = CPT_INVOICE_DIALOG (find_window (CPT_TYPE_INVOICE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "invoice.issue-send", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices WHERE order_id = 3 AND status = 'issued'"), ==, 1);
  /* « Émettre et envoyer » hands the issued invoice to the e-mail dialog. */
  {
    GtkWindow *send = find_window (CPT_TYPE_SEND_DIALOG);

    g_assert_nonnull (send);
    cpt_ui_test_screenshot (GTK_WIDGET (send), "invoice-send-dialog");
    gtk_window_destroy (send);
  }
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM sales_orders WHERE id = 3"
                                 " AND invoiced_status = 'invoiced'"), ==, 1);
}

static void
test_partial_invoice (Fixture *f, gconstpointer data)
{
  GtkWidget *view = cpt_orders_page_get_order_view (orders_page (f));
  CptInvoicesPage *invoices;
  CptInvoiceDialog *dialog;
  CptInvoiceView *invoice_view;
  g_autoptr(GError) error = NULL;

  cpt_orders_page_show_order (orders_page (f), f->orders[0]);
  cpt_ui_test_wait_ms (100);
  g_assert_nonnull (cpt_ui_test_find_label (view, "Convertir en _facture"));
  g_assert_true (gtk_widget_activate_action (view, "order.invoice", NULL));
  dialog = CPT_INVOICE_DIALOG (find_window (CPT_TYPE_INVOICE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (cpt_invoice_dialog_get_grid (dialog), 0), 2.0);
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "window-invoice-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "invoice.issue", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_null (dialog);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices WHERE status = 'issued'"
                                 " AND sub_total = 29800"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM sales_orders WHERE id = 1"
                                 " AND invoiced_status = 'partially_invoiced'"), ==, 1);
  /* The order view lists the invoice. */
  g_assert_cmpuint (cpt_order_documents_get_count (CPT_ORDER_DOCUMENTS (cpt_ui_test_find_type (view, CPT_TYPE_ORDER_DOCUMENTS))),
                    ==, 1);
  g_assert_nonnull (cpt_ui_test_find_label (view, "Facture FA-2026-00001"));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "order-view-invoiced");

  /* The Invoices page lists it; its view marks it paid. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "invoices");
  g_assert_true (cpt_ui_test_wait (invoices_ready, f, 10000));
  invoices = CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cpt_invoices_page_get_list (invoices))), ==, 1);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoices-page");

  /* A click on « Total TTC » sorts by SQL; the row stays. */
  {
    GtkColumnView *column_view = GTK_COLUMN_VIEW (cpt_ui_test_find_type (GTK_WIDGET (invoices),
                                                                       GTK_TYPE_COLUMN_VIEW));
    GListModel *columns = gtk_column_view_get_columns (column_view);
    const CptInvoiceQuery *query;

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        if (g_strcmp0 (gtk_column_view_column_get_title (column), "Total TTC") == 0)
          gtk_column_view_sort_by_column (column_view, column, GTK_SORT_ASCENDING);
      }
    query = cpt_lazy_list_get_query (cpt_invoices_page_get_list (invoices));
    g_assert_cmpint (query->sort, ==, CPT_INVOICE_SORT_TOTAL);
    g_assert_false (query->descending);
    g_assert_true (cpt_ui_test_wait (invoices_ready, f, 10000));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-invoice", "x", (gint64) 1));
  invoice_view = CPT_INVOICE_VIEW (cpt_invoices_page_get_view (invoices));
  g_assert_nonnull (cpt_invoice_view_get_invoice (invoice_view));
  g_assert_true (cpt_invoice_view_mark_paid (invoice_view, "2026-03-20", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices WHERE status = 'paid'"), ==, 1);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoice-view");

  /* « Créer un avoir » asks first. */
  gtk_widget_activate_action (GTK_WIDGET (invoice_view), "invoice.credit", NULL);
  {
    AdwMessageDialog *question = cpt_ui_test_find_dialog ();

    g_assert_nonnull (question);
    cpt_ui_test_screenshot (GTK_WIDGET (question), "credit-note-question");
    adw_message_dialog_response (question, "credit");
    gtk_window_destroy (GTK_WINDOW (question));
  }
  cpt_ui_test_wait_ms (100);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices WHERE status = 'credited'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM credit_notes WHERE number IS NOT NULL"), ==, 1);
}

static gboolean
items_show (gpointer data)
{
  Fixture *f = data;
  CptItemsPage *page = CPT_ITEMS_PAGE (cpt_window_get_page_widget (f->window, "items"));
  CptLazyList *list = cpt_items_page_get_list (page);
  g_autoptr(CptItem) item = NULL;

  if (!list_ready (list))
    return FALSE;
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return item != NULL && cpt_item_get_on_hand (item) == 8 * CPT_QUANTITY_ONE;
}

static void
test_shipment_changes_items_list (Fixture *f, gconstpointer data)
{
  GtkWidget *view = cpt_orders_page_get_order_view (orders_page (f));
  CptShipmentsPage *shipments;
  CptShipmentDialog *dialog;

  cpt_orders_page_show_order (orders_page (f), f->orders[0]);
  cpt_ui_test_wait_ms (100);
  g_assert_true (gtk_widget_activate_action (view, "order.ship", NULL));
  dialog = CPT_SHIPMENT_DIALOG (find_window (CPT_TYPE_SHIPMENT_DIALOG));
  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (cpt_shipment_dialog_get_grid (dialog), 0), 2.0);
  gtk_editable_set_text (cpt_shipment_dialog_get_carrier (dialog), "Colissimo");
  gtk_editable_set_text (cpt_shipment_dialog_get_tracking (dialog), "6A0123456789");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "shipment.create", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_null (dialog);

  /* The items list shows 8 on hand and 7 committed (3 + 3 + 1). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "items");
  g_assert_true (cpt_ui_test_wait (items_show, f, 10000));
  {
    CptItemsPage *page = CPT_ITEMS_PAGE (cpt_window_get_page_widget (f->window, "items"));
    g_autoptr(CptItem) item = g_list_model_get_item (G_LIST_MODEL (cpt_items_page_get_list (page)), 0);

    g_assert_cmpint (cpt_item_get_committed (item), ==, 7 * CPT_QUANTITY_ONE);
  }
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "items-after-shipment");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "shipments");
  shipments = CPT_SHIPMENTS_PAGE (cpt_window_get_page_widget (f->window, "shipments"));
  g_assert_true (cpt_ui_test_wait (list_ready, cpt_shipments_page_get_list (shipments), 10000));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "shipments-page");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-shipment", "x", (gint64) 1);
  g_assert_nonnull (cpt_shipment_view_get_shipment (CPT_SHIPMENT_VIEW (cpt_shipments_page_get_view (shipments))));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "shipment-view");
  gtk_widget_activate_action (cpt_shipments_page_get_view (shipments), "shipment.deliver", NULL);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM shipments WHERE status = 'delivered'"), ==, 1);
}

/* « Nouvelle transaction » → « Facture » on a customer with two orders asks
 * which one, then opens the invoice dialog on it. */
static void
test_customer_new_invoice (Fixture *f, gconstpointer data)
{
  GtkWidget *view;
  AdwMessageDialog *question;
  CptInvoiceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-customer", "x", (gint64) 1));
  cpt_ui_test_wait_ms (100);
  view = cpt_ui_test_find_type (cpt_window_get_page_widget (f->window, "customers"), CPT_TYPE_CUSTOMER_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "customer.new-invoice", NULL));
  question = cpt_ui_test_find_dialog ();
  g_assert_nonnull (question);
  cpt_ui_test_screenshot (GTK_WIDGET (question), "customer-invoice-question");
  adw_message_dialog_response (question, "invoice");
  gtk_window_destroy (GTK_WINDOW (question));

  dialog = CPT_INVOICE_DIALOG (find_window (CPT_TYPE_INVOICE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "invoice.save-draft", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices WHERE number IS NULL AND order_id = 1"), ==, 1);

  /* The draft is edited from its view, then issued with 1 of the 5. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-invoice", "x", (gint64) 1));
  view = cpt_invoices_page_get_view (CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices")));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoice-draft-view");
  g_assert_true (gtk_widget_activate_action (view, "invoice.edit", NULL));
  dialog = CPT_INVOICE_DIALOG (find_window (CPT_TYPE_INVOICE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpfloat (gtk_spin_button_get_value (cpt_line_quantity_grid_get_spin (cpt_invoice_dialog_get_grid (dialog), 0)),
                     ==, 5.0);
  gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (cpt_invoice_dialog_get_grid (dialog), 0), 1.0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "invoice.issue", NULL);
  cpt_ui_test_wait_ms (100);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id"
                                 " WHERE i.id = 1 AND i.status = 'issued' AND l.quantity = 1000"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT quantity_invoiced FROM sales_order_lines WHERE order_id = 1"), ==, 1000);
}

/* The demo company's invoices and shipments, for a person to look at. */
static void
test_demo_lists (void)
{
  g_autofree char *dir = cpt_ui_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  g_autoptr(CptApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  CptWindow *window;
  CptInvoicesPage *invoices;
  CptShipmentsPage *shipments;

  {
    g_autoptr(CptDatabase) db = cpt_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (cpt_sample_data_load (db, &error));
  }
  app = cpt_ui_test_application_new (path);
  window = cpt_ui_test_activate (app);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "invoices");
  invoices = CPT_INVOICES_PAGE (cpt_window_get_page_widget (window, "invoices"));
  g_assert_true (cpt_ui_test_wait (list_ready, cpt_invoices_page_get_list (invoices), 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cpt_invoices_page_get_list (invoices))), >=, 20);
  cpt_ui_test_screenshot (GTK_WIDGET (window), "invoices-page-demo");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "shipments");
  shipments = CPT_SHIPMENTS_PAGE (cpt_window_get_page_widget (window, "shipments"));
  g_assert_true (cpt_ui_test_wait (list_ready, cpt_shipments_page_get_list (shipments), 10000));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "shipments-page-demo");

  cpt_ui_test_destroy (app);
  cpt_ui_test_remove_tmpdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/lifecycle-window/merge-from-list", Fixture, NULL, fixture_set_up,
              test_merge_from_list, fixture_tear_down);
  g_test_add ("/lifecycle-window/merge-refused", Fixture, NULL, fixture_set_up,
              test_merge_refused, fixture_tear_down);
  g_test_add ("/lifecycle-window/invoice-from-list", Fixture, NULL, fixture_set_up,
              test_invoice_from_list, fixture_tear_down);
  g_test_add ("/lifecycle-window/partial-invoice", Fixture, NULL, fixture_set_up,
              test_partial_invoice, fixture_tear_down);
  g_test_add ("/lifecycle-window/customer-new-invoice", Fixture, NULL, fixture_set_up,
              test_customer_new_invoice, fixture_tear_down);
  g_test_add ("/lifecycle-window/shipment-items", Fixture, NULL, fixture_set_up,
              test_shipment_changes_items_list, fixture_tear_down);

  g_test_add_func ("/lifecycle-window/demo-lists", test_demo_lists);

  return g_test_run ();
}
