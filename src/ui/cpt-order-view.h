/* cpt-order-view.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-database.h"
#include "cpt-order.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_VIEW (cpt_order_view_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderView, cpt_order_view, CPT, ORDER_VIEW, GtkWidget)

/* The read-only, document-like page of one order with its actions, all
 * `order.*` actions installed on this class: the view's own in
 * cpt-order-view.c, those handing over to other windows in
 * cpt-order-view-actions.c (add more there with
 * cpt_order_view_get_order() and cpt_order_view_get_database()). */

void          cpt_order_view_set_order    (CptOrderView *self,
                                           CptDatabase  *db,
                                           gint64        order_id);
void          cpt_order_view_reload       (CptOrderView *self);
CptOrder     *cpt_order_view_get_order    (CptOrderView *self);
CptDatabase  *cpt_order_view_get_database (CptOrderView *self);

G_END_DECLS
