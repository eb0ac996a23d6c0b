/* cpt-order-line-row.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-line-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-money.h"
#include "cpt-order-line-row.h"

/* One line of the order form. It keeps what the user typed as text and
 * parses it on demand: the totals follow every keystroke, and a field that
 * does not parse is drawn in the error style instead of being rewritten. */

struct _CptOrderLineRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *item_entry;
  GtkWidget     *stock_label;
  GtkWidget     *out_of_stock_label;
  GtkWidget     *quantity_entry;
  GtkWidget     *unit_entry;
  GtkWidget     *rate_entry;
  GtkWidget     *discount_entry;
  GtkWidget     *tax_dropdown;
  GtkWidget     *amount_label;
  GtkWidget     *remove_button;

  GArray        *tax_choices;

  gint64         line_id;
  gint64         item_id;
  gboolean       tracked;
  gint64         available;
  gint64         shipped;
  gint64         invoiced;
};

G_DEFINE_FINAL_TYPE (CptOrderLineRow, cpt_order_line_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  REMOVE,
  QUANTITY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
mark (GtkWidget *entry,
      gboolean   valid)
{
  if (valid)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");
}

static const char *
text_of (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static gboolean
parse_quantity (CptOrderLineRow  *self,
                gint64           *quantity,
                GError          **error)
{
  const char *text = text_of (self->quantity_entry);

  if (text[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Enter a quantity."));
      return FALSE;
    }
  if (!cpt_quantity_parse (text, quantity, error))
    return FALSE;
  if (*quantity < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The quantity cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_rate (CptOrderLineRow  *self,
            gint64           *rate,
            GError          **error)
{
  const char *text = text_of (self->rate_entry);

  *rate = 0;
  if (text[0] == '\0')
    return TRUE;
  if (!cpt_money_parse (text, rate, error))
    return FALSE;
  if (*rate < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The unit price cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_discount (CptOrderLineRow  *self,
                gint32           *discount,
                GError          **error)
{
  g_autofree char *text = g_strdup (text_of (self->discount_entry));

  *discount = 0;
  g_strstrip (text);
  if (text[0] == '\0')
    return TRUE;
  if (!cpt_percent_parse (text, discount, error))
    return FALSE;
  if (*discount < 0 || *discount > CPT_PERCENT_HUNDRED)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The discount must be between 0 and 100 %."));
      return FALSE;
    }
  return TRUE;
}

static CptTaxChoice *
selected_tax (CptOrderLineRow *self)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->tax_dropdown));

  if (self->tax_choices == NULL || position >= self->tax_choices->len)
    return NULL;

  return &g_array_index (self->tax_choices, CptTaxChoice, position);
}

static void
select_tax (CptOrderLineRow *self,
            gint64           tax_id)
{
  if (self->tax_choices == NULL)
    return;

  for (guint i = 0; i < self->tax_choices->len; i++)
    if (g_array_index (self->tax_choices, CptTaxChoice, i).id == tax_id)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->tax_dropdown), i);
        return;
      }
}

static void
update_stock_hint (CptOrderLineRow *self)
{
  gint64 quantity = 0;
  g_autofree char *available = NULL;
  g_autofree char *text = NULL;
  gboolean shown = self->item_id > 0 && self->tracked;

  gtk_widget_set_visible (self->stock_label, shown);
  gtk_widget_set_visible (self->out_of_stock_label,
                          shown && parse_quantity (self, &quantity, NULL) &&
                          quantity > self->available);
  if (!shown)
    return;

  available = cpt_quantity_format (self->available);
  /* Translators: the stock of the line's item in the order's warehouse */
  text = g_strdup_printf (_("Available: %s"), available);
  gtk_label_set_text (GTK_LABEL (self->stock_label), text);
}

