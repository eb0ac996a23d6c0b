/* test-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cpt-customer-service.h"
#include "cpt-customers-page.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-invoices-page.h"
#include "cpt-item-service.h"
#include "cpt-items-page.h"
#include "cpt-money.h"
#include "cpt-order-form.h"
#include "cpt-order-view.h"
#include "cpt-customer-view.h"
#include "cpt-order-service.h"
#include "cpt-orders-page.h"
#include "cpt-ui-test.h"

/* The main window driven through its actions and widgets, on a real file
 * filled through the services, in French. Each test saves screenshots in
 * _build/tests/ui/screenshots. */

/* Seeded by every new file (v1-seed.sql). */
#define TAX_20 1
#define TAX_5_5 3
#define MAIN_WAREHOUSE 1

typedef struct
{
  char           *dir;
  CptApplication *app;
  CptWindow      *window;
  CptDatabase    *db;
} Fixture;

static gboolean
on_main_page (gpointer data)
{
  Fixture *f = data;
  GtkWidget *stack = cpt_ui_test_find_type (GTK_WIDGET (f->window), GTK_TYPE_STACK);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "main") == 0;
}

static CptOrdersPage *
get_orders_page (Fixture *f)
{
  return CPT_ORDERS_PAGE (cpt_window_get_page_widget (f->window, "orders"));
}

static gboolean
orders_loaded (gpointer data)
{
  CptLazyList *list = cpt_orders_page_get_list (get_orders_page (data));

  return !cpt_lazy_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

static gboolean
list_idle (gpointer data)
{
  return !cpt_lazy_list_get_loading (data);
}

/* Waits for the search delay, the query and the background ids. */
static void
wait_list (CptLazyList *list)
{
  cpt_ui_test_wait_ms (250);
  g_assert_true (cpt_ui_test_wait (list_idle, list, 10000));
}

static gint64
add_customer (CptDatabase *db,
              const char  *name,
              const char  *city)
{
  g_autoptr(CptCustomer) customer = cpt_customer_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("12 rue des Lilas", "", "69003", city, "France");
  g_autoptr(GError) error = NULL;

  cpt_customer_set_display_name (customer, name);
  cpt_customer_set_contact_name (customer, name);
  cpt_customer_set_email (customer, "contact@exemple.fr");
  cpt_customer_set_billing_address (customer, address);
  cpt_customer_set_shipping_address (customer, address);
  g_assert_true (cpt_customer_service_create (db, customer, &error));
  g_assert_no_error (error);
  return cpt_customer_get_id (customer);
}

static gint64
add_item (CptDatabase *db,
          const char  *name,
          const char  *sku,
          gint64       rate,
          gint64       on_hand)
{
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(GError) error = NULL;

  cpt_item_set_name (item, name);
  cpt_item_set_sku (item, sku);
  cpt_item_set_rate (item, rate);
  cpt_item_set_tax_id (item, TAX_20);
  cpt_item_set_reorder_level (item, 5 * CPT_QUANTITY_ONE);
  g_assert_true (cpt_item_service_create (db, item, &error));
  g_assert_no_error (error);
  if (on_hand > 0)
    g_assert_true (cpt_item_service_adjust_stock (db, cpt_item_get_id (item), MAIN_WAREHOUSE,
                                                  on_hand, "Inventaire", &error));
  g_assert_no_error (error);
  return cpt_item_get_id (item);
}

/* A small company: four customers, three items, forty orders in every
 * status, with amounts that differ. */
static void
seed (Fixture *f)
{
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "comptoir.db", NULL);
  gint64 customers[4];
  gint64 items[3];

  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  customers[0] = add_customer (db, "Éric Dupont", "Lyon");
  customers[1] = add_customer (db, "Boulangerie Martin", "Paris");
  customers[2] = add_customer (db, "Atelier Zoé", "Nantes");
  customers[3] = add_customer (db, "Garage Lefèvre", "Lille");
  items[0] = add_item (db, "Pétrin mécanique 20 L", "PET-20", 41250, 2 * CPT_QUANTITY_ONE);
  items[1] = add_item (db, "Farine de blé T65, sac de 25 kg", "FAR-T65", 2190, 400 * CPT_QUANTITY_ONE);
  items[2] = add_item (db, "Corbeille à pain en osier", "COR-01", 1490, 30 * CPT_QUANTITY_ONE);

  for (int i = 0; i < 40; i++)
    {
      g_autoptr(CptOrder) order = cpt_order_new ();
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 1 + i % 11, 1 + i % 27);
      gint64 id;

      cpt_order_set_customer_id (order, customers[i % 4]);
      cpt_order_set_date (order, date);
      cpt_order_set_reference (order, i % 3 ? "BC-2231" : "");
      if (i % 5 == 0)
        cpt_order_set_shipment_date (order, "2026-12-15");
      for (int l = 0; l < 1 + i % 3; l++)
        {
          g_autoptr(CptOrderLine) line = cpt_order_line_new ();
          int item = (i + l) % 3;

          cpt_order_line_set_item_id (line, items[item]);
          cpt_order_line_set_description (line, item == 0 ? "Pétrin mécanique 20 L"
                                                : item == 1 ? "Farine de blé T65, sac de 25 kg"
                                                : "Corbeille à pain en osier");
          cpt_order_line_set_quantity (line, (1 + l) * CPT_QUANTITY_ONE);
          cpt_order_line_set_rate (line, 1250 * (i + 1) + l * 399);
          cpt_order_line_set_tax_id (line, l % 2 ? TAX_5_5 : TAX_20);
          cpt_order_add_line (order, line);
        }
      if (i % 7 == 0)
        cpt_order_set_notes (order, "Livraison par l’entrée de service, merci.");
      g_assert_true (cpt_order_service_create (db, order, &error));
      g_assert_no_error (error);
      id = cpt_order_get_id (order);
      if ((i % 4 == 1 || i % 4 == 2) && (i % 3) != 0)
        g_assert_true (cpt_order_service_confirm (db, id, &error));
      else if (i % 9 == 3)
        g_assert_true (cpt_order_service_void (db, id, "Client injoignable", &error));
      g_assert_no_error (error);
    }
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

  g_assert_true (on_main_page (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "orders"));
  g_assert_true (cpt_ui_test_wait (orders_loaded, f, 10000));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  cpt_ui_test_destroy (f->app);
  g_clear_object (&f->app);
  cpt_ui_test_remove_tmpdir (f->dir);
  g_free (f->dir);
}

