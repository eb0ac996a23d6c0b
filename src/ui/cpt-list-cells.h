/* cpt-list-cells.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The <closure> functions the list views' .ui files use to show money,
 * dates and states: call this in class_init of a widget whose template
 * uses them. Names: format_money, format_date, format_quantity, has_text,
 * status_label, status_css_classes, invoiced_label, invoiced_css_classes,
 * shipped_label, shipped_css_classes (these two take the order status
 * first), format_stock_quantity, stock_label, stock_css_classes (these
 * take track-stock first), invoice_number_label, invoice_status_label,
 * invoice_status_css_classes. */
void cpt_list_cells_bind_template_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
