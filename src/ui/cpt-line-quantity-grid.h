/* cpt-line-quantity-grid.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-line-quantity.h"

G_BEGIN_DECLS

#define CPT_TYPE_LINE_QUANTITY_GRID (cpt_line_quantity_grid_get_type ())

G_DECLARE_FINAL_TYPE (CptLineQuantityGrid, cpt_line_quantity_grid, CPT, LINE_QUANTITY_GRID, GtkWidget)

/* The lines of an order with, for each, what was ordered, what was already
 * shipped or invoiced, and a spin button for « now » — from 0 to what
 * remains, what remains by default. Used by the invoice and shipment
 * dialogs. */
GtkWidget     *cpt_line_quantity_grid_new        (CptLineQuantityPurpose  purpose);
/* @lines: (element-type CptOrderLine); @enabled: per line, or NULL for all
 * (a service cannot be shipped). */
void           cpt_line_quantity_grid_set_lines  (CptLineQuantityGrid    *self,
                                                  GPtrArray              *lines,
                                                  const gboolean         *enabled);
/* (element-type CptLineQuantity): one per line, in order. */
GArray        *cpt_line_quantity_grid_dup_request (CptLineQuantityGrid   *self);
gint64         cpt_line_quantity_grid_get_total  (CptLineQuantityGrid    *self);
GtkSpinButton *cpt_line_quantity_grid_get_spin   (CptLineQuantityGrid    *self,
                                                  guint                   index);

G_END_DECLS