static CptOrderSummary *
summary_at (CptLazyList *list, guint position)
{
  return g_list_model_get_item (G_LIST_MODEL (list), position);
}

static void
test_orders_list (Fixture *f, gconstpointer data)
{
  CptLazyList *list = cpt_orders_page_get_list (get_orders_page (f));
  g_autoptr(CptOrderSummary) first = summary_at (list, 0);
  g_autoptr(CptOrderSummary) last = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_assert_cmpuint (n, ==, 40);
  g_assert_cmpint (cpt_database_get_row_count (f->db, "sales_orders"), ==, n);
  /* Newest first. */
  last = summary_at (list, n - 1);
  g_assert_cmpstr (cpt_order_summary_get_date (first), >=, cpt_order_summary_get_date (last));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (f->window), cpt_order_summary_get_number (first)));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "orders");
}

static void
test_french_labels (Fixture *f, gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  g_assert_nonnull (cpt_ui_test_find_label (window, "Commandes client"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Factures"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Expéditions"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Clients"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "_Nouveau"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Actions en _bloc"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Total TTC"));
  g_assert_nonnull (cpt_ui_test_find_label (window, "Brouillon")
                    ? cpt_ui_test_find_label (window, "Brouillon")
                    : cpt_ui_test_find_label (window, "Confirmée"));
}

static void
test_sort_by_total (Fixture *f, gconstpointer data)
{
  CptOrdersPage *page = get_orders_page (f);
  CptLazyList *list = cpt_orders_page_get_list (page);
  GtkColumnView *view = cpt_orders_page_get_column_view (page);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) total_column = g_list_model_get_item (columns, g_list_model_get_n_items (columns) - 1);
  g_autoptr(CptOrderSummary) first = NULL;
  gint64 largest = G_MININT64;
  guint n;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptOrderSummary) summary = summary_at (list, i);
      largest = MAX (largest, cpt_order_summary_get_total (summary));
    }

  /* As a click on the header does. */
  gtk_column_view_sort_by_column (view, total_column, GTK_SORT_DESCENDING);
  wait_list (list);

  first = summary_at (list, 0);
  g_assert_cmpint (cpt_order_summary_get_total (first), ==, largest);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "orders-by-total");
}

