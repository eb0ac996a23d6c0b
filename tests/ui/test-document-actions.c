/* test-document-actions.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "cpt-invoice-view.h"
#include "cpt-invoices-page.h"
#include "cpt-page.h"
#include "cpt-sample-data.h"
#include "cpt-shipment-view.h"
#include "cpt-shipments-page.h"
#include "cpt-ui-test.h"

/* « Imprimer » and « Exporter en PDF » from the real window on the demo
 * company: the invoice view exports its invoice and the credit note that
 * cancels it, the shipment view its delivery note, through the real file
 * chooser; printing opens the GTK print dialog. */

typedef struct
{
  char           *dir;
  CptApplication *app;
  CptWindow      *window;
  CptDatabase    *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = cpt_ui_test_make_tmpdir ();
  path = g_build_filename (f->dir, "comptoir.db", NULL);
  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cpt_sample_data_load (db, &error));
  g_assert_no_error (error);
  g_clear_object (&db);

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

static char *
query_text (Fixture    *f,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (f->db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gboolean
find_window_cb (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (((gpointer *) data)[0]);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          ((gpointer *) data)[1] = window;
          return TRUE;
        }
    }
  return FALSE;
}

static GtkWindow *
wait_for_window (GType type)
{
  gpointer data[2] = { GSIZE_TO_POINTER (type), NULL };

  g_assert_true (cpt_ui_test_wait (find_window_cb, data, 10000));
  return data[1];
}

static gboolean
chooser_in_folder_cb (gpointer data)
{
  GtkFileChooser *chooser = ((gpointer *) data)[0];
  g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (chooser);

  return current != NULL && g_file_equal (current, ((gpointer *) data)[1]);
}

/* Answers the file chooser the export opened: the name it suggests, in
 * the folder it offers (the test's home: no Documents folder there), then
 * « Exporter ». Returns the path the PDF goes to. */
static char *
accept_file_chooser (const char *expected_name)
{
  GtkWindow *dialog = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());

  g_assert_cmpstr (name, ==, expected_name);
  g_assert_true (cpt_ui_test_wait (chooser_in_folder_cb, (gpointer[]) { dialog, home }, 10000));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  return g_build_filename (g_get_home_dir (), expected_name, NULL);
}

static gboolean
file_exists_cb (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static gboolean
invoice_view_ready (gpointer data)
{
  return cpt_invoice_view_get_invoice (data) != NULL;
}

static void
test_invoice (Fixture       *f,
              gconstpointer  data)
{
  gint64 invoice_id = query_int (f, "SELECT invoice_id FROM credit_notes ORDER BY id LIMIT 1");
  g_autofree char *invoice_number = NULL;
  g_autofree char *credit_number = NULL;
  g_autofree char *invoice_name = NULL;
  g_autofree char *credit_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  CptInvoicesPage *page;
  GtkWidget *view;
  GtkWindow *print_dialog;

  invoice_number = query_text (f, "SELECT i.number FROM invoices i JOIN credit_notes c ON c.invoice_id = i.id"
                                  " ORDER BY c.id LIMIT 1");
  credit_number = query_text (f, "SELECT number FROM credit_notes ORDER BY id LIMIT 1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-invoice", "x", invoice_id));
  page = CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices"));
  view = cpt_invoices_page_get_view (page);
  g_assert_true (cpt_ui_test_wait (invoice_view_ready, view, 10000));
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoice-view-documents");

  /* The invoice, as PDF through the file chooser. */
  invoice_name = g_strdup_printf ("Facture %s.pdf", invoice_number);
  g_assert_true (gtk_widget_activate_action (view, "invoice.export-pdf", NULL));
  path = accept_file_chooser (invoice_name);
  g_assert_true (cpt_ui_test_wait (file_exists_cb, path, 10000));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Facture"));
  g_assert_nonnull (strstr (text, invoice_number));
  g_assert_nonnull (strstr (text, "indemnité forfaitaire pour frais de recouvrement"));

  /* The credit note that cancels it. */
  credit_name = g_strdup_printf ("Avoir %s.pdf", credit_number);
  g_assert_true (gtk_widget_activate_action (view, "invoice.export-credit-note-pdf", NULL));
  g_free (path);
  path = accept_file_chooser (credit_name);
  g_assert_true (cpt_ui_test_wait (file_exists_cb, path, 10000));
  g_free (text);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Avoir"));
  g_assert_nonnull (strstr (text, credit_number));
  g_assert_nonnull (strstr (text, invoice_number));

  /* Printing opens the print dialog; cancelling it prints nothing. */
  g_assert_true (gtk_widget_activate_action (view, "invoice.print", NULL));
  print_dialog = wait_for_window (g_type_from_name ("GtkPrintUnixDialog"));
  cpt_ui_test_screenshot (GTK_WIDGET (print_dialog), "print-dialog");
  gtk_dialog_response (GTK_DIALOG (print_dialog), GTK_RESPONSE_CANCEL);
}

static gboolean
shipment_view_ready (gpointer data)
{
  return cpt_shipment_view_get_shipment (data) != NULL;
}

