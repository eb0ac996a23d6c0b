/* cpt-line-quantity-grid.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-line-quantity-grid"

#include "config.h"

#include "cpt-line-quantity-grid.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cpt-money.h"
#include "cpt-order-line.h"

struct _CptLineQuantityGrid
{
  GtkWidget               parent_instance;

  CptLineQuantityPurpose  purpose;
  GtkWidget              *grid;
  GPtrArray              *lines;   /* CptOrderLine */
  GPtrArray              *spins;   /* GtkSpinButton, borrowed from the grid */
};

G_DEFINE_FINAL_TYPE (CptLineQuantityGrid, cpt_line_quantity_grid, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
cell (const char *text,
      float       xalign,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static GtkWidget *
quantity_cell (gint64 thousandths)
{
  g_autofree char *text = cpt_quantity_format (thousandths);

  return cell (text, 1.0, FALSE);
}

static void
on_spin_value_changed_cb (CptLineQuantityGrid *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
cpt_line_quantity_grid_set_lines (CptLineQuantityGrid *self,
                                  GPtrArray           *lines,
                                  const gboolean      *enabled)
{
  gboolean ship = self->purpose == CPT_LINE_QUANTITY_TO_SHIP;
  GtkGrid *grid = GTK_GRID (self->grid);
  GtkWidget *child;

  g_return_if_fail (CPT_IS_LINE_QUANTITY_GRID (self));

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (grid, child);
  g_ptr_array_set_size (self->spins, 0);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  self->lines = g_ptr_array_ref (lines);

  gtk_grid_attach (grid, cell (C_("line quantities", "Item"), 0.0, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (grid, cell (C_("line quantities", "Ordered"), 1.0, TRUE), 1, 0, 1, 1);
  gtk_grid_attach (grid, cell (ship ? _("Already Shipped") : _("Already Invoiced"), 1.0, TRUE), 2, 0, 1, 1);
  gtk_grid_attach (grid, cell (ship ? _("To Ship Now") : _("To Invoice Now"), 1.0, TRUE), 3, 0, 1, 1);

  for (guint i = 0; i < lines->len; i++)
    {
      CptOrderLine *line = g_ptr_array_index (lines, i);
      gint64 ordered = cpt_order_line_get_quantity (line);
      gint64 done = ship ? cpt_order_line_get_quantity_shipped (line)
                         : cpt_order_line_get_quantity_invoiced (line);
      gboolean can = enabled == NULL || enabled[i];
      gint64 left = can ? MAX (ordered - done, 0) : 0;
      GtkWidget *name = cell (cpt_order_line_get_description (line), 0.0, FALSE);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, left / 1000.0, 1);
      g_autofree char *accessible = g_strdup_printf (ship ? _("Quantity of « %s » to ship now")
                                                          : _("Quantity of « %s » to invoice now"),
                                                     cpt_order_line_get_description (line));

      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_remove_css_class (name, "numeric");
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 3);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), left / 1000.0);
      gtk_widget_set_sensitive (spin, left > 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), self,
                               G_CONNECT_SWAPPED);

      gtk_grid_attach (grid, name, 0, i + 1, 1, 1);
      gtk_grid_attach (grid, quantity_cell (ordered), 1, i + 1, 1, 1);
      gtk_grid_attach (grid, quantity_cell (done), 2, i + 1, 1, 1);
      gtk_grid_attach (grid, spin, 3, i + 1, 1, 1);
      g_ptr_array_add (self->spins, spin);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static gint64
spin_thousandths (GtkSpinButton *spin)
{
  return (gint64) llround (gtk_spin_button_get_value (spin) * 1000.0);
}

GArray *
cpt_line_quantity_grid_dup_request (CptLineQuantityGrid *self)
{
  GArray *request = g_array_new (FALSE, FALSE, sizeof (CptLineQuantity));

  g_return_val_if_fail (CPT_IS_LINE_QUANTITY_GRID (self), request);

  for (guint i = 0; self->lines != NULL && i < self->lines->len; i++)
    {
      CptLineQuantity q = {
        cpt_order_line_get_id (g_ptr_array_index (self->lines, i)),
        spin_thousandths (g_ptr_array_index (self->spins, i)),
      };

      g_array_append_val (request, q);
    }
  return request;
}

gint64
cpt_line_quantity_grid_get_total (CptLineQuantityGrid *self)
{
  gint64 total = 0;

  g_return_val_if_fail (CPT_IS_LINE_QUANTITY_GRID (self), 0);

  for (guint i = 0; i < self->spins->len; i++)
    total += spin_thousandths (g_ptr_array_index (self->spins, i));
  return total;
}

GtkSpinButton *
cpt_line_quantity_grid_get_spin (CptLineQuantityGrid *self,
                                 guint                index)
{
  g_return_val_if_fail (CPT_IS_LINE_QUANTITY_GRID (self), NULL);
  g_return_val_if_fail (index < self->spins->len, NULL);

  return g_ptr_array_index (self->spins, index);
}

static void
cpt_line_quantity_grid_dispose (GObject *object)
{
  CptLineQuantityGrid *self = CPT_LINE_QUANTITY_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (cpt_line_quantity_grid_parent_class)->dispose (object);
}

static void
cpt_line_quantity_grid_class_init (CptLineQuantityGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_line_quantity_grid_dispose;

  /* Emitted when a quantity changes, so that the dialog updates its buttons. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cpt_line_quantity_grid_init (CptLineQuantityGrid *self)
{
  self->spins = g_ptr_array_new ();
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
}

GtkWidget *
cpt_line_quantity_grid_new (CptLineQuantityPurpose purpose)
{
  CptLineQuantityGrid *self = g_object_new (CPT_TYPE_LINE_QUANTITY_GRID, NULL);

  self->purpose = purpose;
  return GTK_WIDGET (self);
}
