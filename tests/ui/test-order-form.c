/* test-order-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-bulk-items-dialog.h"
#include "cpt-customer-form.h"
#include "cpt-customer-service.h"
#include "cpt-item-service.h"
#include "cpt-money.h"
#include "cpt-numbering-dialog.h"
#include "cpt-order-form-private.h"
#include "cpt-suggest-entry.h"
#include "cpt-tax-service.h"
#include "forms-test.h"

/* ── Fixture ───────────────────────────────────────────────────────── */

static gint64
add_item (CptDatabase *db,
          const char  *name,
          const char  *sku,
          gint64       rate,
          gint64       tax_id,
          gint64       stock)
{
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(GError) error = NULL;

  cpt_item_set_name (item, name);
  cpt_item_set_sku (item, sku);
  cpt_item_set_unit (item, "pièce");
  cpt_item_set_rate (item, rate);
  cpt_item_set_tax_id (item, tax_id);
  cpt_item_set_track_stock (item, TRUE);
  g_assert_true (cpt_item_service_create (db, item, &error));
  g_assert_no_error (error);
  if (stock > 0)
    {
      g_assert_true (cpt_item_service_adjust_stock (db, cpt_item_get_id (item), 1, stock,
                                                    "Inventaire", &error));
      g_assert_no_error (error);
    }

  return cpt_item_get_id (item);
}

static gint64
add_customer (CptDatabase *db,
              const char  *name,
              const char  *city)
{
  g_autoptr(CptCustomer) customer = cpt_customer_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("3 place Bellecour", "", "69002", city, "France");
  g_autoptr(GError) error = NULL;

  cpt_customer_set_display_name (customer, name);
  cpt_customer_set_email (customer, "achats@example.fr");
  cpt_customer_set_billing_address (customer, address);
  cpt_customer_set_shipping_address (customer, address);
  g_assert_true (cpt_customer_service_create (db, customer, &error));
  g_assert_no_error (error);

  return cpt_customer_get_id (customer);
}

static CptDatabase *
open_fixture (void)
{
  CptDatabase *db = forms_test_open_db ();

  add_customer (db, "Librairie Martin", "Lyon");
  add_item (db, "Clavier mécanique", "CLA-01", 8990, 1, 5 * CPT_QUANTITY_ONE);
  add_item (db, "Souris sans fil", "SOU-02", 2450, 1, 1 * CPT_QUANTITY_ONE);
  add_item (db, "Livre de recettes", "LIV-03", 1999, 3, 40 * CPT_QUANTITY_ONE);

  return db;
}

/* ── Driving the form ──────────────────────────────────────────────── */

static CptOrderForm *
open_form (CptDatabase *db,
           gint64       customer_id)
{
  CptOrderForm *form = cpt_order_form_new (forms_test_parent (), db, 0, customer_id);

  gtk_window_present (GTK_WINDOW (form));
  forms_test_spin (20);
  return form;
}

static void
type_text (GtkWidget  *editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Types in a type-ahead entry and takes the first proposal, as Enter does. */
static void
type_and_choose (CptSuggestEntry *entry,
                 const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (cpt_suggest_entry_get_entry (entry)), text);
  g_assert_cmpuint (cpt_suggest_entry_get_n_results (entry), >, 0);
  g_assert_true (cpt_suggest_entry_choose (entry, 0));
}

static void
choose_customer (CptOrderForm *form,
                 const char   *text)
{
  type_and_choose (CPT_SUGGEST_ENTRY (form->customer_entry), text);
}

static CptOrderLineRow *
line (CptOrderForm *form,
      guint         position)
{
  CptOrderLineRow *row = cpt_order_form_get_line (form, position);

  g_assert_nonnull (row);
  return row;
}