static void
test_delivery_note (Fixture       *f,
                    gconstpointer  data)
{
  gint64 shipment_id = query_int (f, "SELECT id FROM shipments ORDER BY id LIMIT 1");
  g_autofree char *number = query_text (f, "SELECT number FROM shipments ORDER BY id LIMIT 1");
  g_autofree char *name = g_strdup_printf ("Bon de livraison %s.pdf", number);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  CptShipmentsPage *page;
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-shipment", "x", shipment_id));
  page = CPT_SHIPMENTS_PAGE (cpt_window_get_page_widget (f->window, "shipments"));
  view = cpt_shipments_page_get_view (page);
  g_assert_true (cpt_ui_test_wait (shipment_view_ready, view, 10000));

  g_assert_true (gtk_widget_activate_action (view, "shipment.export-pdf", NULL));
  path = accept_file_chooser (name);
  g_assert_true (cpt_ui_test_wait (file_exists_cb, path, 10000));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Bon de livraison"));
  g_assert_nonnull (strstr (text, number));
  g_assert_null (strstr (text, "Total TTC"));
}

static gboolean
list_filled_cb (gpointer data)
{
  return g_list_model_get_n_items (data) > 0;
}

/* « Actions en bloc » of the invoices list: two invoices selected, one PDF
 * each in the chosen folder, each under its number. */
static void
test_invoices_bulk_export (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *first = query_text (f, "SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY id LIMIT 1");
  g_autofree char *second = query_text (f, "SELECT number FROM invoices WHERE number IS NOT NULL"
                                           " ORDER BY id LIMIT 1 OFFSET 1");
  gint64 first_id = query_int (f, "SELECT id FROM invoices WHERE number IS NOT NULL ORDER BY id LIMIT 1");
  gint64 second_id = query_int (f, "SELECT id FROM invoices WHERE number IS NOT NULL ORDER BY id LIMIT 1 OFFSET 1");
  g_autofree char *folder = g_build_filename (g_get_home_dir (), "bulk", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  const char *numbers[] = { first, second };
  CptInvoicesPage *page = CPT_INVOICES_PAGE (cpt_window_get_page_widget (f->window, "invoices"));
  GtkSelectionModel *selection = gtk_column_view_get_model (cpt_invoices_page_get_column_view (page));
  CptLazyList *list = cpt_invoices_page_get_list (page);
  GtkWindow *dialog;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (GTK_IS_MULTI_SELECTION (selection));
  /* The invoices page on screen: open an invoice, back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-invoice", "x", first_id));
  g_assert_true (cpt_ui_test_wait (invoice_view_ready, cpt_invoices_page_get_view (page), 10000));
  g_assert_true (cpt_page_go_back (CPT_PAGE (page)));
  g_assert_true (cpt_ui_test_wait (list_filled_cb, list, 10000));

  /* Nothing selected: nothing to print. */
  gtk_widget_activate_action (GTK_WIDGET (page), "invoices.export-pdf", NULL);
  cpt_ui_test_wait_ms (50);
  g_assert_false (find_window_cb ((gpointer[]) { GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), NULL }));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      gint64 id = cpt_lazy_list_get_id (list, i);

      if (id == first_id || id == second_id)
        gtk_selection_model_select_item (selection, i, FALSE);
    }
  g_assert_cmpuint (gtk_bitset_get_size (gtk_selection_model_get_selection (selection)), ==, 2);
  cpt_ui_test_screenshot (GTK_WIDGET (f->window), "invoices-bulk-selection");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "invoices.export-pdf", NULL));
  dialog = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==,
                   GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder_file, NULL));
  g_assert_true (cpt_ui_test_wait (chooser_in_folder_cb, (gpointer[]) { dialog, folder_file }, 10000));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *name = g_strdup_printf ("Facture %s.pdf", numbers[i]);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;

      g_assert_true (cpt_ui_test_wait (file_exists_cb, path, 10000));
      text = pdf_text (path);
      g_assert_nonnull (strstr (text, "Facture"));
      g_assert_nonnull (strstr (text, numbers[i]));
      g_assert_null (strstr (text, numbers[1 - i]));
    }
}

/* GTK keeps its recent files and caches under the home: remove it all. */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  /* A home of its own: the export dialog opens there, and the PDFs the
   * test writes never land in the real one. */
  home = g_dir_make_tmp ("cpt-home-XXXXXX", NULL);
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/document-actions/invoice", Fixture, NULL, fixture_set_up, test_invoice, fixture_tear_down);
  g_test_add ("/ui/document-actions/delivery-note", Fixture, NULL, fixture_set_up, test_delivery_note,
              fixture_tear_down);
  /* Last: it exports into a folder of its own, which the next export
   * would offer first. */
  g_test_add ("/ui/document-actions/invoices-bulk-export", Fixture, NULL, fixture_set_up,
              test_invoices_bulk_export, fixture_tear_down);

  status = g_test_run ();
  remove_tree (home);
  return status;
}
