/* test-preferences.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-closing-rules-dialog.h"
#include "cpt-company-page.h"
#include "cpt-date.h"
#include "cpt-edit-dialog.h"
#include "cpt-number-series.h"
#include "cpt-numbering-editor.h"
#include "cpt-preferences-window.h"
#include "cpt-settings-service.h"
#include "forms-test.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_pages (void)
{
  static const char * const names[] = { "company", "numbering", "taxes", "closing-rules", "payment-terms", "delivery-methods", "warehouses" };
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptPreferencesWindow *window;

  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *shot = g_strdup_printf ("preferences-%s", names[i]);

      cpt_preferences_window_show_page (window, names[i]);
      g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (window)), ==, names[i]);
      forms_test_screenshot (GTK_WIDGET (window), shot);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Changing the order prefix in Numérotation changes the next order's
 * number. */
static void
test_numbering_page_changes_next_order_number (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cpt_date_today ();
  g_autofree char *expected = g_strdup_printf ("CDE%.2s-00001", today + 2);
  g_autofree char *number = NULL;
  CptPreferencesWindow *window;
  CptNumberingEditor *editor;
  GtkWidget *save;

  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));
  cpt_preferences_window_show_page (window, "numbering");
  forms_test_spin (50);

  /* The first editor of the page is the sales orders' one. */
  editor = CPT_NUMBERING_EDITOR (find_descendant (GTK_WIDGET (window), CPT_TYPE_NUMBERING_EDITOR));
  g_assert_nonnull (editor);
  gtk_editable_set_text (cpt_numbering_editor_get_prefix (editor), "CDE{YY}-");
  g_assert_cmpstr (cpt_numbering_editor_get_preview (editor), ==, expected);

  save = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (editor));
  g_signal_emit_by_name (save, "clicked");
  forms_test_spin (20);

  g_assert_true (cpt_database_begin (db, &error));
  g_assert_true (cpt_number_series_take_next (db, CPT_DOC_TYPE_SALES_ORDER, today, &number, &error));
  g_assert_true (cpt_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_closing_rules_dialog (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptClosingRulesDialog *dialog;

  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_SHIPPED_AND_INVOICED);

  dialog = cpt_closing_rules_dialog_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (dialog));
  cpt_closing_rules_group_set_rule (cpt_closing_rules_dialog_get_group (dialog), CPT_CLOSING_RULE_INVOICED);
  forms_test_screenshot (GTK_WIDGET (dialog), "closing-rules-dialog");

  /* Nothing is stored before Save. */
  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_SHIPPED_AND_INVOICED);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "closing.save", NULL);
  forms_test_spin (20);
  g_assert_null (dialog);
  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_INVOICED);

  /* Cancelling keeps the stored rule. */
  dialog = cpt_closing_rules_dialog_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (dialog));
  cpt_closing_rules_group_set_rule (cpt_closing_rules_dialog_get_group (dialog), CPT_CLOSING_RULE_SHIPPED);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  forms_test_spin (20);
  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_INVOICED);
}

static void
test_closing_rules_page_applies_at_once (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptPreferencesWindow *window;
  CptClosingRulesGroup *group;

  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));
  cpt_preferences_window_show_page (window, "closing-rules");
  forms_test_spin (50);

  group = CPT_CLOSING_RULES_GROUP (find_descendant (GTK_WIDGET (window), CPT_TYPE_CLOSING_RULES_GROUP));
  g_assert_nonnull (group);
  cpt_closing_rules_group_set_rule (group, CPT_CLOSING_RULE_SHIPPED);
  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_SHIPPED);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opens the page's « add » dialog and returns it. */
static CptEditDialog *
open_add_dialog (CptPreferencesWindow *window,
                 const char           *page)
{
  AdwPreferencesGroup *group;
  GtkWidget *visible;

  cpt_preferences_window_show_page (window, page);
  forms_test_spin (50);
  visible = GTK_WIDGET (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (window)));
  group = ADW_PREFERENCES_GROUP (forms_test_find_nth (visible, ADW_TYPE_PREFERENCES_GROUP, 0));
  g_assert_nonnull (group);
  g_signal_emit_by_name (adw_preferences_group_get_header_suffix (group), "clicked");
  forms_test_spin (20);

  return CPT_EDIT_DIALOG (forms_test_find_window (CPT_TYPE_EDIT_DIALOG));
}

