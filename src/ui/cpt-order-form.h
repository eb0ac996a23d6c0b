/* cpt-order-form.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_FORM (cpt_order_form_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderForm, cpt_order_form, CPT, ORDER_FORM, AdwWindow)

/* A new order when @order_id is 0; @customer_id (or 0) preselects the
 * customer of a new order. Emits "saved" with the order id. */
CptOrderForm *cpt_order_form_new          (GtkWindow    *parent,
                                           CptDatabase  *db,
                                           gint64        order_id,
                                           gint64        customer_id);
gint64        cpt_order_form_get_order_id (CptOrderForm *self);

G_END_DECLS
