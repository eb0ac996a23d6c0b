/* cpt-invoice-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-invoice.h"
#include "cpt-document-parts.h"

G_BEGIN_DECLS

/* Shared by cpt-invoice.c (identity, customer, dates) and cpt-invoice-body.c
 * (addresses, seller, amounts, lines, taxes). */

struct _CptInvoice
{
  GObject parent_instance;

  gint64 id;
  char *number;
  CptInvoiceStatus status;
  gint64 order_id;
  char *order_number;
  gint64 customer_id;
  char *customer_name;
  char *customer_email;
  char *customer_siren;
  char *customer_vat_number;
  char *reference;
  char *date;
  char *due_date;
  char *delivery_date;
  char *payment_terms_name;
  char *issued_at;
  char *paid_date;
  gint64 credit_note_id;
  char *credit_note_number;
  CptAddress *billing_address;
  CptAddress *shipping_address;
  CptSeller *seller;
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
  GListStore *lines;
  GListStore *taxes;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_ORDER_ID,
  PROP_ORDER_NUMBER,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_CUSTOMER_EMAIL,
  PROP_CUSTOMER_SIREN,
  PROP_CUSTOMER_VAT_NUMBER,
  PROP_REFERENCE,
  PROP_DATE,
  PROP_DUE_DATE,
  PROP_DELIVERY_DATE,
  PROP_PAYMENT_TERMS_NAME,
  PROP_ISSUED_AT,
  PROP_PAID_DATE,
  PROP_CREDIT_NOTE_ID,
  PROP_CREDIT_NOTE_NUMBER,
  PROP_BILLING_ADDRESS,
  PROP_SHIPPING_ADDRESS,
  PROP_SELLER,
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
  PROP_LINES,
  PROP_TAXES,
  N_PROPS
};

extern GParamSpec *cpt_invoice_properties[N_PROPS];

G_END_DECLS