/* The row's n-th GtkEntry: 0 item, 1 quantity, 2 unit, 3 price, 4 discount. */
static GtkWidget *
row_entry (CptOrderLineRow *row,
           guint            n)
{
  GtkWidget *found = NULL;
  guint seen = 0;

  for (GtkWidget *w = GTK_WIDGET (row); w != NULL; )
    {
      if (GTK_IS_ENTRY (w) && seen++ == n)
        {
          found = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL && !GTK_IS_ENTRY (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != GTK_WIDGET (row) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == GTK_WIDGET (row) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }

  g_assert_nonnull (found);
  return found;
}

static void
select_tax (CptOrderForm    *form,
            CptOrderLineRow *row,
            gint32           rate)
{
  for (guint i = 0; i < form->tax_choices->len; i++)
    if (g_array_index (form->tax_choices, CptTaxChoice, i).rate == rate)
      {
        gtk_drop_down_set_selected (cpt_order_line_row_get_tax_dropdown (row), i);
        return;
      }

  g_assert_not_reached ();
}

static const char *
label_text (GtkWidget *label)
{
  return gtk_label_get_text (GTK_LABEL (label));
}

static gint64
save_draft (CptOrderForm *form)
{
  g_autoptr(GtkWindow) keep = g_object_ref (GTK_WINDOW (form));
  gint64 id;

  gtk_widget_activate_action (GTK_WIDGET (form), "form.save-draft", NULL);
  forms_test_spin (20);
  id = cpt_order_form_get_order_id (form);
  return id;
}

/* ── Tests ─────────────────────────────────────────────────────────── */

static void
test_new_customer_from_form (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autofree char *city = NULL;
  CptOrderForm *form = open_form (db, 0);
  CptCustomerForm *customer_form;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (form), "form.new-customer", NULL);
  forms_test_spin (20);
  customer_form = CPT_CUSTOMER_FORM (forms_test_find_window (CPT_TYPE_CUSTOMER_FORM));
  g_assert_nonnull (customer_form);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (customer_form)) == GTK_WINDOW (form));

  /* The first entry row is the display name. */
  for (row = GTK_WIDGET (customer_form); row != NULL && !ADW_IS_ENTRY_ROW (row); )
    row = gtk_widget_get_first_child (row) != NULL ? gtk_widget_get_first_child (row)
                                                   : gtk_widget_get_next_sibling (row);
  if (row == NULL)
    {
      /* Depth-first walk when the first branch holds no entry row. */
      GtkWidget *w = GTK_WIDGET (customer_form);

      while (w != NULL && !ADW_IS_ENTRY_ROW (w))
        {
          if (gtk_widget_get_first_child (w) != NULL)
            w = gtk_widget_get_first_child (w);
          else
            {
              while (gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = gtk_widget_get_next_sibling (w);
            }
        }
      row = w;
    }
  g_assert_nonnull (row);
  type_text (row, "Atelier Durand");
  gtk_widget_activate_action (GTK_WIDGET (customer_form), "customer.save", NULL);
  forms_test_spin (20);

  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM customers"), ==, 2);
  g_assert_cmpint (form->customer_id, ==,
                   forms_test_query_int (db, "SELECT id FROM customers WHERE display_name = 'Atelier Durand'"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (form->customer_entry)))),
                   ==, "Atelier Durand");

  form->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (form));
}

/* Three lines, one of them from the bulk dialog, a line discount, an order
 * discount, shipping and an adjustment: what the form shows is what the
 * order service stored, to the cent. */