static void
test_search_eric (Fixture *f, gconstpointer data)
{
  CptLazyList *list = cpt_orders_page_get_list (get_orders_page (f));
  GtkWidget *entry = cpt_ui_test_find_type (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY);
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "eric");
  wait_list (list);

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, n_all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptOrderSummary) summary = summary_at (list, i);
      g_assert_nonnull (strstr (cpt_order_summary_get_customer_name (summary), "Éric"));
    }
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "orders-search");
}

static void
test_delete_drafts (Fixture *f, gconstpointer data)
{
  CptOrdersPage *page = get_orders_page (f);
  CptLazyList *list = cpt_orders_page_get_list (page);
  GtkSelectionModel *selection = gtk_column_view_get_model (cpt_orders_page_get_column_view (page));
  gint64 drafts_before = cpt_database_get_row_count (f->db, "sales_orders:draft");
  gint64 orders_before = cpt_database_get_row_count (f->db, "sales_orders");
  gint64 deleted[2];
  gint64 kept;
  AdwMessageDialog *dialog;

  g_assert_cmpint (drafts_before, >=, 3);
  cpt_orders_page_set_status (page, CPT_ORDER_STATUS_DRAFT);
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, drafts_before);

  deleted[0] = cpt_lazy_list_get_id (list, 0);
  deleted[1] = cpt_lazy_list_get_id (list, 2);
  kept = cpt_lazy_list_get_id (list, 1);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "orders.delete-drafts", NULL));
  dialog = cpt_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "delete-drafts-dialog");
  adw_message_dialog_response (dialog, "delete");
  wait_list (list);

  g_assert_cmpint (cpt_database_get_row_count (f->db, "sales_orders:draft"), ==, drafts_before - 2);
  g_assert_cmpint (cpt_database_get_row_count (f->db, "sales_orders"), ==, orders_before - 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CptOrder) order = cpt_order_service_get (f->db, deleted[i], &error);

      g_assert_null (order);
      g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
    }
  {
    g_autoptr(CptOrder) order = cpt_order_service_get (f->db, kept, NULL);
    g_assert_nonnull (order);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, drafts_before - 2);
}

static void
test_order_view (Fixture *f, gconstpointer data)
{
  CptOrdersPage *page = get_orders_page (f);
  CptLazyList *list = cpt_orders_page_get_list (page);
  g_autoptr(CptOrderSummary) summary = summary_at (list, 0);
  GtkWidget *view = cpt_orders_page_get_order_view (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-order", "x",
                                             cpt_order_summary_get_id (summary)));
  g_assert_true (cpt_orders_page_is_showing_order (page));
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));
  g_assert_nonnull (cpt_ui_test_find_label (view, cpt_order_summary_get_number (summary)));
  g_assert_nonnull (cpt_ui_test_find_label (view, "Historique"));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "order");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  g_assert_false (cpt_orders_page_is_showing_order (page));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The view's own actions change the order in the file; « + Nouveau »
 * opens the order form. */
static void
test_order_actions (Fixture *f, gconstpointer data)
{
  CptOrdersPage *page = get_orders_page (f);
  CptLazyList *list = cpt_orders_page_get_list (page);
  GtkWidget *view = cpt_orders_page_get_order_view (page);
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(CptOrder) copy = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *form;
  GtkWidget *entry;
  gint64 id;

  cpt_orders_page_set_status (page, CPT_ORDER_STATUS_DRAFT);
  wait_list (list);
  id = cpt_lazy_list_get_id (list, 0);
  cpt_orders_page_show_order (page, id);

  g_assert_true (gtk_widget_activate_action (view, "order.confirm", NULL));
  order = cpt_order_service_get (f->db, id, NULL);
  g_assert_cmpint (cpt_order_get_status (order), ==, CPT_ORDER_STATUS_CONFIRMED);
  g_assert_nonnull (cpt_ui_test_find_label (view, "Confirmée"));
  g_assert_nonnull (cpt_ui_test_find_label (view, "Convertir en _facture"));

  /* Voiding asks for a reason. */
  g_assert_true (gtk_widget_activate_action (view, "order.void", NULL));
  dialog = cpt_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "void"));
  entry = cpt_ui_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Commande en double");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "void"));
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "void-dialog");
  adw_message_dialog_response (dialog, "void");
  g_clear_object (&order);
  order = cpt_order_service_get (f->db, id, NULL);
  g_assert_cmpint (cpt_order_get_status (order), ==, CPT_ORDER_STATUS_VOID);
  g_assert_cmpstr (cpt_order_get_void_reason (order), ==, "Commande en double");

  /* Duplicating shows the new draft. */
  g_assert_true (gtk_widget_activate_action (view, "order.duplicate", NULL));
  copy = g_object_ref (cpt_order_view_get_order (CPT_ORDER_VIEW (view)));
  g_assert_cmpint (cpt_order_get_id (copy), !=, id);
  g_assert_cmpint (cpt_order_get_status (copy), ==, CPT_ORDER_STATUS_DRAFT);
  g_assert_cmpint (cpt_order_get_total (copy), ==, cpt_order_get_total (order));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL));
  form = find_toplevel (CPT_TYPE_ORDER_FORM);
  g_assert_nonnull (form);
  gtk_window_destroy (form);
}