static void
on_field_changed_cb (CptOrderLineRow *self,
                     GtkWidget       *entry)
{
  if (entry == self->quantity_entry)
    {
      gint64 quantity;

      mark (entry, parse_quantity (self, &quantity, NULL));
      update_stock_hint (self);
    }
  else if (entry == self->rate_entry)
    {
      gint64 rate;

      mark (entry, parse_rate (self, &rate, NULL));
    }
  else if (entry == self->discount_entry)
    {
      gint32 discount;

      mark (entry, parse_discount (self, &discount, NULL));
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_item_text_changed_cb (CptOrderLineRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_tax_selected_cb (CptOrderLineRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_remove_clicked_cb (CptOrderLineRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
on_quantity_activate_cb (CptOrderLineRow *self)
{
  g_signal_emit (self, signals[QUANTITY_ACTIVATED], 0);
}

static void
cpt_order_line_row_finalize (GObject *object)
{
  CptOrderLineRow *self = CPT_ORDER_LINE_ROW (object);

  g_clear_pointer (&self->tax_choices, g_array_unref);

  G_OBJECT_CLASS (cpt_order_line_row_parent_class)->finalize (object);
}

static void
cpt_order_line_row_class_init (CptOrderLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_order_line_row_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[QUANTITY_ACTIVATED] =
    g_signal_new ("quantity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CPT_TYPE_SUGGEST_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cpt-order-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, item_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, stock_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, out_of_stock_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, quantity_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, rate_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, discount_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, tax_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderLineRow, remove_button);
}

static void
cpt_order_line_row_init (CptOrderLineRow *self)
{
  GtkWidget *entries[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  entries[0] = self->quantity_entry;
  entries[1] = self->unit_entry;
  entries[2] = self->rate_entry;
  entries[3] = self->discount_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_object (entries[i], "changed",
                             G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->item_entry)),
                           "changed", G_CALLBACK (on_item_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_entry_set_placeholder_text (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->item_entry)),
                                  _("Type an item name or SKU, or a free text"));
  g_signal_connect_object (self->tax_dropdown, "notify::selected",
                           G_CALLBACK (on_tax_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->remove_button, "clicked",
                           G_CALLBACK (on_remove_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quantity_entry, "activate",
                           G_CALLBACK (on_quantity_activate_cb), self, G_CONNECT_SWAPPED);

  cpt_order_line_row_set_amount (self, 0);
}

CptOrderLineRow *
cpt_order_line_row_new (GListModel *tax_names,
                        GArray     *tax_choices,
                        gint64      default_tax_id)
{
  CptOrderLineRow *self = g_object_new (CPT_TYPE_ORDER_LINE_ROW, NULL);

  self->tax_choices = g_array_ref (tax_choices);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->tax_dropdown), tax_names);
  select_tax (self, default_tax_id);

  return self;
}

CptSuggestEntry *
cpt_order_line_row_get_item_entry (CptOrderLineRow *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), NULL);

  return CPT_SUGGEST_ENTRY (self->item_entry);
}

GtkEntry *
cpt_order_line_row_get_quantity_entry (CptOrderLineRow *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), NULL);

  return GTK_ENTRY (self->quantity_entry);
}

GtkDropDown *
cpt_order_line_row_get_tax_dropdown (CptOrderLineRow *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), NULL);

  return GTK_DROP_DOWN (self->tax_dropdown);
}

/* Fills the line from an item the user picked; the price, unit and tax
 * stay editable for this order. */
void
cpt_order_line_row_set_item (CptOrderLineRow *self,
                             gint64           item_id,
                             const char      *name,
                             const char      *unit,
                             gint64           rate,
                             gint64           tax_id)
{
  g_autofree char *price = NULL;

  g_return_if_fail (CPT_IS_ORDER_LINE_ROW (self));

  self->item_id = item_id;
  cpt_suggest_entry_set_text (CPT_SUGGEST_ENTRY (self->item_entry), name);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), unit != NULL ? unit : "");
  price = cpt_money_format_plain (rate);
  gtk_editable_set_text (GTK_EDITABLE (self->rate_entry), price);
  if (tax_id > 0)
    select_tax (self, tax_id);
  update_stock_hint (self);
}

void
cpt_order_line_row_set_stock (CptOrderLineRow *self,
                              gboolean         tracked,
                              gint64           available)
{
  g_return_if_fail (CPT_IS_ORDER_LINE_ROW (self));

  self->tracked = tracked;
  self->available = available;
  update_stock_hint (self);
}

gint64
cpt_order_line_row_get_item_id (CptOrderLineRow *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), 0);

  return self->item_id;
}

/* A line the user never touched: it is left out when saving. */
gboolean
cpt_order_line_row_is_blank (CptOrderLineRow *self)
{
  g_autofree char *description = NULL;

  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), TRUE);

  description = g_strstrip (g_strdup (text_of (GTK_WIDGET (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->item_entry))))));

  return self->item_id == 0 && self->line_id == 0 && description[0] == '\0' &&
         text_of (self->rate_entry)[0] == '\0';
}

gboolean
cpt_order_line_row_is_out_of_stock (CptOrderLineRow *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), FALSE);

  return gtk_widget_get_visible (self->out_of_stock_label);
}

void
cpt_order_line_row_set_line (CptOrderLineRow *self,
                             CptOrderLine    *line)
{
  g_autofree char *quantity = NULL;
  g_autofree char *price = NULL;
  g_autofree char *discount = NULL;

  g_return_if_fail (CPT_IS_ORDER_LINE_ROW (self));
  g_return_if_fail (CPT_IS_ORDER_LINE (line));

  self->line_id = cpt_order_line_get_id (line);
  self->item_id = cpt_order_line_get_item_id (line);
  self->shipped = cpt_order_line_get_quantity_shipped (line);
  self->invoiced = cpt_order_line_get_quantity_invoiced (line);

  quantity = cpt_quantity_format (cpt_order_line_get_quantity (line));
  price = cpt_money_format_plain (cpt_order_line_get_rate (line));

  cpt_suggest_entry_set_text (CPT_SUGGEST_ENTRY (self->item_entry),
                              cpt_order_line_get_description (line));
  gtk_editable_set_text (GTK_EDITABLE (self->quantity_entry), quantity);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), cpt_order_line_get_unit (line));
  gtk_editable_set_text (GTK_EDITABLE (self->rate_entry), price);
  if (cpt_order_line_get_discount (line) != 0)
    {
      discount = cpt_quantity_format ((gint64) cpt_order_line_get_discount (line) * 10);
      gtk_editable_set_text (GTK_EDITABLE (self->discount_entry), discount);
    }
  select_tax (self, cpt_order_line_get_tax_id (line));
}

