/* cpt-api-orders.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-request.h"

G_BEGIN_DECLS

/* Shared by the order routes and the routes that answer with an order
 * (merge, shipments and invoices created from an order). */
void     cpt_api_orders_reply_order     (CptApiRequest *request,
                                         guint          status,
                                         gint64         order_id);
/* CptApiItemRateFunc over the item service; user_data is the database. */
gboolean cpt_api_orders_item_rate       (gint64         item_id,
                                         gint64        *rate,
                                         gpointer       user_data);

G_END_DECLS