static void
test_customer_page (Fixture *f, gconstpointer data)
{
  CptCustomersPage *page;
  CptCustomerView *view;
  CptLazyList *customers;
  CptLazyList *orders;
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  gint64 customer_id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "customers"));
  page = CPT_CUSTOMERS_PAGE (cpt_window_get_page_widget (f->window, "customers"));
  customers = cpt_customers_page_get_list (page);
  wait_list (customers);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (customers)), >, 0);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "customers");

  /* The customer with the most orders makes the fullest page. */
  customer_id = 0;
  for (guint i = 0, best = 0; i < g_list_model_get_n_items (G_LIST_MODEL (customers)); i++)
    {
      g_autoptr(GArray) ids = NULL;

      query.customer_id = cpt_lazy_list_get_id (customers, i);
      g_assert_true (cpt_order_service_list_ids (f->db, &query, &ids, &error));
      if (ids->len > best)
        {
          best = ids->len;
          customer_id = query.customer_id;
        }
    }
  g_assert_cmpint (customer_id, >, 0);

  cpt_customers_page_show_customer (page, customer_id);
  view = cpt_customers_page_get_customer_view (page);
  orders = cpt_customer_view_get_orders (view);
  wait_list (orders);

  query.customer_id = customer_id;
  g_assert_true (cpt_order_service_list_ids (f->db, &query, &expected, &error));
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (orders)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (cpt_lazy_list_get_id (orders, i), ==, g_array_index (expected, gint64, i));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (view), "Nouvelle _transaction"));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "customer");
}

/* Every accelerator is in the shortcuts window; the about window names
 * the authors in French. */
static void
test_shortcuts_and_about (Fixture *f, gconstpointer data)
{
  GtkApplication *app = GTK_APPLICATION (f->app);
  const char *actions[] = { "win.new", "win.search", "win.preferences", "win.back",
                            "win.page::orders", "win.page::items", "app.quit" };
  GtkWindow *shortcuts;
  GtkWindow *about;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);
      g_assert_nonnull (accels[0]);
    }

  /* Alt+2 shows the invoices; Alt+1 the orders again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "invoices"));
  g_assert_cmpstr (cpt_window_get_page (f->window), ==, "invoices");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "orders"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_set_default_size (shortcuts, 900, 640);
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (shortcuts), "Commandes client"));
  cpt_ui_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts");
  gtk_window_destroy (shortcuts);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_developer_name (ADW_ABOUT_WINDOW (about)), ==, "Les auteurs de Comptoir");
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  cpt_ui_test_screenshot (GTK_WIDGET (about), "about");
  gtk_window_destroy (about);
}

static CptItemsPage *
show_items (Fixture *f, const char *search)
{
  CptItemsPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "items"));
  page = CPT_ITEMS_PAGE (cpt_window_get_page_widget (f->window, "items"));
  cpt_items_page_search (page, search);
  wait_list (cpt_items_page_get_list (page));
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));
  return page;
}

/* An item whose committed quantity exceeds what is on hand is « Rupture ». */
static void
test_out_of_stock (Fixture *f, gconstpointer data)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;
  CptItemsPage *page;
  gint64 scale;

  scale = add_item (f->db, "Balance de cuisine", "BAL-01", 3990, 3 * CPT_QUANTITY_ONE);

  page = show_items (f, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cpt_items_page_get_list (page))), ==, 4);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "items");

  page = show_items (f, "balance");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cpt_items_page_get_list (page))), ==, 1);
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_column_view (page)), "En stock"));
  g_assert_null (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_column_view (page)), "Rupture"));

  /* A confirmed order commits five scales; three are on the shelf. */
  cpt_order_set_customer_id (order, 1);
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_line_set_item_id (line, scale);
  cpt_order_line_set_description (line, "Balance de cuisine");
  cpt_order_line_set_quantity (line, 5 * CPT_QUANTITY_ONE);
  cpt_order_line_set_rate (line, 3990);
  cpt_order_line_set_tax_id (line, TAX_20);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_true (cpt_order_service_confirm (f->db, cpt_order_get_id (order), &error));
  g_assert_no_error (error);

  wait_list (cpt_items_page_get_list (page));
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_column_view (page)), "Rupture"));
  g_assert_null (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_column_view (page)), "En stock"));

  /* « À réapprovisionner » shows what is missing: 5 to the reorder level + 2 owed. */
  cpt_items_page_set_to_reorder (page, TRUE);
  wait_list (cpt_items_page_get_list (page));
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_column_view (page)), "7"));
  cpt_items_page_search (page, "");
  wait_list (cpt_items_page_get_list (page));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "items-to-reorder");

  cpt_items_page_show_item (page, scale);
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (cpt_items_page_get_item_view (page)), "Entrepôt principal"));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "item");
}

