/* cpt-order-summary.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-order-status.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_SUMMARY (cpt_order_summary_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderSummary, cpt_order_summary, CPT, ORDER_SUMMARY, GObject)

CptOrderSummary *cpt_order_summary_new (void);

gint64 cpt_order_summary_get_id (CptOrderSummary *self);
void cpt_order_summary_set_id (CptOrderSummary *self, gint64 id);
const char *cpt_order_summary_get_number (CptOrderSummary *self);
void cpt_order_summary_set_number (CptOrderSummary *self, const char *number);
const char *cpt_order_summary_get_date (CptOrderSummary *self);
void cpt_order_summary_set_date (CptOrderSummary *self, const char *date);
const char *cpt_order_summary_get_reference (CptOrderSummary *self);
void cpt_order_summary_set_reference (CptOrderSummary *self, const char *reference);
const char *cpt_order_summary_get_customer_name (CptOrderSummary *self);
void cpt_order_summary_set_customer_name (CptOrderSummary *self, const char *customer_name);
CptOrderStatus cpt_order_summary_get_status (CptOrderSummary *self);
void cpt_order_summary_set_status (CptOrderSummary *self, CptOrderStatus status);
CptInvoicedStatus cpt_order_summary_get_invoiced_status (CptOrderSummary *self);
void cpt_order_summary_set_invoiced_status (CptOrderSummary *self, CptInvoicedStatus invoiced_status);
CptShippedStatus cpt_order_summary_get_shipped_status (CptOrderSummary *self);
void cpt_order_summary_set_shipped_status (CptOrderSummary *self, CptShippedStatus shipped_status);
const char *cpt_order_summary_get_shipment_date (CptOrderSummary *self);
void cpt_order_summary_set_shipment_date (CptOrderSummary *self, const char *shipment_date);
gint64 cpt_order_summary_get_total (CptOrderSummary *self);
void cpt_order_summary_set_total (CptOrderSummary *self, gint64 total);
const char *cpt_order_summary_get_marketplace (CptOrderSummary *self);
void cpt_order_summary_set_marketplace (CptOrderSummary *self, const char *marketplace);

G_END_DECLS
