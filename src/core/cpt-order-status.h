/* cpt-order-status.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The statuses of orders, invoices and shipments. Each has a machine name
 * (database, API: `draft`, `partially_invoiced`…), which is also its GEnum
 * nick, and a translated label for people (« Brouillon »…). */

typedef enum
{
  CPT_ORDER_STATUS_DRAFT,
  CPT_ORDER_STATUS_CONFIRMED,
  CPT_ORDER_STATUS_CLOSED,
  CPT_ORDER_STATUS_VOID,
} CptOrderStatus;

typedef enum
{
  CPT_INVOICED_STATUS_NOT_INVOICED,
  CPT_INVOICED_STATUS_PARTIALLY_INVOICED,
  CPT_INVOICED_STATUS_INVOICED,
} CptInvoicedStatus;

typedef enum
{
  CPT_SHIPPED_STATUS_NOT_SHIPPED,
  CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED,
  CPT_SHIPPED_STATUS_SHIPPED,
} CptShippedStatus;

typedef enum
{
  CPT_INVOICE_STATUS_DRAFT,
  CPT_INVOICE_STATUS_ISSUED,
  CPT_INVOICE_STATUS_SENT,
  CPT_INVOICE_STATUS_PAID,
  CPT_INVOICE_STATUS_CREDITED,
} CptInvoiceStatus;

typedef enum
{
  CPT_SHIPMENT_STATUS_SHIPPED,
  CPT_SHIPMENT_STATUS_DELIVERED,
} CptShipmentStatus;

#define CPT_TYPE_ORDER_STATUS (cpt_order_status_get_type ())
#define CPT_TYPE_INVOICED_STATUS (cpt_invoiced_status_get_type ())
#define CPT_TYPE_SHIPPED_STATUS (cpt_shipped_status_get_type ())
#define CPT_TYPE_INVOICE_STATUS (cpt_invoice_status_get_type ())
#define CPT_TYPE_SHIPMENT_STATUS (cpt_shipment_status_get_type ())

GType        cpt_order_status_get_type        (void);
const char  *cpt_order_status_to_string       (CptOrderStatus      status);
gboolean     cpt_order_status_from_string     (const char         *name,
                                               CptOrderStatus     *status);
const char  *cpt_order_status_get_label       (CptOrderStatus      status);

GType        cpt_invoiced_status_get_type     (void);
const char  *cpt_invoiced_status_to_string    (CptInvoicedStatus   status);
gboolean     cpt_invoiced_status_from_string  (const char         *name,
                                               CptInvoicedStatus  *status);
const char  *cpt_invoiced_status_get_label    (CptInvoicedStatus   status);
CptInvoicedStatus cpt_invoiced_status_compute (const gint64       *ordered,
                                               const gint64       *invoiced,
                                               guint               n_lines);

GType        cpt_shipped_status_get_type      (void);
const char  *cpt_shipped_status_to_string     (CptShippedStatus    status);
gboolean     cpt_shipped_status_from_string   (const char         *name,
                                               CptShippedStatus   *status);
const char  *cpt_shipped_status_get_label     (CptShippedStatus    status);
CptShippedStatus cpt_shipped_status_compute   (const gint64       *ordered,
                                               const gint64       *shipped,
                                               const gboolean     *shippable,
                                               guint               n_lines);

GType        cpt_invoice_status_get_type      (void);
const char  *cpt_invoice_status_to_string     (CptInvoiceStatus    status);
gboolean     cpt_invoice_status_from_string   (const char         *name,
                                               CptInvoiceStatus   *status);
const char  *cpt_invoice_status_get_label     (CptInvoiceStatus    status);

GType        cpt_shipment_status_get_type     (void);
const char  *cpt_shipment_status_to_string    (CptShipmentStatus   status);
gboolean     cpt_shipment_status_from_string  (const char         *name,
                                               CptShipmentStatus  *status);
const char  *cpt_shipment_status_get_label    (CptShipmentStatus   status);

G_END_DECLS