/* What the totals need, even while the user is typing: a field that does
 * not parse counts as zero. Returns FALSE when the line has no tax. */
gboolean
cpt_order_line_row_get_totals_line (CptOrderLineRow *self,
                                    CptTotalsLine   *line)
{
  CptTaxChoice *tax;

  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), FALSE);

  memset (line, 0, sizeof *line);
  if (!parse_quantity (self, &line->quantity, NULL))
    line->quantity = 0;
  if (!parse_rate (self, &line->unit_price, NULL))
    line->unit_price = 0;
  if (!parse_discount (self, &line->discount, NULL))
    line->discount = 0;

  tax = selected_tax (self);
  if (tax == NULL)
    return FALSE;

  line->tax_id = tax->id;
  line->tax_rate = tax->rate;
  return TRUE;
}

/* The line to save, or an error naming the field (the field is marked). */
CptOrderLine *
cpt_order_line_row_build_line (CptOrderLineRow  *self,
                               GError          **error)
{
  g_autoptr(CptOrderLine) line = NULL;
  g_autofree char *description = NULL;
  g_autofree char *unit = NULL;
  CptTaxChoice *tax;
  gint64 quantity, rate;
  gint32 discount;

  g_return_val_if_fail (CPT_IS_ORDER_LINE_ROW (self), NULL);

  if (!parse_quantity (self, &quantity, error))
    {
      mark (self->quantity_entry, FALSE);
      gtk_widget_grab_focus (self->quantity_entry);
      return NULL;
    }
  if (!parse_rate (self, &rate, error))
    {
      mark (self->rate_entry, FALSE);
      gtk_widget_grab_focus (self->rate_entry);
      return NULL;
    }
  if (!parse_discount (self, &discount, error))
    {
      mark (self->discount_entry, FALSE);
      gtk_widget_grab_focus (self->discount_entry);
      return NULL;
    }

  description = g_strstrip (g_strdup (text_of (GTK_WIDGET (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->item_entry))))));
  if (self->item_id == 0 && description[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A line without an item needs a description."));
      gtk_widget_grab_focus (self->item_entry);
      return NULL;
    }

  tax = selected_tax (self);
  if (tax == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Choose a tax."));
      gtk_widget_grab_focus (self->tax_dropdown);
      return NULL;
    }

  line = cpt_order_line_new ();
  cpt_order_line_set_id (line, self->line_id);
  cpt_order_line_set_item_id (line, self->item_id);
  cpt_order_line_set_description (line, description);
  cpt_order_line_set_quantity (line, quantity);
  unit = g_strstrip (g_strdup (text_of (self->unit_entry)));
  cpt_order_line_set_unit (line, unit);
  cpt_order_line_set_rate (line, rate);
  cpt_order_line_set_discount (line, discount);
  cpt_order_line_set_tax_id (line, tax->id);
  cpt_order_line_set_tax_rate (line, tax->rate);
  cpt_order_line_set_quantity_shipped (line, self->shipped);
  cpt_order_line_set_quantity_invoiced (line, self->invoiced);

  return g_steal_pointer (&line);
}

void
cpt_order_line_row_set_amount (CptOrderLineRow *self,
                               gint64           cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CPT_IS_ORDER_LINE_ROW (self));

  text = cpt_money_format (cents);
  gtk_label_set_text (GTK_LABEL (self->amount_label), text);
}

/* Lines up the row's fields under the header of the lines. */
void
cpt_order_line_row_add_to_columns (CptOrderLineRow  *self,
                                   GtkSizeGroup    **columns)
{
  GtkWidget *widgets[CPT_ORDER_LINE_N_COLUMNS];

  g_return_if_fail (CPT_IS_ORDER_LINE_ROW (self));

  widgets[0] = self->quantity_entry;
  widgets[1] = self->unit_entry;
  widgets[2] = self->rate_entry;
  widgets[3] = self->discount_entry;
  widgets[4] = self->tax_dropdown;
  widgets[5] = self->amount_label;
  widgets[6] = self->remove_button;

  for (guint i = 0; i < CPT_ORDER_LINE_N_COLUMNS; i++)
    gtk_size_group_add_widget (columns[i], widgets[i]);
}