static gboolean
list_has_rows (gpointer data)
{
  return !cpt_lazy_list_get_loading (data) && g_list_model_get_n_items (data) > 0;
}

/* The lists fit the smallest window an office worker uses, 1280 × 800,
 * and a larger one without sideways scrolling: the customer column
 * gives way, the total stays whole. */
static void
tour_sizes (CptWindow *window)
{
  static const char *const pages[] = { "orders", "invoices", "customers", "items" };
  static const int sizes[][2] = { { 1280, 800 }, { 1600, 1000 } };

  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  GdkRectangle screen;

  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      /* xvfb-run's default screen is 1280 × 1024: the larger size only
       * under a larger screen (-s "-screen 0 1920x1200x24"). */
      if (sizes[s][0] > screen.width || sizes[s][1] > screen.height)
        {
          g_test_message ("No %d × %d screenshots on a %d × %d screen",
                          sizes[s][0], sizes[s][1], screen.width, screen.height);
          continue;
        }
      cpt_ui_test_resize (GTK_WINDOW (window), sizes[s][0], sizes[s][1]);
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%d", pages[p], sizes[s][0]);
          GtkWidget *page;
          CptLazyList *list;

          gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", pages[p]);
          page = cpt_window_get_page_widget (window, pages[p]);
          list = CPT_IS_ORDERS_PAGE (page) ? cpt_orders_page_get_list (CPT_ORDERS_PAGE (page))
                 : CPT_IS_INVOICES_PAGE (page) ? cpt_invoices_page_get_list (CPT_INVOICES_PAGE (page))
                 : CPT_IS_CUSTOMERS_PAGE (page) ? cpt_customers_page_get_list (CPT_CUSTOMERS_PAGE (page))
                 : cpt_items_page_get_list (CPT_ITEMS_PAGE (page));
          g_assert_true (cpt_ui_test_wait (list_has_rows, list, 10000));
          cpt_ui_test_screenshot (GTK_WIDGET (window), name);
          g_assert_true (cpt_ui_test_fits_width (page));
        }
    }
}

/* PRODUCT.md §7: a new file opens on the welcome page; « Charger des
 * données d'exemple » fills it in the background and shows the orders.
 * Then a tour of the demo company for the screenshots. */
