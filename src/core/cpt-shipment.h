/* cpt-shipment.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-address.h"
#include "cpt-order-status.h"
#include "cpt-shipment-line.h"

G_BEGIN_DECLS

/* A shipment (« expédition »): a parcel that left a warehouse for an order.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_SHIPMENT (cpt_shipment_get_type ())

G_DECLARE_FINAL_TYPE (CptShipment, cpt_shipment, CPT, SHIPMENT, GObject)

CptShipment *cpt_shipment_new (void);
gint64 cpt_shipment_get_id (CptShipment *self);
void cpt_shipment_set_id (CptShipment *self, gint64 id);
const char *cpt_shipment_get_number (CptShipment *self);
void cpt_shipment_set_number (CptShipment *self, const char *number);
gint64 cpt_shipment_get_order_id (CptShipment *self);
void cpt_shipment_set_order_id (CptShipment *self, gint64 order_id);
const char *cpt_shipment_get_order_number (CptShipment *self);
void cpt_shipment_set_order_number (CptShipment *self, const char *order_number);
gint64 cpt_shipment_get_customer_id (CptShipment *self);
void cpt_shipment_set_customer_id (CptShipment *self, gint64 customer_id);
const char *cpt_shipment_get_customer_name (CptShipment *self);
void cpt_shipment_set_customer_name (CptShipment *self, const char *customer_name);
gint64 cpt_shipment_get_warehouse_id (CptShipment *self);
void cpt_shipment_set_warehouse_id (CptShipment *self, gint64 warehouse_id);
const char *cpt_shipment_get_warehouse_name (CptShipment *self);
void cpt_shipment_set_warehouse_name (CptShipment *self, const char *warehouse_name);
const char *cpt_shipment_get_date (CptShipment *self);
void cpt_shipment_set_date (CptShipment *self, const char *date);
const char *cpt_shipment_get_carrier (CptShipment *self);
void cpt_shipment_set_carrier (CptShipment *self, const char *carrier);
const char *cpt_shipment_get_tracking_number (CptShipment *self);
void cpt_shipment_set_tracking_number (CptShipment *self, const char *tracking_number);
CptShipmentStatus cpt_shipment_get_status (CptShipment *self);
void cpt_shipment_set_status (CptShipment *self, CptShipmentStatus status);
const char *cpt_shipment_get_delivered_at (CptShipment *self);
void cpt_shipment_set_delivered_at (CptShipment *self, const char *delivered_at);
const CptAddress *cpt_shipment_get_shipping_address (CptShipment *self);
void cpt_shipment_set_shipping_address (CptShipment *self, const CptAddress *shipping_address);
const char *cpt_shipment_get_created_at (CptShipment *self);
void cpt_shipment_set_created_at (CptShipment *self, const char *created_at);
/* (element-type CptShipmentLine) */
GListModel *cpt_shipment_get_lines (CptShipment *self);
void cpt_shipment_add_line (CptShipment *self, CptShipmentLine *line);

G_END_DECLS