static void
test_full_order_totals (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autofree char *stored_total = NULL;
  g_autofree char *stored_subtotal = NULL;
  g_autofree char *stored_discount = NULL;
  g_autofree char *stored_shipping = NULL;
  g_autofree char *stored_vat = NULL;
  g_autofree char *shown_total = NULL;
  g_autofree char *shown_subtotal = NULL;
  g_autofree char *shown_discount = NULL;
  g_autofree char *shown_shipping = NULL;
  g_autofree char *shown_vat = NULL;
  GString *vat;
  g_autofree char *stored_number = NULL;
  g_autofree char *expected_number = NULL;
  CptOrderForm *form = open_form (db, 0);
  CptBulkItemsDialog *bulk;
  GtkWidget *bulk_row;
  gint64 order_id;

  choose_customer (form, "libr");
  g_assert_cmpint (form->customer_id, >, 0);

  /* Line 1: an item, 2 units at 10 % off. */
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "clavier");
  type_text (row_entry (line (form, 0), 1), "2");
  type_text (row_entry (line (form, 0), 4), "10");

  /* Line 2: free text, keyboard only — Enter on the quantity opens it. */
  g_signal_emit_by_name (row_entry (line (form, 0), 1), "activate");
  g_assert_cmpuint (cpt_order_form_get_n_lines (form), ==, 2);
  type_text (row_entry (line (form, 1), 0), "Installation sur site");
  type_text (row_entry (line (form, 1), 1), "1,5");
  type_text (row_entry (line (form, 1), 3), "120,00");
  select_tax (form, line (form, 1), 1000);

  /* Line 3: through « Ajouter des articles en vrac ». */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.add-bulk", NULL);
  forms_test_spin (20);
  bulk = CPT_BULK_ITEMS_DIALOG (forms_test_find_window (CPT_TYPE_BULK_ITEMS_DIALOG));
  g_assert_nonnull (bulk);
  gtk_editable_set_text (cpt_bulk_items_dialog_get_search (bulk), "livre");
  forms_test_spin (400);
  bulk_row = cpt_bulk_items_dialog_get_row (bulk, 0);
  g_assert_nonnull (bulk_row);
  gtk_editable_set_text (cpt_bulk_items_row_get_quantity (bulk_row), "3");
  g_assert_true (gtk_check_button_get_active (cpt_bulk_items_row_get_check (bulk_row)));
  forms_test_screenshot (GTK_WIDGET (bulk), "bulk-items-dialog");
  gtk_widget_activate_action (GTK_WIDGET (bulk), "bulk.add", NULL);
  forms_test_spin (20);
  g_assert_cmpuint (cpt_order_form_get_n_lines (form), ==, 3);

  /* Order-level amounts. */
  type_text (form->discount_entry, "5");
  type_text (form->shipping_entry, "12,50");
  type_text (form->adjustment_label_entry, "Arrondi");
  type_text (form->adjustment_entry, "-0,37");
  type_text (form->reference_entry, "BC-7781");

  /* 2 × 89,90 − 10 % = 161,82; 1,5 × 120 = 180; 3 × 19,99 = 59,97. */
  g_assert_cmpstr (label_text (form->subtotal_label), ==, "401,79\u00a0€");
  forms_test_screenshot (GTK_WIDGET (form), "order-form-filled");
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (form->scroller));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    forms_test_screenshot (GTK_WIDGET (form), "order-form-totals");
  }

  /* What the form shows, read before saving closes it. */
  expected_number = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->number_entry)));
  shown_subtotal = g_strdup (label_text (form->subtotal_label));
  shown_discount = g_strdup (label_text (form->discount_label));
  shown_shipping = g_strdup (label_text (form->shipping_label));
  shown_total = g_strdup (label_text (form->total_label));
  vat = g_string_new (NULL);
  for (GtkWidget *box = gtk_widget_get_first_child (form->taxes_box); box != NULL; box = gtk_widget_get_next_sibling (box))
    g_string_append_printf (vat, "%s|", label_text (gtk_widget_get_last_child (box)));
  shown_vat = g_string_free (vat, FALSE);

  order_id = save_draft (form);
  g_assert_cmpint (order_id, >, 0);

  stored_subtotal = cpt_money_format (forms_test_query_int (db, "SELECT sub_total FROM sales_orders"));
  stored_discount = cpt_money_format (-forms_test_query_int (db, "SELECT discount_total FROM sales_orders"));
  stored_shipping = cpt_money_format (forms_test_query_int (db, "SELECT shipping_charge FROM sales_orders"));
  stored_total = cpt_money_format (forms_test_query_int (db, "SELECT total FROM sales_orders"));
  stored_vat = forms_test_query_text (db, "SELECT group_concat (amount, '|') FROM "
                                          "(SELECT amount FROM sales_order_taxes ORDER BY rate DESC)");
  g_assert_cmpstr (shown_subtotal, ==, stored_subtotal);
  g_assert_cmpstr (shown_discount, ==, stored_discount);
  g_assert_cmpstr (shown_shipping, ==, stored_shipping);
  g_assert_cmpstr (shown_total, ==, stored_total);
  {
    g_auto(GStrv) amounts = g_strsplit (stored_vat, "|", -1);
    GString *formatted = g_string_new (NULL);
    g_autofree char *stored = NULL;

    for (guint i = 0; amounts[i] != NULL; i++)
      {
        g_autofree char *text = cpt_money_format (g_ascii_strtoll (amounts[i], NULL, 10));

        g_string_append_printf (formatted, "%s|", text);
      }
    stored = g_string_free (formatted, FALSE);
    g_assert_cmpstr (shown_vat, ==, stored);
  }

  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_order_lines"), ==, 3);
  g_assert_cmpint (forms_test_query_int (db, "SELECT status = 'draft' FROM sales_orders"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT adjustment FROM sales_orders"), ==, -37);
  stored_number = forms_test_query_text (db, "SELECT number FROM sales_orders");
  g_assert_cmpstr (stored_number, ==, expected_number);
}

static void
test_manual_number_and_duplicate (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  CptOrderForm *form = open_form (db, 0);
  CptNumberingDialog *dialog;
  gint64 orders_before;

  /* The gear opens the numbering dialog; manual entry is chosen there. */
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (form->number_entry)));
  gtk_widget_activate_action (GTK_WIDGET (form), "form.numbering", NULL);
  forms_test_spin (20);
  dialog = CPT_NUMBERING_DIALOG (forms_test_find_window (CPT_TYPE_NUMBERING_DIALOG));
  g_assert_nonnull (dialog);
  cpt_numbering_editor_set_manual (cpt_numbering_dialog_get_editor (dialog), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "numbering.save", NULL);
  forms_test_spin (20);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (form->number_entry)));

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "SOU-02");
  type_text (form->number_entry, "CMD-2026-A1");
  g_assert_cmpint (save_draft (form), >, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE number = 'CMD-2026-A1'"), ==, 1);

  /* The same number again: refused next to the field, nothing saved. */
  form = open_form (db, 0);
  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "clavier");
  type_text (form->number_entry, "CMD-2026-A1");
  orders_before = forms_test_query_int (db, "SELECT count(*) FROM sales_orders");
  g_assert_cmpint (save_draft (form), ==, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders"), ==, orders_before);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_order_lines"), ==, 1);
  g_assert_true (gtk_widget_get_visible (form->number_error));
  g_assert_nonnull (strstr (label_text (form->number_error), "CMD-2026-A1"));
  forms_test_screenshot (GTK_WIDGET (form), "order-form-duplicate-number");

  form->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (form));
}

