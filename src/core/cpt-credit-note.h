/* cpt-credit-note.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-address.h"
#include "cpt-order-status.h"
#include "cpt-seller.h"
#include "cpt-invoice-line.h"
#include "cpt-document-tax.h"

G_BEGIN_DECLS

/* A credit note (« avoir »): cancels an issued invoice, numbered in its own series.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_CREDIT_NOTE (cpt_credit_note_get_type ())

G_DECLARE_FINAL_TYPE (CptCreditNote, cpt_credit_note, CPT, CREDIT_NOTE, GObject)

CptCreditNote *cpt_credit_note_new (void);
gint64 cpt_credit_note_get_id (CptCreditNote *self);
void cpt_credit_note_set_id (CptCreditNote *self, gint64 id);
const char *cpt_credit_note_get_number (CptCreditNote *self);
void cpt_credit_note_set_number (CptCreditNote *self, const char *number);
const char *cpt_credit_note_get_status (CptCreditNote *self);
void cpt_credit_note_set_status (CptCreditNote *self, const char *status);
gint64 cpt_credit_note_get_invoice_id (CptCreditNote *self);
void cpt_credit_note_set_invoice_id (CptCreditNote *self, gint64 invoice_id);
const char *cpt_credit_note_get_invoice_number (CptCreditNote *self);
void cpt_credit_note_set_invoice_number (CptCreditNote *self, const char *invoice_number);
gint64 cpt_credit_note_get_order_id (CptCreditNote *self);
void cpt_credit_note_set_order_id (CptCreditNote *self, gint64 order_id);
const char *cpt_credit_note_get_order_number (CptCreditNote *self);
void cpt_credit_note_set_order_number (CptCreditNote *self, const char *order_number);
gint64 cpt_credit_note_get_customer_id (CptCreditNote *self);
void cpt_credit_note_set_customer_id (CptCreditNote *self, gint64 customer_id);
const char *cpt_credit_note_get_customer_name (CptCreditNote *self);
void cpt_credit_note_set_customer_name (CptCreditNote *self, const char *customer_name);
const char *cpt_credit_note_get_customer_email (CptCreditNote *self);
void cpt_credit_note_set_customer_email (CptCreditNote *self, const char *customer_email);
const char *cpt_credit_note_get_customer_siren (CptCreditNote *self);
void cpt_credit_note_set_customer_siren (CptCreditNote *self, const char *customer_siren);
const char *cpt_credit_note_get_customer_vat_number (CptCreditNote *self);
void cpt_credit_note_set_customer_vat_number (CptCreditNote *self, const char *customer_vat_number);
const char *cpt_credit_note_get_date (CptCreditNote *self);
void cpt_credit_note_set_date (CptCreditNote *self, const char *date);
const char *cpt_credit_note_get_reason (CptCreditNote *self);
void cpt_credit_note_set_reason (CptCreditNote *self, const char *reason);
const char *cpt_credit_note_get_issued_at (CptCreditNote *self);
void cpt_credit_note_set_issued_at (CptCreditNote *self, const char *issued_at);
const CptAddress *cpt_credit_note_get_billing_address (CptCreditNote *self);
void cpt_credit_note_set_billing_address (CptCreditNote *self, const CptAddress *billing_address);
CptSeller *cpt_credit_note_get_seller (CptCreditNote *self);
void cpt_credit_note_set_seller (CptCreditNote *self, CptSeller *seller);
gint64 cpt_credit_note_get_shipping_charge (CptCreditNote *self);
void cpt_credit_note_set_shipping_charge (CptCreditNote *self, gint64 shipping_charge);
gint64 cpt_credit_note_get_shipping_tax_id (CptCreditNote *self);
void cpt_credit_note_set_shipping_tax_id (CptCreditNote *self, gint64 shipping_tax_id);
int cpt_credit_note_get_shipping_tax_rate (CptCreditNote *self);
void cpt_credit_note_set_shipping_tax_rate (CptCreditNote *self, int shipping_tax_rate);
const char *cpt_credit_note_get_shipping_tax_name (CptCreditNote *self);
void cpt_credit_note_set_shipping_tax_name (CptCreditNote *self, const char *shipping_tax_name);
gint64 cpt_credit_note_get_adjustment (CptCreditNote *self);
void cpt_credit_note_set_adjustment (CptCreditNote *self, gint64 adjustment);
const char *cpt_credit_note_get_adjustment_description (CptCreditNote *self);
void cpt_credit_note_set_adjustment_description (CptCreditNote *self, const char *adjustment_description);
const char *cpt_credit_note_get_notes (CptCreditNote *self);
void cpt_credit_note_set_notes (CptCreditNote *self, const char *notes);
gint64 cpt_credit_note_get_sub_total (CptCreditNote *self);
void cpt_credit_note_set_sub_total (CptCreditNote *self, gint64 sub_total);
gint64 cpt_credit_note_get_discount_total (CptCreditNote *self);
void cpt_credit_note_set_discount_total (CptCreditNote *self, gint64 discount_total);
gint64 cpt_credit_note_get_tax_total (CptCreditNote *self);
void cpt_credit_note_set_tax_total (CptCreditNote *self, gint64 tax_total);
gint64 cpt_credit_note_get_total (CptCreditNote *self);
void cpt_credit_note_set_total (CptCreditNote *self, gint64 total);
/* (element-type CptInvoiceLine) */
GListModel *cpt_credit_note_get_lines (CptCreditNote *self);
void cpt_credit_note_add_line (CptCreditNote *self, CptInvoiceLine *line);
/* (element-type CptDocumentTax) */
GListModel *cpt_credit_note_get_taxes (CptCreditNote *self);
void cpt_credit_note_add_taxe (CptCreditNote *self, CptDocumentTax *taxe);

G_END_DECLS
