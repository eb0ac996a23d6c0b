/* cpt-order-form-lines.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-form-lines"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-bulk-items-dialog.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-order-form-data.h"
#include "cpt-order-form-private.h"

/* The lines of the order form and the live totals under them. */

#define SUGGESTION_LIMIT 12

guint
cpt_order_form_get_n_lines (CptOrderForm *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (self->lines_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CPT_IS_ORDER_LINE_ROW (child))
      n++;

  return n;
}

CptOrderLineRow *
cpt_order_form_get_line (CptOrderForm *self,
                         guint         position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->lines_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CPT_IS_ORDER_LINE_ROW (child) && position-- == 0)
      return CPT_ORDER_LINE_ROW (child);

  return NULL;
}

static GPtrArray *
suggest_items (const char *text,
               gpointer    user_data)
{
  CptOrderForm *self = user_data;

  return cpt_order_form_data_search_items (self->db, text,
                                           cpt_order_form_get_warehouse_id (self),
                                           SUGGESTION_LIMIT);
}

void
cpt_order_form_pick_item (CptOrderForm    *self,
                          CptOrderLineRow *row,
                          gint64           item_id)
{
  g_autoptr(GError) error = NULL;
  CptItemChoice item = { 0 };

  if (!cpt_order_form_data_get_item (self->db, item_id, cpt_order_form_get_warehouse_id (self),
                                     &item, &error))
    {
      cpt_order_form_set_field_error (self->lines_error, error->message);
      return;
    }

  cpt_order_line_row_set_item (row, item_id, item.name, item.unit, item.rate, item.tax_id);
  cpt_order_line_row_set_stock (row, item.track_stock, item.available);
  cpt_item_choice_clear (&item);

  cpt_order_form_update_totals (self);
  cpt_order_form_changed (self);
}

static void
on_item_chosen_cb (CptSuggestEntry *entry,
                   gint64           item_id,
                   CptOrderForm    *self)
{
  CptOrderLineRow *row = CPT_ORDER_LINE_ROW (gtk_widget_get_ancestor (GTK_WIDGET (entry),
                                                                       CPT_TYPE_ORDER_LINE_ROW));

  cpt_order_form_pick_item (self, row, item_id);
  gtk_widget_grab_focus (GTK_WIDGET (cpt_order_line_row_get_quantity_entry (row)));
}

static void
on_line_changed_cb (CptOrderForm *self)
{
  cpt_order_form_update_totals (self);
  cpt_order_form_changed (self);
}

static void
on_line_remove_cb (CptOrderForm    *self,
                   CptOrderLineRow *row)
{
  gtk_list_box_remove (GTK_LIST_BOX (self->lines_box), GTK_WIDGET (row));
  if (cpt_order_form_get_n_lines (self) == 0)
    cpt_order_form_add_line (self);
  cpt_order_form_update_totals (self);
  cpt_order_form_changed (self);
}

/* Enter in the last line's quantity opens the next line: the keyboard
 * never has to leave the lines. */
static void
on_quantity_activated_cb (CptOrderForm    *self,
                          CptOrderLineRow *row)
{
  CptOrderLineRow *next;

  if (cpt_order_form_get_line (self, cpt_order_form_get_n_lines (self) - 1) != row)
    return;

  next = cpt_order_form_add_line (self);
  gtk_widget_grab_focus (GTK_WIDGET (cpt_order_line_row_get_item_entry (next)));
}