static void
test_started_with_customer (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  gint64 customer_id = add_customer (db, "Fromagerie Petit", "Annecy");
  CptOrderForm *form = open_form (db, customer_id);

  g_assert_cmpint (form->customer_id, ==, customer_id);
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "livre");
  g_assert_cmpint (save_draft (form), >, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT customer_id FROM sales_orders"), ==, customer_id);
  g_assert_cmpint (forms_test_query_int (db, "SELECT billing_city = 'Annecy' FROM sales_orders"), ==, 1);
}

static void
test_tax_dropdown_lists_active_taxes (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autoptr(GError) error = NULL;
  GListModel *model;
  CptOrderForm *form;
  GString *shown = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *names = NULL;

  g_assert_true (cpt_database_exec (db, "UPDATE taxes SET active = 0 WHERE rate = 210", &error));
  form = open_form (db, 0);

  model = gtk_drop_down_get_model (cpt_order_line_row_get_tax_dropdown (line (form, 0)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (shown, "%s;", gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  names = g_string_free (shown, FALSE);
  {
    g_autoptr(GPtrArray) taxes = cpt_tax_service_list (db, FALSE, &error);
    GString *active = g_string_new (NULL);

    g_assert_no_error (error);
    g_assert_cmpuint (taxes->len, ==, forms_test_query_int (db, "SELECT count(*) FROM taxes WHERE active = 1"));
    for (guint i = 0; i < taxes->len; i++)
      g_string_append_printf (active, "%s;", cpt_tax_get_name (g_ptr_array_index (taxes, i)));
    expected = g_string_free (active, FALSE);
  }
  g_assert_cmpstr (names, ==, expected);
  g_assert_null (strstr (names, "2,1"));

  form->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (form));
}

static void
test_out_of_stock_hint (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  CptOrderForm *form = open_form (db, 0);
  CptOrderLineRow *row = line (form, 0);

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (row), "souris");
  type_text (row_entry (row, 1), "1");
  g_assert_false (cpt_order_line_row_is_out_of_stock (row));
  type_text (row_entry (row, 1), "3");
  g_assert_true (cpt_order_line_row_is_out_of_stock (row));
  forms_test_screenshot (GTK_WIDGET (form), "order-form-out-of-stock");

  /* It can still be saved. */
  g_assert_cmpint (save_draft (form), >, 0);
}

/* An order saved earlier opens with its lines; a change is written back
 * to the same order. */
static void
test_edit_order (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autofree char *shown_total = NULL;
  g_autofree char *stored_total = NULL;
  CptOrderForm *form = open_form (db, 0);
  gint64 order_id;

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "clavier");
  type_text (row_entry (line (form, 0), 1), "2");
  type_text (form->shipping_entry, "7,90");
  order_id = save_draft (form);
  g_assert_cmpint (order_id, >, 0);

  form = cpt_order_form_new (forms_test_parent (), db, order_id, 0);
  gtk_window_present (GTK_WINDOW (form));
  forms_test_spin (20);
  g_assert_cmpuint (cpt_order_form_get_n_lines (form), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_entry (line (form, 0), 1))), ==, "2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form->shipping_entry)), ==, "7,90");
  g_assert_false (form->dirty);

  type_text (row_entry (line (form, 0), 1), "4");
  shown_total = g_strdup (label_text (form->total_label));
  forms_test_screenshot (GTK_WIDGET (form), "order-form-edit");
  g_assert_cmpint (save_draft (form), ==, order_id);

  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders"), ==, 1);
  g_assert_cmpint (forms_test_query_int (db, "SELECT quantity FROM sales_order_lines"), ==, 4000);
  stored_total = cpt_money_format (forms_test_query_int (db, "SELECT total FROM sales_orders"));
  g_assert_cmpstr (shown_total, ==, stored_total);
}