static GtkEditable *
row_entry (CptEditDialog *dialog,
           guint          n)
{
  return GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, n));
}

static void
test_settings_lists (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptPreferencesWindow *window;
  CptEditDialog *dialog;
  GtkSwitch *active;
  gint64 taxes = forms_test_query_int (db, "SELECT count(*) FROM taxes");

  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));

  /* A new tax, exempt with its legal mention. */
  dialog = open_add_dialog (window, "taxes");
  g_assert_nonnull (dialog);
  gtk_editable_set_text (row_entry (dialog, 0), "TVA 8,5 %");
  gtk_editable_set_text (row_entry (dialog, 1), "8,5");
  forms_test_screenshot (GTK_WIDGET (dialog), "tax-dialog");
  g_assert_true (cpt_edit_dialog_save (dialog));
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM taxes"), ==, taxes + 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT rate FROM taxes WHERE name = 'TVA 8,5 %'"), ==, 850);
  forms_test_screenshot (GTK_WIDGET (window), "preferences-taxes-added");

  /* Payment terms beyond the legal limit: warned, still saved. */
  dialog = open_add_dialog (window, "payment-terms");
  gtk_editable_set_text (row_entry (dialog, 0), "90 jours");
  gtk_editable_set_text (row_entry (dialog, 1), "90");
  forms_test_screenshot (GTK_WIDGET (dialog), "payment-terms-dialog-warning");
  g_assert_true (cpt_edit_dialog_save (dialog));
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT days FROM payment_terms WHERE name = '90 jours'"), ==, 90);

  /* A delivery method without a name is refused. */
  dialog = open_add_dialog (window, "delivery-methods");
  g_assert_false (cpt_edit_dialog_save (dialog));
  gtk_editable_set_text (row_entry (dialog, 0), "Coursier");
  g_assert_true (cpt_edit_dialog_save (dialog));
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM delivery_methods WHERE name = 'Coursier'"), ==, 1);

  /* A second warehouse, then deactivated. */
  dialog = open_add_dialog (window, "warehouses");
  gtk_editable_set_text (row_entry (dialog, 0), "Dépôt de Lyon");
  forms_test_screenshot (GTK_WIDGET (dialog), "warehouse-dialog");
  active = GTK_SWITCH (forms_test_find_nth (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, 0));
  gtk_switch_set_active (active, FALSE);
  g_assert_true (cpt_edit_dialog_save (dialog));
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT active FROM warehouses WHERE name = 'Dépôt de Lyon'"), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_company_page (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *name = NULL;
  CptPreferencesWindow *window;
  AdwPreferencesPage *page;

  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));
  cpt_preferences_window_show_page (window, "company");
  forms_test_spin (50);
  page = adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (window));

  /* Name, legal form, capital, street, line 2, postcode, city, country, SIREN… */
  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 0)), "Papeterie Lumière");
  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 1)), "SARL");
  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 2)), "5 000");
  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 6)), "Lyon");

  /* A SIREN that is not one: refused, nothing stored. */
  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 8)), "12345");
  g_assert_false (cpt_company_page_save (page));
  name = forms_test_query_text (db, "SELECT name FROM company");
  g_assert_cmpstr (name, ==, "");
  forms_test_screenshot (GTK_WIDGET (window), "preferences-company-error");

  gtk_editable_set_text (GTK_EDITABLE (forms_test_find_nth (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, 8)), "");
  g_assert_true (cpt_company_page_save (page));
  g_clear_pointer (&name, g_free);
  name = forms_test_query_text (db, "SELECT name FROM company");
  g_assert_cmpstr (name, ==, "Papeterie Lumière");
  g_assert_cmpint (forms_test_query_int (db, "SELECT share_capital FROM company"), ==, 500000);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/preferences/pages", test_pages);
  g_test_add_func ("/preferences/numbering-changes-next-order-number",
                   test_numbering_page_changes_next_order_number);
  g_test_add_func ("/preferences/closing-rules-dialog", test_closing_rules_dialog);
  g_test_add_func ("/preferences/closing-rules-page", test_closing_rules_page_applies_at_once);
  g_test_add_func ("/preferences/settings-lists", test_settings_lists);
  g_test_add_func ("/preferences/company", test_company_page);

  return g_test_run ();
}