CptOrderLineRow *
cpt_order_form_add_line (CptOrderForm *self)
{
  CptOrderLineRow *row;

  row = cpt_order_line_row_new (G_LIST_MODEL (self->tax_names), self->tax_choices,
                                self->default_tax_id);
  cpt_order_line_row_add_to_columns (row, self->columns);
  cpt_suggest_entry_set_func (cpt_order_line_row_get_item_entry (row), suggest_items, self, NULL);
  g_signal_connect_object (cpt_order_line_row_get_item_entry (row), "suggestion-chosen",
                           G_CALLBACK (on_item_chosen_cb), self, 0);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_line_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_line_remove_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "quantity-activated",
                           G_CALLBACK (on_quantity_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_append (GTK_LIST_BOX (self->lines_box), GTK_WIDGET (row));
  cpt_order_form_update_totals (self);
  cpt_order_form_changed (self);

  return row;
}

/* The warehouse changed: every item line shows the stock of the new one. */
void
cpt_order_form_refresh_stock (CptOrderForm *self)
{
  gint64 warehouse_id = cpt_order_form_get_warehouse_id (self);

  for (guint i = 0; i < cpt_order_form_get_n_lines (self); i++)
    {
      CptOrderLineRow *row = cpt_order_form_get_line (self, i);
      gint64 item_id = cpt_order_line_row_get_item_id (row);
      CptItemChoice item = { 0 };

      if (item_id == 0)
        continue;
      if (cpt_order_form_data_get_item (self->db, item_id, warehouse_id, &item, NULL))
        cpt_order_line_row_set_stock (row, item.track_stock, item.available);
      cpt_item_choice_clear (&item);
    }
}

/* ── Totals ────────────────────────────────────────────────────────── */

static gboolean
parse_optional_money (GtkWidget  *entry,
                      gint64     *cents,
                      GError    **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean ok;

  *cents = 0;
  ok = text[0] == '\0' || cpt_money_parse (text, cents, error);
  if (ok)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");

  return ok;
}

static gboolean
read_discount (CptOrderForm     *self,
               CptDiscountKind  *kind,
               gint64           *value,
               GError          **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->discount_entry));
  gboolean percent = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->discount_kind_dropdown)) == 0;
  gboolean ok = TRUE;

  *kind = CPT_DISCOUNT_NONE;
  *value = 0;

  if (text[0] != '\0')
    {
      if (percent)
        {
          gint32 basis_points = 0;

          ok = cpt_percent_parse (text, &basis_points, error);
          if (ok && (basis_points < 0 || basis_points > CPT_PERCENT_HUNDRED))
            {
              g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                                   _("The order discount must be between 0 and 100 %."));
              ok = FALSE;
            }
          *value = basis_points;
        }
      else
        {
          ok = cpt_money_parse (text, value, error);
          if (ok && *value < 0)
            {
              g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                                   _("The order discount cannot be negative."));
              ok = FALSE;
            }
        }
      if (ok && *value > 0)
        *kind = percent ? CPT_DISCOUNT_PERCENT : CPT_DISCOUNT_AMOUNT;
    }

  if (ok)
    gtk_widget_remove_css_class (self->discount_entry, "error");
  else
    gtk_widget_add_css_class (self->discount_entry, "error");

  return ok;
}

static CptTaxChoice *
shipping_tax (CptOrderForm *self)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->shipping_tax_dropdown));

  if (position >= self->tax_choices->len)
    return NULL;
  return &g_array_index (self->tax_choices, CptTaxChoice, position);
}

static void
set_money_label (GtkWidget *label,
                 gint64     cents)
{
  g_autofree char *text = cpt_money_format (cents);

  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
show_tax_rows (CptOrderForm *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->taxes_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->taxes_box), child);

  for (guint i = 0; self->totals_valid && i < self->totals.taxes->len; i++)
    {
      CptTaxTotal *tax = &g_array_index (self->totals.taxes, CptTaxTotal, i);
      g_autofree char *rate = cpt_percent_format (tax->rate);
      g_autofree char *base = cpt_money_format (tax->base);
      g_autofree char *title = NULL;
      GtkWidget *box, *label;

      /* Translators: "VAT 20 % on 1 234,00 €" */
      title = g_strdup_printf (_("VAT %s on %s"), rate, base);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      label = gtk_label_new (NULL);
      set_money_label (label, tax->amount);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "tax-amount");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (self->taxes_box), box);
    }

  gtk_widget_set_visible (self->taxes_box, gtk_widget_get_first_child (self->taxes_box) != NULL);
}

/* Recomputes everything shown under the lines with core's totals, the very
 * function the order service stores, so the screen and the file agree to
 * the cent. */
void
cpt_order_form_update_totals (CptOrderForm *self)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (CptTotalsLine));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CptTotalsInput input = { 0 };
  CptTaxChoice *tax;
  guint n = cpt_order_form_get_n_lines (self);

  if (self->tax_choices == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      CptOrderLineRow *row = cpt_order_form_get_line (self, i);
      CptTotalsLine line;

      if (cpt_order_line_row_is_blank (row))
        {
          cpt_order_line_row_set_amount (row, 0);
          continue;
        }
      cpt_order_line_row_get_totals_line (row, &line);
      g_array_append_val (lines, line);
      g_ptr_array_add (rows, row);
    }

  input.lines = (const CptTotalsLine *) lines->data;
  input.n_lines = lines->len;
  input.no_vat = self->no_vat;

  if (!read_discount (self, &input.discount_kind, &input.discount_value, NULL))
    input.discount_kind = CPT_DISCOUNT_NONE, input.discount_value = 0;
  parse_optional_money (self->shipping_entry, &input.shipping, NULL);
  parse_optional_money (self->adjustment_entry, &input.adjustment, NULL);
  if (input.shipping < 0)
    input.shipping = 0;

  tax = shipping_tax (self);
  if (tax != NULL)
    {
      input.shipping_tax_id = tax->id;
      input.shipping_tax_rate = tax->rate;
    }

  cpt_totals_clear (&self->totals);
  self->totals_valid = cpt_totals_compute (&input, &self->totals, &error);
  if (!self->totals_valid)
    {
      cpt_order_form_set_field_error (self->totals_error, error->message);
      return;
    }
  cpt_order_form_set_field_error (self->totals_error, NULL);

  for (guint i = 0; i < rows->len; i++)
    cpt_order_line_row_set_amount (g_ptr_array_index (rows, i),
                                   g_array_index (self->totals.line_nets, gint64, i));

  set_money_label (self->subtotal_label, self->totals.subtotal);
  set_money_label (self->discount_label, -self->totals.discount_total);
  set_money_label (self->shipping_label, self->totals.shipping);
  set_money_label (self->adjustment_label, self->totals.adjustment);
  set_money_label (self->total_label, self->totals.total);
  show_tax_rows (self);
}

