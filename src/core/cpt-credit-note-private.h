/* cpt-credit-note-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-credit-note.h"
#include "cpt-document-parts.h"

G_BEGIN_DECLS

/* Shared by cpt-credit-note.c (identity, customer, dates) and cpt-credit-note-body.c
 * (addresses, seller, amounts, lines, taxes). */

struct _CptCreditNote
{
  GObject parent_instance;

  gint64 id;
  char *number;
  char *status;
  gint64 invoice_id;
  char *invoice_number;
  gint64 order_id;
  char *order_number;
  gint64 customer_id;
  char *customer_name;
  char *customer_email;
  char *customer_siren;
  char *customer_vat_number;
  char *date;
  char *reason;
  char *issued_at;
  CptAddress *billing_address;
  CptSeller *seller;
  gint64 shipping_charge;
  gint64 shipping_tax_id;
  int shipping_tax_rate;
  char *shipping_tax_name;
  gint64 adjustment;
  char *adjustment_description;
  char *notes;
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
  PROP_INVOICE_ID,
  PROP_INVOICE_NUMBER,
  PROP_ORDER_ID,
  PROP_ORDER_NUMBER,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_CUSTOMER_EMAIL,
  PROP_CUSTOMER_SIREN,
  PROP_CUSTOMER_VAT_NUMBER,
  PROP_DATE,
  PROP_REASON,
  PROP_ISSUED_AT,
  PROP_BILLING_ADDRESS,
  PROP_SELLER,
  PROP_SHIPPING_CHARGE,
  PROP_SHIPPING_TAX_ID,
  PROP_SHIPPING_TAX_RATE,
  PROP_SHIPPING_TAX_NAME,
  PROP_ADJUSTMENT,
  PROP_ADJUSTMENT_DESCRIPTION,
  PROP_NOTES,
  PROP_SUB_TOTAL,
  PROP_DISCOUNT_TOTAL,
  PROP_TAX_TOTAL,
  PROP_TOTAL,
  PROP_LINES,
  PROP_TAXES,
  N_PROPS
};

extern GParamSpec *cpt_credit_note_properties[N_PROPS];

G_END_DECLS
