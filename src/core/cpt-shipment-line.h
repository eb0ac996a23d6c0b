/* cpt-shipment-line.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-address.h"
#include "cpt-order-status.h"

G_BEGIN_DECLS

/* One line of a shipment: how much of an order line left.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_SHIPMENT_LINE (cpt_shipment_line_get_type ())

G_DECLARE_FINAL_TYPE (CptShipmentLine, cpt_shipment_line, CPT, SHIPMENT_LINE, GObject)

CptShipmentLine *cpt_shipment_line_new (void);
gint64 cpt_shipment_line_get_id (CptShipmentLine *self);
void cpt_shipment_line_set_id (CptShipmentLine *self, gint64 id);
gint64 cpt_shipment_line_get_order_line_id (CptShipmentLine *self);
void cpt_shipment_line_set_order_line_id (CptShipmentLine *self, gint64 order_line_id);
gint64 cpt_shipment_line_get_item_id (CptShipmentLine *self);
void cpt_shipment_line_set_item_id (CptShipmentLine *self, gint64 item_id);
const char *cpt_shipment_line_get_description (CptShipmentLine *self);
void cpt_shipment_line_set_description (CptShipmentLine *self, const char *description);
const char *cpt_shipment_line_get_unit (CptShipmentLine *self);
void cpt_shipment_line_set_unit (CptShipmentLine *self, const char *unit);
gint64 cpt_shipment_line_get_quantity (CptShipmentLine *self);
void cpt_shipment_line_set_quantity (CptShipmentLine *self, gint64 quantity);

G_END_DECLS
