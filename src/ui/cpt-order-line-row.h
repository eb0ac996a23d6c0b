/* cpt-order-line-row.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-order-form-data.h"
#include "cpt-order-line.h"
#include "cpt-suggest-entry.h"
#include "cpt-totals.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_LINE_ROW (cpt_order_line_row_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderLineRow, cpt_order_line_row, CPT, ORDER_LINE_ROW, GtkListBoxRow)

CptOrderLineRow *cpt_order_line_row_new            (GListModel      *tax_names,
                                                    GArray          *tax_choices,
                                                    gint64           default_tax_id);
CptSuggestEntry *cpt_order_line_row_get_item_entry (CptOrderLineRow *self);
GtkEntry        *cpt_order_line_row_get_quantity_entry (CptOrderLineRow *self);
GtkDropDown     *cpt_order_line_row_get_tax_dropdown (CptOrderLineRow *self);
void             cpt_order_line_row_set_item       (CptOrderLineRow *self,
                                                    gint64           item_id,
                                                    const char      *name,
                                                    const char      *unit,
                                                    gint64           rate,
                                                    gint64           tax_id);
void             cpt_order_line_row_set_stock      (CptOrderLineRow *self,
                                                    gboolean         tracked,
                                                    gint64           available);
gint64           cpt_order_line_row_get_item_id    (CptOrderLineRow *self);
gboolean         cpt_order_line_row_is_blank       (CptOrderLineRow *self);
gboolean         cpt_order_line_row_is_out_of_stock (CptOrderLineRow *self);
void             cpt_order_line_row_set_line       (CptOrderLineRow *self,
                                                    CptOrderLine    *line);
gboolean         cpt_order_line_row_get_totals_line (CptOrderLineRow *self,
                                                    CptTotalsLine   *line);
CptOrderLine    *cpt_order_line_row_build_line     (CptOrderLineRow *self,
                                                    GError         **error);
void             cpt_order_line_row_set_amount     (CptOrderLineRow *self,
                                                    gint64           cents);

/* The columns after the description, in the order of the header. */
#define CPT_ORDER_LINE_N_COLUMNS 7

void             cpt_order_line_row_add_to_columns (CptOrderLineRow *self,
                                                    GtkSizeGroup   **columns);

G_END_DECLS
