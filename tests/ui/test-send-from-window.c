/* test-send-from-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sending from the real window: « Enregistrer et envoyer » of a new order
 * and « Envoyer par e-mail » of the order view, to the test SMTP server.
 * Run by keyring-session.sh on a bus without a keyring: the password comes
 * from COMPTOIR_SMTP_PASSWORD, as for a headless set-up.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cpt-invoice-service.h"
#include "cpt-invoices-page.h"
#include "cpt-mail-settings.h"
#include "cpt-shipment-service.h"
#include "cpt-shipments-page.h"
#include "cpt-order-line-row.h"
#include "cpt-order-service.h"
#include "cpt-order-form-private.h"
#include "cpt-orders-page.h"
#include "cpt-send-dialog.h"
#include "cpt-suggest-entry.h"
#include "cpt-test-smtp-server.h"
#include "cpt-ui-test.h"

#define USER "ventes@dupont.fr"
#define PASSWORD "mot de passe très secret"

typedef struct
{
  char              *dir;
  CptTestSmtpServer *server;
  CptApplication    *app;
  CptWindow         *window;
  CptDatabase       *db;
  gint64             customer_id;
} Fixture;

static void
exec_sql (CptDatabase *db,
          const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

static void
seed (Fixture *f,
      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptDatabase) db = cpt_database_open (path, &error);
  g_autoptr(CptMailSettings) settings = NULL;

  g_assert_no_error (error);
  exec_sql (db, "UPDATE company SET name = 'Société Dupont & Fils', city = 'Lyon' WHERE id = 1");
  exec_sql (db, "INSERT INTO customers (display_name, email, billing_city)"
                " VALUES ('Éric Lefèvre', 'eric@client.fr', 'Paris')");
  f->customer_id = cpt_database_last_insert_id (db);
  exec_sql (db, "INSERT INTO items (name, unit, rate, tax_id)"
                " VALUES ('Chaise de bureau ergonomique', 'pièce', 18950, 1)");

  settings = cpt_mail_settings_load (db);
  cpt_mail_settings_set_host (settings, "127.0.0.1");
  cpt_mail_settings_set_port (settings, cpt_test_smtp_server_get_port (f->server));
  cpt_mail_settings_set_username (settings, USER);
  cpt_mail_settings_set_ca_file (settings, cpt_test_smtp_server_get_ca_file (f->server));
  cpt_mail_settings_set_sender_name (settings, "Société Dupont & Fils");
  cpt_mail_settings_set_sender_address (settings, "ventes@dupont.fr");
  g_assert_true (cpt_mail_settings_save (settings, db, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = cpt_ui_test_make_tmpdir ();
  f->server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  path = g_build_filename (f->dir, "comptoir.db", NULL);
  seed (f, path);
  f->app = cpt_ui_test_application_new (path);
  f->window = cpt_ui_test_activate (f->app);
  f->db = cpt_application_get_database (f->app);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cpt_ui_test_destroy (f->app);
  g_clear_object (&f->app);
  g_clear_pointer (&f->server, cpt_test_smtp_server_free);
  cpt_ui_test_remove_tmpdir (f->dir);
  g_free (f->dir);
}

/* Finds the e-mail dialog among the toplevels once it is shown. */
static gboolean
send_dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow **dialog = data;

  *dialog = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CPT_IS_SEND_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        *dialog = window;
    }

  return *dialog != NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static char *