/* A tax deactivated while the form was open: the service refuses the line,
 * the message shows under the lines, and nothing is written. */
static void
test_service_refusal_on_a_line (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autoptr(GError) error = NULL;
  CptOrderForm *form = open_form (db, 0);

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "clavier");
  g_assert_true (cpt_database_exec (db, "UPDATE taxes SET is_default = 0 WHERE rate = 2000;"
                                        "UPDATE taxes SET active = 0 WHERE rate = 2000", &error));
  g_assert_no_error (error);

  g_assert_cmpint (save_draft (form), ==, 0);
  g_assert_true (gtk_widget_get_visible (form->lines_error));
  g_assert_false (gtk_widget_get_visible (form->form_error_label));
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders"), ==, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_order_lines"), ==, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT next_number FROM number_series WHERE doc_type = 'salesorder'"), ==, 1);
  forms_test_screenshot (GTK_WIDGET (form), "order-form-line-refused");

  form->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (form));
}

/* « Enregistrer et envoyer » confirms the order; the e-mail dialog is the
 * main window's business (its order.send action), absent here. */
static void
test_save_and_send_confirms (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  CptOrderForm *form = open_form (db, 0);

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "livre");
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.save-and-send", NULL);
  forms_test_spin (20);

  g_assert_null (form);
  g_assert_cmpint (forms_test_query_int (db, "SELECT status = 'confirmed' FROM sales_orders"), ==, 1);
  /* A confirmed order commits its stock. */
  g_assert_cmpint (forms_test_query_int (db, "SELECT sum (committed) FROM stock_levels"), ==, 1000);
}

