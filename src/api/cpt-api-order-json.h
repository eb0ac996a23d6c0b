/* cpt-api-order-json.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-json.h"
#include "cpt-order.h"

G_BEGIN_DECLS

/* The unit price of an item, for lines that name an item without a rate
 * (the API contract: "rate defaults to the item's"). Returns FALSE when
 * the item is unknown; the service then refuses the line. */
typedef gboolean (*CptApiItemRateFunc) (gint64    item_id,
                                        gint64   *rate,
                                        gpointer  user_data);

/* Applies the members present in a create or update body to @order: a
 * missing member leaves the order's value; "line_items", when present,
 * replaces the lines (an element with "line_id" keeps that saved line).
 * Wrong types are collected as details of @input; business rules are the
 * service's. */
void cpt_api_order_from_json    (CptApiInput        *input,
                                 CptOrder           *order,
                                 CptApiItemRateFunc  item_rate,
                                 gpointer            user_data);

/* The sales order shape of the API contract, without the "taxes" block
 * (the caller adds it from the saved VAT summary). */
void cpt_api_order_to_json_members (JsonBuilder *builder,
                                    CptOrder    *order);

G_END_DECLS
