/* cpt-order-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-order.h"

G_BEGIN_DECLS

/* Shared by cpt-order.c (type, properties, header fields) and
 * cpt-order-lines.c (lines, amounts, totals, history). */

/* A sales order with its lines (a GListStore of CptOrderLine) and its
 * history (a GListStore of CptHistoryEntry). Dates are ISO `YYYY-MM-DD`,
 * timestamps ISO 8601 UTC; money is cents, quantities thousandths, the
 * discount value basis points (CPT_DISCOUNT_PERCENT) or cents
 * (CPT_DISCOUNT_AMOUNT). The customer name and both addresses
 * are the order's own copy. An id of 0 means "not saved yet". */
struct _CptOrder
{
  GObject parent_instance;

  gint64 id;
  char *number;
  CptOrderStatus status;
  CptInvoicedStatus invoiced_status;
  CptShippedStatus shipped_status;
  gint64 customer_id;
  char *customer_name;
  char *customer_email;
  char *reference;
  char *date;
  char *shipment_date;
  gint64 delivery_method_id;
  gint64 payment_terms_id;
  gint64 warehouse_id;
  char *salesperson;
  char *marketplace;
  CptAddress *billing_address;
  CptAddress *shipping_address;
  int discount_kind;
  gint64 discount_value;
  gint64 shipping_charge;
  gint64 shipping_tax_id;
  int shipping_tax_rate;
  char *shipping_tax_name;
  gint64 adjustment;
  char *adjustment_description;
  char *notes;
  char *terms;
  gint64 sub_total;
  gint64 discount_total;
  gint64 tax_total;
  gint64 total;
  char *merged_into;
  char *void_reason;
  char *created_at;
  char *updated_at;

  GListStore *lines;
  GListStore *history;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_INVOICED_STATUS,
  PROP_SHIPPED_STATUS,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_CUSTOMER_EMAIL,
  PROP_REFERENCE,
  PROP_DATE,
  PROP_SHIPMENT_DATE,
  PROP_DELIVERY_METHOD_ID,
  PROP_PAYMENT_TERMS_ID,
  PROP_WAREHOUSE_ID,
  PROP_SALESPERSON,
  PROP_MARKETPLACE,
  PROP_BILLING_ADDRESS,
  PROP_SHIPPING_ADDRESS,
  PROP_DISCOUNT_KIND,
  PROP_DISCOUNT_VALUE,
  PROP_SHIPPING_CHARGE,
  PROP_SHIPPING_TAX_ID,
  PROP_SHIPPING_TAX_RATE,
  PROP_SHIPPING_TAX_NAME,
  PROP_ADJUSTMENT,
  PROP_ADJUSTMENT_DESCRIPTION,
  PROP_NOTES,
  PROP_TERMS,
  PROP_SUB_TOTAL,
  PROP_DISCOUNT_TOTAL,
  PROP_TAX_TOTAL,
  PROP_TOTAL,
  PROP_MERGED_INTO,
  PROP_VOID_REASON,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_LINES,
  PROP_HISTORY,
  N_PROPS
};

/* Set @field and notify @prop_id when the value changes. */
void cpt_order_set_string_field (CptOrder    *self,
                                 char       **field,
                                 const char  *value,
                                 guint        prop_id);
void cpt_order_set_int64_field  (CptOrder    *self,
                                 gint64      *field,
                                 gint64       value,
                                 guint        prop_id);
void cpt_order_notify           (CptOrder    *self,
                                 guint        prop_id);

G_END_DECLS