query_text (CptDatabase *db,
            const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
test_save_and_send (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *status = NULL;
  g_autofree char *emailed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *number = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  CptOrderForm *form;
  GtkWindow *dialog = NULL;
  CptSuggestEntry *item_entry;
  gint64 order_id;

  form = cpt_order_form_new (GTK_WINDOW (f->window), f->db, 0, f->customer_id);
  gtk_window_present (GTK_WINDOW (form));
  cpt_ui_test_wait_drawn (GTK_WIDGET (form));
  item_entry = cpt_order_line_row_get_item_entry (cpt_order_form_get_line (form, 0));
  gtk_editable_set_text (GTK_EDITABLE (cpt_suggest_entry_get_entry (item_entry)), "chaise");
  g_assert_true (cpt_suggest_entry_choose (item_entry, 0));
  number = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->number_entry)));

  /* « Enregistrer et envoyer »: the order is saved confirmed and the
   * e-mail dialog opens over the window. */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save-and-send", NULL);
  g_assert_true (cpt_ui_test_wait (send_dialog_shown, &dialog, 5000));
  order_id = cpt_order_service_find_by_number (f->db, number, NULL);
  g_assert_cmpint (order_id, >, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), CPT_TYPE_SEND_DIALOG, "to_row"))),
                   ==, "eric@client.fr");
  cpt_ui_test_screenshot (GTK_WIDGET (dialog), "send-dialog-from-order-form");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  g_assert_true (cpt_ui_test_wait (is_gone, &dialog, 30000));

  path = cpt_test_smtp_server_wait_message (f->server, 1);
  g_assert_nonnull (path);
  parsed = cpt_test_parse_message (path, NULL);
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "subject"), number));
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (parsed, "to"), 0), 1),
                   ==, "eric@client.fr");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "attachments")), ==, 1);

  sql = g_strdup_printf ("SELECT status FROM sales_orders WHERE id = %" G_GINT64_FORMAT, order_id);
  status = query_text (f->db, sql);
  g_assert_cmpstr (status, ==, "confirmed");
  g_free (sql);
  sql = g_strdup_printf ("SELECT text FROM history_events WHERE order_id = %" G_GINT64_FORMAT
                         " AND event = 'emailed'", order_id);
  emailed = query_text (f->db, sql);
  g_assert_nonnull (strstr (emailed, "eric@client.fr"));
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = find_action_button (child, action);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_order_view_button (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  CptOrdersPage *page;
  GtkWidget *view;
  GtkWidget *button;

  cpt_order_set_customer_id (order, f->customer_id);
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_line_set_description (line, "Bureau assis-debout");
  cpt_order_line_set_quantity (line, 1000);
  cpt_order_line_set_rate (line, 64900);
  cpt_order_line_set_tax_id (line, 1);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "orders"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-order", "x",
                                             cpt_order_get_id (order)));
  page = CPT_ORDERS_PAGE (cpt_window_get_page_widget (f->window, "orders"));
  view = cpt_orders_page_get_order_view (page);
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));

  /* « Envoyer par e-mail » is in the view's toolbar. */
  button = find_action_button (view, "order.send");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (cpt_ui_test_wait (send_dialog_shown, &dialog, 5000));
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), CPT_TYPE_SEND_DIALOG, "subject_row"))),
                                   "Commande"));

  /* « Annuler » closes it without sending anything. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.cancel", NULL);
  g_assert_true (cpt_ui_test_wait (is_gone, &dialog, 5000));
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (f->server), ==, 0);
}

static void
test_invoice_view_button (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *status = NULL;
  g_autofree char *sql = NULL;
  GtkWindow *dialog = NULL;
  CptInvoicesPage *page;
  GtkWidget *view;
  GtkWidget *button;
  gint64 invoice_id;

  cpt_order_set_customer_id (order, f->customer_id);
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_line_set_description (line, "Lampe de bureau");
  cpt_order_line_set_quantity (line, 2000);
  cpt_order_line_set_rate (line, 4590);
  cpt_order_line_set_tax_id (line, 1);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_true (cpt_order_service_confirm (f->db, cpt_order_get_id (order), &error));
  invoice_id = cpt_invoice_service_create_issued (f->db, cpt_order_get_id (order), NULL, &error);
  g_assert_no_error (error);
  invoice = cpt_invoice_service_get (f->db, invoice_id, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "invoices"));
  page = CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices"));
  cpt_invoices_page_show_invoice (page, invoice_id);
  view = cpt_invoices_page_get_view (page);
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));

  /* « Envoyer par e-mail » of an issued invoice. */
  button = find_action_button (view, "invoice.send");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoice-view-send");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (cpt_ui_test_wait (send_dialog_shown, &dialog, 5000));
  g_assert_nonnull (strstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), CPT_TYPE_SEND_DIALOG, "subject_row"))),
                            cpt_invoice_get_number (invoice)));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  g_assert_true (cpt_ui_test_wait (is_gone, &dialog, 30000));

  path = cpt_test_smtp_server_wait_message (f->server, 1);
  g_assert_nonnull (path);
  parsed = cpt_test_parse_message (path, NULL);
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "subject"), cpt_invoice_get_number (invoice)));
  sql = g_strdup_printf ("SELECT status FROM invoices WHERE id = %" G_GINT64_FORMAT, invoice_id);
  status = query_text (f->db, sql);
  g_assert_cmpstr (status, ==, "sent");
}

static void
test_shipment_view_button (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(CptShipment) shipment = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = g_build_filename (f->dir, "delivery.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  GtkWindow *dialog = NULL;
  CptShipmentsPage *page;
  GtkWidget *view;
  GtkWidget *button;
  gint64 shipment_id;

  cpt_order_set_customer_id (order, f->customer_id);
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_line_set_description (line, "Caisson à roulettes");
  cpt_order_line_set_quantity (line, 1000);
  cpt_order_line_set_rate (line, 12900);
  cpt_order_line_set_tax_id (line, 1);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_true (cpt_order_service_confirm (f->db, cpt_order_get_id (order), &error));
  shipment_id = cpt_shipment_service_create (f->db, cpt_order_get_id (order), NULL, &error);
  g_assert_no_error (error);
  shipment = cpt_shipment_service_get (f->db, shipment_id, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page", "s", "shipments"));
  page = CPT_SHIPMENTS_PAGE (cpt_window_get_page_widget (f->window, "shipments"));
  cpt_shipments_page_show_shipment (page, shipment_id);
  view = cpt_shipments_page_get_view (page);
  cpt_ui_test_wait_drawn (GTK_WIDGET (f->window));

  button = find_action_button (view, "shipment.send");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (cpt_ui_test_wait (send_dialog_shown, &dialog, 5000));
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), CPT_TYPE_SEND_DIALOG, "subject_row"))),
                                   "Bon de livraison"));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  g_assert_true (cpt_ui_test_wait (is_gone, &dialog, 30000));

  path = cpt_test_smtp_server_wait_message (f->server, 1);
  g_assert_nonnull (path);
  parsed = cpt_test_parse_message (path, pdf_path);
  pdf_text = cpt_test_pdf_to_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, cpt_shipment_get_number (shipment)));
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
  g_setenv ("COMPTOIR_SMTP_PASSWORD", PASSWORD, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/send/save-and-send", Fixture, NULL, fixture_set_up, test_save_and_send, fixture_tear_down);
  g_test_add ("/ui/send/order-view-button", Fixture, NULL, fixture_set_up, test_order_view_button, fixture_tear_down);
  g_test_add ("/ui/send/invoice-view-button", Fixture, NULL, fixture_set_up, test_invoice_view_button, fixture_tear_down);
  g_test_add ("/ui/send/shipment-view-button", Fixture, NULL, fixture_set_up, test_shipment_view_button, fixture_tear_down);

  return g_test_run ();
}
