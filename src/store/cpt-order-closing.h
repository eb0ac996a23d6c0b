/* cpt-order-closing.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* Runs inside the caller's transaction, after every shipment, shipment
 * deletion, invoice issue and credit note: recomputes the order's invoicing
 * and shipping statuses, then applies the closing rule of the settings —
 * a confirmed order whose criterion holds closes, an order closed by the
 * rule whose criterion no longer holds reopens — each with a history line.
 * @document_number names the document that caused it (« FA-2026-00012 »),
 * appended to the closing reason; NULL for none. */
gboolean cpt_order_closing_apply (CptDatabase  *db,
                                  gint64        order_id,
                                  const char   *document_number,
                                  GError      **error);

G_END_DECLS