static void
test_first_start (void)
{
  g_autofree char *dir = cpt_ui_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  g_autoptr(CptApplication) app = cpt_ui_test_application_new (path);
  CptWindow *window = cpt_ui_test_activate (app);
  Fixture f = { .dir = dir, .app = app, .window = window, .db = cpt_application_get_database (app) };
  CptOrdersPage *orders;
  CptCustomersPage *customers;
  CptItemsPage *items;
  CptLazyList *list;

  g_assert_false (on_main_page (&f));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (window), "Bienvenue dans Comptoir"));
  g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (window), "Charger des _données d’exemple"));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "first-start");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample-data", NULL));
  g_assert_true (cpt_ui_test_wait (on_main_page, &f, 60000));
  g_assert_cmpstr (cpt_window_get_page (window), ==, "orders");
  orders = get_orders_page (&f);
  list = cpt_orders_page_get_list (orders);
  g_assert_true (cpt_ui_test_wait (list_has_rows, list, 10000));
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                   cpt_database_get_row_count (f.db, "sales_orders"));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "orders-sample-data");

  cpt_orders_page_show_order (orders, cpt_lazy_list_get_id (list, 0));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "order-sample-data");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "customers");
  customers = CPT_CUSTOMERS_PAGE (cpt_window_get_page_widget (window, "customers"));
  g_assert_true (cpt_ui_test_wait (list_has_rows, cpt_customers_page_get_list (customers), 10000));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "customers-sample-data");
  cpt_customers_page_show_customer (customers, cpt_lazy_list_get_id (cpt_customers_page_get_list (customers), 0));
  wait_list (cpt_customer_view_get_orders (cpt_customers_page_get_customer_view (customers)));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "customer-sample-data");

  /* The invoices of the customer of the newest invoice, on their tab. */
  {
    CptInvoiceQuery query = CPT_INVOICE_QUERY_INIT;
    CptCustomerView *view = cpt_customers_page_get_customer_view (customers);
    g_autoptr(GPtrArray) invoices = NULL;
    g_autoptr(GArray) expected = NULL;
    g_autoptr(GError) error = NULL;
    GtkWidget *switcher;

    g_assert_true (cpt_invoice_service_first_page (f.db, &query, 1, &invoices, &error));
    g_assert_cmpuint (invoices->len, ==, 1);
    query.customer_id = cpt_invoice_get_customer_id (invoices->pdata[0]);
    g_assert_true (cpt_invoice_service_list_ids (f.db, &query, &expected, &error));

    cpt_customers_page_show_customer (customers, query.customer_id);
    wait_list (cpt_customer_view_get_invoices (view));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cpt_customer_view_get_invoices (view))), ==,
                      expected->len);
    switcher = cpt_ui_test_find_type (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK);
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (switcher), "invoices");
    g_assert_nonnull (cpt_ui_test_find_label (GTK_WIDGET (view), cpt_invoice_get_number (invoices->pdata[0])));
    cpt_ui_test_screenshot (GTK_WIDGET (window), "customer-invoices-sample-data");
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "items");
  items = CPT_ITEMS_PAGE (cpt_window_get_page_widget (window, "items"));
  g_assert_true (cpt_ui_test_wait (list_has_rows, cpt_items_page_get_list (items), 10000));
  cpt_ui_test_screenshot (GTK_WIDGET (window), "items-sample-data");

  tour_sizes (window);

  cpt_ui_test_destroy (app);
  cpt_ui_test_remove_tmpdir (dir);
}

/* A file that cannot be opened (here a folder) is explained in a message
 * dialog; no window opens and nothing crashes. */
static void
test_unopenable_database (void)
{
  g_autofree char *dir = cpt_ui_test_make_tmpdir ();
  g_autoptr(CptApplication) app = cpt_ui_test_application_new (dir);
  AdwMessageDialog *dialog;

  g_application_activate (G_APPLICATION (app));
  g_assert_null (cpt_application_get_database (app));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    g_assert_false (CPT_IS_WINDOW (l->data));
  dialog = cpt_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Impossible d’ouvrir la base de données");
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "database-error");
  adw_message_dialog_response (dialog, "quit");
  cpt_ui_test_destroy (app);
  cpt_ui_test_remove_tmpdir (dir);
}

int
main (int argc, char *argv[])
{
  /* The interface under test is the French one. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/first-start", test_first_start);
  g_test_add_func ("/window/unopenable-database", test_unopenable_database);
  g_test_add ("/window/orders-list", Fixture, NULL,
              fixture_set_up, test_orders_list, fixture_tear_down);
  g_test_add ("/window/french-labels", Fixture, NULL,
              fixture_set_up, test_french_labels, fixture_tear_down);
  g_test_add ("/window/sort-by-total", Fixture, NULL,
              fixture_set_up, test_sort_by_total, fixture_tear_down);
  g_test_add ("/window/search-eric", Fixture, NULL,
              fixture_set_up, test_search_eric, fixture_tear_down);
  g_test_add ("/window/delete-drafts", Fixture, NULL,
              fixture_set_up, test_delete_drafts, fixture_tear_down);
  g_test_add ("/window/order-view", Fixture, NULL,
              fixture_set_up, test_order_view, fixture_tear_down);
  g_test_add ("/window/customer-page", Fixture, NULL,
              fixture_set_up, test_customer_page, fixture_tear_down);

  g_test_add ("/window/order-actions", Fixture, NULL,
              fixture_set_up, test_order_actions, fixture_tear_down);
  g_test_add ("/window/shortcuts-and-about", Fixture, NULL,
              fixture_set_up, test_shortcuts_and_about, fixture_tear_down);
  g_test_add ("/window/out-of-stock", Fixture, NULL,
              fixture_set_up, test_out_of_stock, fixture_tear_down);

  return g_test_run ();
}
