/* cpt-order-view-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-order-view.h"

G_BEGIN_DECLS

/* The order view's actions that hand over to other windows (order form,
 * e-mail, print, invoice, shipment): cpt-order-view-actions.c. */
void       cpt_order_view_class_add_actions  (GtkWidgetClass *widget_class);
void       cpt_order_view_update_actions     (CptOrderView   *self);
GtkWindow *cpt_order_view_get_window         (CptOrderView   *self);
void       cpt_order_view_toast              (CptOrderView   *self,
                                              const char     *message);
void       cpt_order_view_error              (CptOrderView   *self,
                                              const char     *heading,
                                              const GError   *error);

G_END_DECLS
