/* cpt-line-quantity.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of one order line a shipment or an invoice takes, in
 * thousandths. Lines of the order not listed take nothing; a request with
 * no list at all takes everything that remains. */
typedef struct
{
  gint64 line_id;
  gint64 quantity;
} CptLineQuantity;

typedef enum
{
  CPT_LINE_QUANTITY_TO_SHIP,
  CPT_LINE_QUANTITY_TO_INVOICE,
} CptLineQuantityPurpose;

/* Resolves a request against the order's lines (CptOrderLine, in order):
 * returns one gint64 per line, what it takes — the requested quantity, or
 * everything that remains when @request is NULL. Refuses, naming the line,
 * a line of another order, a negative quantity, more than what remains, a
 * service to ship; refuses a request that takes nothing at all.
 * @order_number names the order in that last message. */
GArray *cpt_line_quantity_resolve (GPtrArray               *order_lines,
                                   const CptLineQuantity   *request,
                                   guint                    n_request,
                                   CptLineQuantityPurpose   purpose,
                                   const gboolean          *shippable,
                                   const char              *order_number,
                                   GError                 **error);

G_END_DECLS
