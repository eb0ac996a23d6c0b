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

int
main (int   argc,
      char *argv[])
{
  cpt_test_documents_use_french ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/print-operation/export", test_export);

  return g_test_run ();
}
