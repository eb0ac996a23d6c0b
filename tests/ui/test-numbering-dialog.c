/* test-numbering-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-date.h"
#include "cpt-number-series.h"
#include "cpt-numbering-dialog.h"
#include "forms-test.h"

static void
test_prefix_changes_next_number (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *today = cpt_date_today ();
  g_autofree char *expected = g_strdup_printf ("BC-%.4s-00007", today);
  g_autofree char *prefix = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *taken = NULL;
  g_autoptr(CptNumberSeries) series = NULL;
  g_autoptr(GError) error = NULL;
  CptNumberingDialog *dialog;
  CptNumberingEditor *editor;

  dialog = cpt_numbering_dialog_new (forms_test_parent (), db, "salesorder");
  gtk_window_present (GTK_WINDOW (dialog));
  editor = cpt_numbering_dialog_get_editor (dialog);

  gtk_editable_set_text (cpt_numbering_editor_get_prefix (editor), "BC-{YYYY}-");
  gtk_editable_set_text (cpt_numbering_editor_get_next (editor), "7");
  g_assert_cmpstr (cpt_numbering_editor_get_preview (editor), ==, expected);
  forms_test_screenshot (GTK_WIDGET (dialog), "numbering-dialog");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "numbering.save", NULL);
  forms_test_spin (50);
  g_assert_null (dialog);

  prefix = forms_test_query_text (db, "SELECT prefix FROM number_series WHERE doc_type = 'salesorder'");
  g_assert_cmpstr (prefix, ==, "BC-{YYYY}-");

  series = cpt_number_series_get (db, "salesorder", &error);
  g_assert_no_error (error);
  preview = cpt_number_series_preview (series, today);
  g_assert_cmpstr (preview, ==, expected);

  /* The next order takes exactly that number. */
  g_assert_true (cpt_database_begin (db, &error));
  g_assert_true (cpt_number_series_take_next (db, "salesorder", today, &taken, &error));
  g_assert_true (cpt_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (taken, ==, expected);
}

static void
test_manual_mode_and_invalid_input (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptNumberingDialog *dialog;
  CptNumberingEditor *editor;

  dialog = cpt_numbering_dialog_new (forms_test_parent (), db, "salesorder");
  gtk_window_present (GTK_WINDOW (dialog));
  editor = cpt_numbering_dialog_get_editor (dialog);

  /* A next number that is not a number is refused; nothing changes. */
  gtk_editable_set_text (cpt_numbering_editor_get_next (editor), "abc");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "numbering.save", NULL);
  forms_test_spin (50);
  g_assert_cmpint (forms_test_query_int (db, "SELECT next_number FROM number_series WHERE doc_type = 'salesorder'"), ==, 1);
  forms_test_screenshot (GTK_WIDGET (dialog), "numbering-dialog-error");

  gtk_editable_set_text (cpt_numbering_editor_get_next (editor), "1");
  cpt_numbering_editor_set_manual (editor, TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "numbering.save", NULL);
  forms_test_spin (50);
  g_assert_null (dialog);

  g_assert_cmpint (forms_test_query_int (db, "SELECT mode = 'manual' FROM number_series WHERE doc_type = 'salesorder'"), ==, 1);
}

static void
test_invoices_stay_automatic (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptNumberingDialog *dialog;

  dialog = cpt_numbering_dialog_new (forms_test_parent (), db, "invoice");
  gtk_window_present (GTK_WINDOW (dialog));
  cpt_numbering_editor_set_manual (cpt_numbering_dialog_get_editor (dialog), TRUE);
  forms_test_screenshot (GTK_WIDGET (dialog), "numbering-dialog-invoice");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "numbering.save", NULL);
  forms_test_spin (50);
  g_assert_cmpint (forms_test_query_int (db, "SELECT mode = 'auto' FROM number_series WHERE doc_type = 'invoice'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/numbering-dialog/prefix-changes-next-number", test_prefix_changes_next_number);
  g_test_add_func ("/numbering-dialog/manual-and-invalid", test_manual_mode_and_invalid_input);
  g_test_add_func ("/numbering-dialog/invoices-stay-automatic", test_invoices_stay_automatic);

  return g_test_run ();
}
