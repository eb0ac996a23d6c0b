/* cpt-order-line.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_LINE (cpt_order_line_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderLine, cpt_order_line, CPT, ORDER_LINE, GObject)

CptOrderLine *cpt_order_line_new (void);

gint64 cpt_order_line_get_id (CptOrderLine *self);
void cpt_order_line_set_id (CptOrderLine *self, gint64 id);
int cpt_order_line_get_position (CptOrderLine *self);
void cpt_order_line_set_position (CptOrderLine *self, int position);
gint64 cpt_order_line_get_item_id (CptOrderLine *self);
void cpt_order_line_set_item_id (CptOrderLine *self, gint64 item_id);
const char *cpt_order_line_get_description (CptOrderLine *self);
void cpt_order_line_set_description (CptOrderLine *self, const char *description);
gint64 cpt_order_line_get_quantity (CptOrderLine *self);
void cpt_order_line_set_quantity (CptOrderLine *self, gint64 quantity);
const char *cpt_order_line_get_unit (CptOrderLine *self);
void cpt_order_line_set_unit (CptOrderLine *self, const char *unit);
gint64 cpt_order_line_get_rate (CptOrderLine *self);
void cpt_order_line_set_rate (CptOrderLine *self, gint64 rate);
int cpt_order_line_get_discount (CptOrderLine *self);
void cpt_order_line_set_discount (CptOrderLine *self, int discount);
gint64 cpt_order_line_get_tax_id (CptOrderLine *self);
void cpt_order_line_set_tax_id (CptOrderLine *self, gint64 tax_id);
const char *cpt_order_line_get_tax_name (CptOrderLine *self);
void cpt_order_line_set_tax_name (CptOrderLine *self, const char *tax_name);
int cpt_order_line_get_tax_rate (CptOrderLine *self);
void cpt_order_line_set_tax_rate (CptOrderLine *self, int tax_rate);
gint64 cpt_order_line_get_amount (CptOrderLine *self);
void cpt_order_line_set_amount (CptOrderLine *self, gint64 amount);
gint64 cpt_order_line_get_quantity_shipped (CptOrderLine *self);
void cpt_order_line_set_quantity_shipped (CptOrderLine *self, gint64 quantity_shipped);
gint64 cpt_order_line_get_quantity_invoiced (CptOrderLine *self);
void cpt_order_line_set_quantity_invoiced (CptOrderLine *self, gint64 quantity_invoiced);

CptOrderLine *cpt_order_line_copy (CptOrderLine *self);

G_END_DECLS
