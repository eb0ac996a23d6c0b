/* test-api-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cpt-api-controller.h"
#include "cpt-application.h"
#include "cpt-customer-service.h"
#include "cpt-order-summary.h"
#include "cpt-orders-page.h"
#include "cpt-settings-service.h"
#include "cpt-test-http.h"
#include "cpt-ui-test.h"
#include "cpt-window.h"

typedef struct
{
  CptWindow *window;
  guint      expected;
} Wait;

static gboolean
orders_shown (gpointer data)
{
  Wait *wait = data;
  CptOrdersPage *page = CPT_ORDERS_PAGE (cpt_window_get_page_widget (wait->window, "orders"));
  CptLazyList *list = cpt_orders_page_get_list (page);

  return !cpt_lazy_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) == wait->expected;
}

/* With the API enabled in the settings, the application serves its own
 * database: an order a marketplace connector posts appears in the open
 * window's list, with its marketplace badge. */
static void
test_order_from_api_appears (void)
{
  g_autofree char *dir = cpt_ui_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  g_autofree char *token = NULL;
  g_autofree char *body = NULL;
  g_autoptr(CptTestResponse) created = NULL;
  g_autoptr(CptOrderSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  CptApiController *controller;
  CptApplication *app;
  CptLazyList *list;
  Wait wait = { NULL, 1 };
  gint64 customer_id;
  guint port;

  {
    g_autoptr(CptDatabase) db = cpt_database_open (path, &error);
    g_autoptr(CptCustomer) customer = cpt_customer_new ();

    g_assert_no_error (error);
    cpt_customer_set_display_name (customer, "Épicerie du Marché");
    g_assert_true (cpt_customer_service_create (db, customer, &error));
    customer_id = cpt_customer_get_id (customer);
    g_assert_true (cpt_settings_set (db, CPT_SETTING_API_PORT, "0", &error));
    g_assert_true (cpt_settings_set (db, CPT_SETTING_API_ENABLED, "1", &error));
    g_assert_no_error (error);
    token = cpt_settings_ensure_api_token (db, &error);
    g_assert_no_error (error);
  }

  g_unsetenv ("COMPTOIR_API_TOKEN");
  app = cpt_ui_test_application_new (path);
  wait.window = cpt_ui_test_activate (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wait.window), "win.page", "s", "orders"));

  controller = cpt_application_get_api_controller (app);
  g_assert_nonnull (controller);
  port = cpt_api_controller_get_port (controller);
  g_assert_cmpuint (port, >, 0);

  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"marketplace\": \"Ma Boutique\","
                          " \"reference\": \"WEB-5521\", \"line_items\": [{\"description\": \"Panier garni\","
                          " \"quantity\": 2, \"rate\": \"34.90\", \"tax_id\": 3}]}", customer_id);
  created = cpt_test_http (port, token, "POST", "/api/v1/salesorders", body, 0, NULL);
  g_assert_cmpint (created->status, ==, 201);

  g_assert_true (cpt_ui_test_wait (orders_shown, &wait, 10000));
  list = cpt_orders_page_get_list (CPT_ORDERS_PAGE (cpt_window_get_page_widget (wait.window, "orders")));
  summary = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (cpt_order_summary_get_marketplace (summary), ==, "Ma Boutique");
  g_assert_cmpstr (cpt_order_summary_get_reference (summary), ==, "WEB-5521");
  cpt_ui_test_screenshot (GTK_WIDGET (wait.window), "orders-from-api");

  cpt_ui_test_destroy (app);
  g_object_unref (app);
  cpt_ui_test_remove_tmpdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The interface under test is the French one. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/api/order-appears-in-window", test_order_from_api_appears);

  return g_test_run ();
}