/* ── Saving ────────────────────────────────────────────────────────── */

gboolean
cpt_order_form_collect_lines (CptOrderForm  *self,
                              CptOrder      *order,
                              GError       **error)
{
  guint n = cpt_order_form_get_n_lines (self);
  guint position = 0;

  for (guint i = 0; i < n; i++)
    {
      CptOrderLineRow *row = cpt_order_form_get_line (self, i);
      g_autoptr(CptOrderLine) line = NULL;
      g_autoptr(GError) local_error = NULL;

      if (cpt_order_line_row_is_blank (row))
        continue;

      line = cpt_order_line_row_build_line (row, &local_error);
      if (line == NULL)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       /* Translators: "Line 2: Enter a quantity." */
                       _("Line %u: %s"), i + 1, local_error->message);
          return FALSE;
        }
      cpt_order_line_set_position (line, position++);
      cpt_order_add_line (order, line);
    }

  if (position == 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID, _("An order needs at least one line."));
      return FALSE;
    }

  return TRUE;
}

gboolean
cpt_order_form_read_amounts (CptOrderForm  *self,
                             CptOrder      *order,
                             GError       **error)
{
  g_autofree char *label = NULL;
  CptDiscountKind kind;
  gint64 value, shipping, adjustment;
  CptTaxChoice *tax;

  if (!read_discount (self, &kind, &value, error))
    {
      gtk_widget_grab_focus (self->discount_entry);
      return FALSE;
    }
  if (!parse_optional_money (self->shipping_entry, &shipping, error))
    {
      gtk_widget_grab_focus (self->shipping_entry);
      return FALSE;
    }
  if (shipping < 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The shipping charges cannot be negative."));
      gtk_widget_grab_focus (self->shipping_entry);
      return FALSE;
    }
  if (!parse_optional_money (self->adjustment_entry, &adjustment, error))
    {
      gtk_widget_grab_focus (self->adjustment_entry);
      return FALSE;
    }

  cpt_order_set_discount_kind (order, kind);
  cpt_order_set_discount_value (order, value);
  cpt_order_set_shipping_charge (order, shipping);
  tax = shipping_tax (self);
  cpt_order_set_shipping_tax_id (order, tax != NULL ? tax->id : 0);
  cpt_order_set_adjustment (order, adjustment);
  label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->adjustment_label_entry))));
  cpt_order_set_adjustment_description (order, label);

  return TRUE;
}

/* ── Bulk ──────────────────────────────────────────────────────────── */

static void
on_bulk_items_chosen_cb (CptOrderForm *self,
                         GArray       *item_ids,
                         GArray       *quantities)
{
  CptOrderLineRow *last;

  /* The empty line a new form starts with is reused for the first item. */
  last = cpt_order_form_get_line (self, cpt_order_form_get_n_lines (self) - 1);
  if (last != NULL && !cpt_order_line_row_is_blank (last))
    last = NULL;

  for (guint i = 0; i < item_ids->len; i++)
    {
      CptOrderLineRow *row = last != NULL ? last : cpt_order_form_add_line (self);
      g_autofree char *quantity = cpt_quantity_format (g_array_index (quantities, gint64, i));

      last = NULL;
      cpt_order_form_pick_item (self, row, g_array_index (item_ids, gint64, i));
      gtk_editable_set_text (GTK_EDITABLE (cpt_order_line_row_get_quantity_entry (row)), quantity);
    }

  cpt_order_form_update_totals (self);
}

void
cpt_order_form_show_bulk_dialog (CptOrderForm *self)
{
  GtkWindow *dialog;

  dialog = GTK_WINDOW (cpt_bulk_items_dialog_new (GTK_WINDOW (self), self->db,
                                                  cpt_order_form_get_warehouse_id (self)));
  g_signal_connect_object (dialog, "items-chosen",
                           G_CALLBACK (on_bulk_items_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}
