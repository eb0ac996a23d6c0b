/* test-item-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-item-form.h"
#include "cpt-item-service.h"
#include "cpt-stock-adjustment-dialog.h"
#include "forms-test.h"

/* The n-th AdwEntryRow of a window, depth first. */
static GtkEditable *
entry_row (GtkWidget *widget,
           guint      n)
{
  GtkWidget *w = widget;

  while (w != NULL)
    {
      if (ADW_IS_ENTRY_ROW (w) && n-- == 0)
        return GTK_EDITABLE (w);
      if (!ADW_IS_ENTRY_ROW (w) && gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != widget && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == widget ? NULL : gtk_widget_get_next_sibling (w);
        }
    }

  g_assert_not_reached ();
}

static gint64
create_item (CptDatabase *db,
             const char  *name,
             const char  *sku,
             const char  *price,
             gboolean     expect_saved)
{
  CptItemForm *form = cpt_item_form_new (forms_test_parent (), db, 0);
  gint64 before = forms_test_query_int (db, "SELECT count(*) FROM items");

  gtk_window_present (GTK_WINDOW (form));
  gtk_editable_set_text (entry_row (GTK_WIDGET (form), 0), name);
  gtk_editable_set_text (entry_row (GTK_WIDGET (form), 1), sku);
  gtk_editable_set_text (entry_row (GTK_WIDGET (form), 2), "carton");
  gtk_editable_set_text (entry_row (GTK_WIDGET (form), 3), price);
  gtk_editable_set_text (entry_row (GTK_WIDGET (form), 4), "10");
  if (expect_saved)
    forms_test_screenshot (GTK_WIDGET (form), "item-form");

  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  gtk_widget_activate_action (GTK_WIDGET (form), "item.save", NULL);
  forms_test_spin (20);

  if (expect_saved)
    {
      g_assert_null (form);
      g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM items"), ==, before + 1);
      return forms_test_query_int (db, "SELECT max (id) FROM items");
    }

  g_assert_nonnull (form);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM items"), ==, before);
  forms_test_screenshot (GTK_WIDGET (form), "item-form-duplicate-sku");
  gtk_window_destroy (GTK_WINDOW (form));
  return 0;
}

static void
test_item_form (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  gint64 id;

  id = create_item (db, "Papier A4 80 g", "PAP-A4", "1 234,50", TRUE);
  g_assert_cmpint (forms_test_query_int (db, "SELECT rate FROM items"), ==, 123450);
  g_assert_cmpint (forms_test_query_int (db, "SELECT reorder_level FROM items"), ==, 10000);
  g_assert_cmpint (forms_test_query_int (db, "SELECT tax_id FROM items"), ==,
                   forms_test_query_int (db, "SELECT id FROM taxes WHERE is_default = 1"));
  g_assert_cmpint (id, >, 0);

  /* The SKU is unique, whatever the case. */
  create_item (db, "Papier A4 90 g", "pap-a4", "12", FALSE);
  /* A price that is not one. */
  create_item (db, "Papier A3", "PAP-A3", "douze", FALSE);
}

static void
test_stock_adjustment (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  gint64 id = create_item (db, "Enveloppes C5", "ENV-C5", "4,90", TRUE);
  CptStockAdjustmentDialog *dialog;
  GtkEditable *quantity, *reason;

  /* A signed quantity: +12. */
  dialog = cpt_stock_adjustment_dialog_new (forms_test_parent (), db, id);
  gtk_window_present (GTK_WINDOW (dialog));
  quantity = entry_row (GTK_WIDGET (dialog), 0);
  reason = entry_row (GTK_WIDGET (dialog), 1);
  gtk_editable_set_text (quantity, "12");
  /* No reason: refused. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "stock.save", NULL);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM stock_movements"), ==, 0);
  gtk_editable_set_text (reason, "Réception fournisseur");
  forms_test_screenshot (GTK_WIDGET (dialog), "stock-adjustment-dialog");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "stock.save", NULL);
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT on_hand FROM stock_levels"), ==, 12000);

  /* A counted quantity: 9,5 on the shelf. */
  dialog = cpt_stock_adjustment_dialog_new (forms_test_parent (), db, id);
  gtk_window_present (GTK_WINDOW (dialog));
  {
    GtkWidget *w = GTK_WIDGET (dialog);
    GtkCheckButton *count = NULL;
    guint seen = 0;

    /* The second radio button of the dialog is « quantité comptée ». */
    while (w != NULL && count == NULL)
      {
        if (GTK_IS_CHECK_BUTTON (w) && seen++ == 1)
          count = GTK_CHECK_BUTTON (w);
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            w = w != NULL ? gtk_widget_get_next_sibling (w) : NULL;
          }
      }
    g_assert_nonnull (count);
    gtk_check_button_set_active (count, TRUE);
  }
  gtk_editable_set_text (entry_row (GTK_WIDGET (dialog), 0), "9,5");
  gtk_editable_set_text (entry_row (GTK_WIDGET (dialog), 1), "Inventaire annuel");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "stock.save", NULL);
  forms_test_spin (20);
  g_assert_cmpint (forms_test_query_int (db, "SELECT on_hand FROM stock_levels"), ==, 9500);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM stock_movements WHERE kind = 'adjustment'"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/item-form/create", test_item_form);
  g_test_add_func ("/item-form/stock-adjustment", test_stock_adjustment);

  return g_test_run ();
}