/* Several refusals at once: the customer gone and the tax deactivated
 * while the form was open; each message shows next to its own field. */
static void
test_service_refusals_by_field (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  g_autoptr(GError) error = NULL;
  CptOrderForm *form = open_form (db, 0);

  choose_customer (form, "martin");
  type_and_choose (cpt_order_line_row_get_item_entry (line (form, 0)), "clavier");
  g_assert_true (cpt_database_exec (db, "DELETE FROM customers WHERE display_name = 'Librairie Martin';"
                                        "UPDATE taxes SET is_default = 0 WHERE rate = 2000;"
                                        "UPDATE taxes SET active = 0 WHERE rate = 2000", &error));
  g_assert_no_error (error);

  g_assert_cmpint (save_draft (form), ==, 0);
  g_assert_true (gtk_widget_get_visible (form->customer_error));
  g_assert_cmpstr (label_text (form->customer_error), ==, "Le client 1 n’existe pas.");
  g_assert_true (gtk_widget_get_visible (form->lines_error));
  g_assert_true (g_str_has_prefix (label_text (form->lines_error), "Ligne 1"));
  g_assert_false (gtk_widget_get_visible (form->form_error_label));
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders"), ==, 0);
  forms_test_screenshot (GTK_WIDGET (form), "order-form-refusals-by-field");

  form->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (form));
}

static void
test_leaving_with_changes_asks (void)
{
  g_autoptr(CptDatabase) db = open_fixture ();
  CptOrderForm *form = open_form (db, 0);
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  type_text (form->reference_entry, "X");
  gtk_window_close (GTK_WINDOW (form));
  forms_test_spin (20);
  g_assert_nonnull (form);
  question = ADW_MESSAGE_DIALOG (forms_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  forms_test_screenshot (GTK_WIDGET (question), "order-form-leave-question");

  adw_message_dialog_response (question, "cancel");
  forms_test_spin (20);
  g_assert_nonnull (form);

  gtk_window_close (GTK_WINDOW (form));
  forms_test_spin (20);
  question = ADW_MESSAGE_DIALOG (forms_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (question, "discard");
  forms_test_spin (20);
  g_assert_null (form);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM sales_orders"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/order-form/new-customer", test_new_customer_from_form);
  g_test_add_func ("/order-form/full-order-totals", test_full_order_totals);
  g_test_add_func ("/order-form/manual-number-and-duplicate", test_manual_number_and_duplicate);
  g_test_add_func ("/order-form/started-with-customer", test_started_with_customer);
  g_test_add_func ("/order-form/tax-dropdown", test_tax_dropdown_lists_active_taxes);
  g_test_add_func ("/order-form/out-of-stock", test_out_of_stock_hint);
  g_test_add_func ("/order-form/edit-order", test_edit_order);
  g_test_add_func ("/order-form/save-and-send", test_save_and_send_confirms);
  g_test_add_func ("/order-form/service-refusal-on-a-line", test_service_refusal_on_a_line);
  g_test_add_func ("/order-form/service-refusals-by-field", test_service_refusals_by_field);
  g_test_add_func ("/order-form/leaving-asks", test_leaving_with_changes_asks);

  return g_test_run ();
}
