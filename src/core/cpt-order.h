/* cpt-order.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include <gio/gio.h>

#include "cpt-address.h"
#include "cpt-order-line.h"
#include "cpt-order-status.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER (cpt_order_get_type ())

G_DECLARE_FINAL_TYPE (CptOrder, cpt_order, CPT, ORDER, GObject)

CptOrder *cpt_order_new (void);

gint64 cpt_order_get_id (CptOrder *self);
void cpt_order_set_id (CptOrder *self, gint64 id);
const char *cpt_order_get_number (CptOrder *self);
void cpt_order_set_number (CptOrder *self, const char *number);
CptOrderStatus cpt_order_get_status (CptOrder *self);
void cpt_order_set_status (CptOrder *self, CptOrderStatus status);
CptInvoicedStatus cpt_order_get_invoiced_status (CptOrder *self);
void cpt_order_set_invoiced_status (CptOrder *self, CptInvoicedStatus invoiced_status);
CptShippedStatus cpt_order_get_shipped_status (CptOrder *self);
void cpt_order_set_shipped_status (CptOrder *self, CptShippedStatus shipped_status);
gint64 cpt_order_get_customer_id (CptOrder *self);
void cpt_order_set_customer_id (CptOrder *self, gint64 customer_id);
const char *cpt_order_get_customer_name (CptOrder *self);
void cpt_order_set_customer_name (CptOrder *self, const char *customer_name);
const char *cpt_order_get_customer_email (CptOrder *self);
void cpt_order_set_customer_email (CptOrder *self, const char *customer_email);
const char *cpt_order_get_reference (CptOrder *self);
void cpt_order_set_reference (CptOrder *self, const char *reference);
const char *cpt_order_get_date (CptOrder *self);
void cpt_order_set_date (CptOrder *self, const char *date);
const char *cpt_order_get_shipment_date (CptOrder *self);
void cpt_order_set_shipment_date (CptOrder *self, const char *shipment_date);
gint64 cpt_order_get_delivery_method_id (CptOrder *self);
void cpt_order_set_delivery_method_id (CptOrder *self, gint64 delivery_method_id);
gint64 cpt_order_get_payment_terms_id (CptOrder *self);
void cpt_order_set_payment_terms_id (CptOrder *self, gint64 payment_terms_id);
gint64 cpt_order_get_warehouse_id (CptOrder *self);
void cpt_order_set_warehouse_id (CptOrder *self, gint64 warehouse_id);
const char *cpt_order_get_salesperson (CptOrder *self);
void cpt_order_set_salesperson (CptOrder *self, const char *salesperson);
const char *cpt_order_get_marketplace (CptOrder *self);
void cpt_order_set_marketplace (CptOrder *self, const char *marketplace);
const CptAddress *cpt_order_get_billing_address (CptOrder *self);
void cpt_order_set_billing_address (CptOrder *self, const CptAddress *billing_address);
const CptAddress *cpt_order_get_shipping_address (CptOrder *self);
void cpt_order_set_shipping_address (CptOrder *self, const CptAddress *shipping_address);
int cpt_order_get_discount_kind (CptOrder *self);
void cpt_order_set_discount_kind (CptOrder *self, int discount_kind);
gint64 cpt_order_get_discount_value (CptOrder *self);
void cpt_order_set_discount_value (CptOrder *self, gint64 discount_value);
gint64 cpt_order_get_shipping_charge (CptOrder *self);
void cpt_order_set_shipping_charge (CptOrder *self, gint64 shipping_charge);
gint64 cpt_order_get_shipping_tax_id (CptOrder *self);
void cpt_order_set_shipping_tax_id (CptOrder *self, gint64 shipping_tax_id);
int cpt_order_get_shipping_tax_rate (CptOrder *self);
void cpt_order_set_shipping_tax_rate (CptOrder *self, int shipping_tax_rate);
const char *cpt_order_get_shipping_tax_name (CptOrder *self);
void cpt_order_set_shipping_tax_name (CptOrder *self, const char *shipping_tax_name);
gint64 cpt_order_get_adjustment (CptOrder *self);
void cpt_order_set_adjustment (CptOrder *self, gint64 adjustment);
const char *cpt_order_get_adjustment_description (CptOrder *self);
void cpt_order_set_adjustment_description (CptOrder *self, const char *adjustment_description);
const char *cpt_order_get_notes (CptOrder *self);
void cpt_order_set_notes (CptOrder *self, const char *notes);
const char *cpt_order_get_terms (CptOrder *self);
void cpt_order_set_terms (CptOrder *self, const char *terms);
gint64 cpt_order_get_sub_total (CptOrder *self);
void cpt_order_set_sub_total (CptOrder *self, gint64 sub_total);
gint64 cpt_order_get_discount_total (CptOrder *self);
void cpt_order_set_discount_total (CptOrder *self, gint64 discount_total);
gint64 cpt_order_get_tax_total (CptOrder *self);
void cpt_order_set_tax_total (CptOrder *self, gint64 tax_total);
gint64 cpt_order_get_total (CptOrder *self);
void cpt_order_set_total (CptOrder *self, gint64 total);
const char *cpt_order_get_merged_into (CptOrder *self);
void cpt_order_set_merged_into (CptOrder *self, const char *merged_into);
const char *cpt_order_get_void_reason (CptOrder *self);
void cpt_order_set_void_reason (CptOrder *self, const char *void_reason);
const char *cpt_order_get_created_at (CptOrder *self);
void cpt_order_set_created_at (CptOrder *self, const char *created_at);
const char *cpt_order_get_updated_at (CptOrder *self);
void cpt_order_set_updated_at (CptOrder *self, const char *updated_at);

GListModel *cpt_order_get_lines (CptOrder *self);
guint cpt_order_get_n_lines (CptOrder *self);
CptOrderLine *cpt_order_get_line (CptOrder *self, guint position);
void cpt_order_add_line (CptOrder *self, CptOrderLine *line);
void cpt_order_remove_line (CptOrder *self, guint position);
void cpt_order_clear_lines (CptOrder *self);
GListModel *cpt_order_get_history (CptOrder *self);
void cpt_order_add_history (CptOrder *self, const char *at, const char *event, const char *text);

G_END_DECLS
