/* test-print-operation.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "cpt-print-operation.h"
#include "cpt-test-documents.h"

/* The real GTK print operation, exporting to a PDF file as the print
 * dialog's « Print to File » does: the pages are the renderer's, every
 * document of a bulk print follows the previous one. */

static guint
page_count (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdfinfo %s", quoted);
  g_autofree char *info = cpt_test_run (command);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);

  return cpt_test_run (command);
}

static void
test_export (void)
{
  g_auto(CptTotals) order_totals = { 0, };
  g_auto(CptTotals) invoice_totals = { 0, };
  g_autoptr(CptDocument) order = cpt_test_document_new (CPT_DOCUMENT_KIND_ORDER, 80, FALSE, &order_totals);
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 6, FALSE,
                                                          &invoice_totals);
  CptDocument *documents[] = { order, invoice };
  g_autoptr(CptPrintOperation) operation = cpt_print_operation_new (documents, G_N_ELEMENTS (documents));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cpt-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;
  guint n_pages;

  g_assert_no_error (error);
  g_assert_cmpuint (cpt_print_operation_get_n_documents (operation), ==, 2);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  n_pages = page_count (path);
  g_assert_cmpuint (n_pages, >=, 4);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Bon de commande"));
  g_assert_nonnull (strstr (text, "CC-00042"));
  g_assert_nonnull (strstr (text, "Page 1/"));
  g_assert_nonnull (strstr (text, "Facture"));
  g_assert_nonnull (strstr (text, "FA-2026-00012"));
  g_assert_nonnull (strstr (text, "Page 1/1"));
  g_assert_nonnull (strstr (text, "Crème brûlée"));
  g_assert_nonnull (strstr (text, "Pâtisserie Éric Desnoës"));
  g_assert_nonnull (strstr (text, "indemnité forfaitaire pour frais de recouvrement"));

  /* The first page as printed, for a person to compare with the PDF
   * export: the same layout, at the same place on the sheet. */
  {
    g_autofree char *renders = g_test_build_filename (G_TEST_BUILT, "ui", "renders", NULL);
    g_autofree char *prefix = g_build_filename (renders, "print-operation", NULL);
    g_autofree char *quoted_path = g_shell_quote (path);
    g_autofree char *quoted_prefix = g_shell_quote (prefix);
    g_autofree char *command = g_strdup_printf ("pdftoppm -png -r 80 -f 1 -l 1 -singlefile %s %s",
                                                quoted_path, quoted_prefix);
    g_autofree char *out = NULL;

    g_mkdir_with_parents (renders, 0755);
    out = cpt_test_run (command);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* The first run prints with a printer, two copies and A5 landscape; the
 * next run, a process of its own, starts from them. */
static void
test_settings_remembered (void)
{
  if (g_test_subprocess ())
    {
      const char *run = g_getenv ("CPT_TEST_RUN");

      if (g_strcmp0 (run, "first") == 0)
        {
          g_auto(CptTotals) totals = { 0, };
          g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 2, FALSE, &totals);
          g_autoptr(CptPrintOperation) operation = cpt_print_operation_new (&invoice, 1);
          g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
          g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
          g_autoptr(GtkPaperSize) a5 = gtk_paper_size_new (GTK_PAPER_NAME_A5);
          g_autoptr(GError) error = NULL;
          g_autofree char *path = g_build_filename (g_get_user_config_dir (), "print.pdf", NULL);
          GtkPrintOperationResult result;

          gtk_print_settings_set_printer (settings, "Bureau étage 2");
          gtk_print_settings_set_n_copies (settings, 2);
          gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
          gtk_page_setup_set_paper_size (setup, a5);
          gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
          gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
          gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
          result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
          g_unlink (path);
        }
      else
        {
          g_auto(CptTotals) totals = { 0, };
          g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 2, FALSE, &totals);
          g_autoptr(CptPrintOperation) operation = cpt_print_operation_new (&invoice, 1);
          GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
          GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));

          g_assert_nonnull (settings);
          g_assert_cmpstr (gtk_print_settings_get_printer (settings), ==, "Bureau étage 2");
          g_assert_cmpint (gtk_print_settings_get_n_copies (settings), ==, 2);
          g_assert_nonnull (setup);
          g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, GTK_PAPER_NAME_A5);
          g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
        }
      return;
    }

  {
    g_autofree char *file = g_build_filename (g_get_user_config_dir (), "comptoir", "print-settings.ini", NULL);
    g_autofree char *contents = NULL;

    g_unlink (file);
    g_setenv ("CPT_TEST_RUN", "first", TRUE);
    g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Bureau étage 2"));

    g_setenv ("CPT_TEST_RUN", "next", TRUE);
    g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_unlink (file);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;
  int status;

  /* The saved print settings go to a configuration folder of the test's
   * own, shared with its subprocesses. */
  if (g_getenv ("CPT_TEST_CONFIG") == NULL)
    {
      config = g_dir_make_tmp ("cpt-config-XXXXXX", NULL);
      g_assert_nonnull (config);
      g_setenv ("CPT_TEST_CONFIG", config, TRUE);
    }
  g_setenv ("XDG_CONFIG_HOME", g_getenv ("CPT_TEST_CONFIG"), TRUE);
  cpt_test_documents_use_french ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/print-operation/export", test_export);
  g_test_add_func ("/ui/print-operation/settings-remembered", test_settings_remembered);

  status = g_test_run ();
  if (config != NULL)
    {
      g_autofree char *comptoir = g_build_filename (config, "comptoir", NULL);

      g_rmdir (comptoir);
      g_rmdir (config);
    }
  return status;
}
