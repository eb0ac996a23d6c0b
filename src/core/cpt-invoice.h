/* cpt-invoice.h
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

/* An invoice (« facture »): a draft without number, then issued and immutable.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_INVOICE (cpt_invoice_get_type ())

G_DECLARE_FINAL_TYPE (CptInvoice, cpt_invoice, CPT, INVOICE, GObject)

CptInvoice *cpt_invoice_new (void);
gint64 cpt_invoice_get_id (CptInvoice *self);
void cpt_invoice_set_id (CptInvoice *self, gint64 id);
const char *cpt_invoice_get_number (CptInvoice *self);
void cpt_invoice_set_number (CptInvoice *self, const char *number);
CptInvoiceStatus cpt_invoice_get_status (CptInvoice *self);
void cpt_invoice_set_status (CptInvoice *self, CptInvoiceStatus status);
gint64 cpt_invoice_get_order_id (CptInvoice *self);
void cpt_invoice_set_order_id (CptInvoice *self, gint64 order_id);
const char *cpt_invoice_get_order_number (CptInvoice *self);
void cpt_invoice_set_order_number (CptInvoice *self, const char *order_number);
gint64 cpt_invoice_get_customer_id (CptInvoice *self);
void cpt_invoice_set_customer_id (CptInvoice *self, gint64 customer_id);
const char *cpt_invoice_get_customer_name (CptInvoice *self);
void cpt_invoice_set_customer_name (CptInvoice *self, const char *customer_name);
const char *cpt_invoice_get_customer_email (CptInvoice *self);
void cpt_invoice_set_customer_email (CptInvoice *self, const char *customer_email);
const char *cpt_invoice_get_customer_siren (CptInvoice *self);
void cpt_invoice_set_customer_siren (CptInvoice *self, const char *customer_siren);
const char *cpt_invoice_get_customer_vat_number (CptInvoice *self);
void cpt_invoice_set_customer_vat_number (CptInvoice *self, const char *customer_vat_number);
const char *cpt_invoice_get_reference (CptInvoice *self);
void cpt_invoice_set_reference (CptInvoice *self, const char *reference);
const char *cpt_invoice_get_date (CptInvoice *self);
void cpt_invoice_set_date (CptInvoice *self, const char *date);
const char *cpt_invoice_get_due_date (CptInvoice *self);
void cpt_invoice_set_due_date (CptInvoice *self, const char *due_date);
const char *cpt_invoice_get_delivery_date (CptInvoice *self);
void cpt_invoice_set_delivery_date (CptInvoice *self, const char *delivery_date);
const char *cpt_invoice_get_payment_terms_name (CptInvoice *self);
void cpt_invoice_set_payment_terms_name (CptInvoice *self, const char *payment_terms_name);
const char *cpt_invoice_get_issued_at (CptInvoice *self);
void cpt_invoice_set_issued_at (CptInvoice *self, const char *issued_at);
const char *cpt_invoice_get_paid_date (CptInvoice *self);
void cpt_invoice_set_paid_date (CptInvoice *self, const char *paid_date);
gint64 cpt_invoice_get_credit_note_id (CptInvoice *self);
void cpt_invoice_set_credit_note_id (CptInvoice *self, gint64 credit_note_id);
const char *cpt_invoice_get_credit_note_number (CptInvoice *self);
void cpt_invoice_set_credit_note_number (CptInvoice *self, const char *credit_note_number);
const CptAddress *cpt_invoice_get_billing_address (CptInvoice *self);
void cpt_invoice_set_billing_address (CptInvoice *self, const CptAddress *billing_address);
const CptAddress *cpt_invoice_get_shipping_address (CptInvoice *self);
void cpt_invoice_set_shipping_address (CptInvoice *self, const CptAddress *shipping_address);
CptSeller *cpt_invoice_get_seller (CptInvoice *self);
void cpt_invoice_set_seller (CptInvoice *self, CptSeller *seller);
int cpt_invoice_get_discount_kind (CptInvoice *self);
void cpt_invoice_set_discount_kind (CptInvoice *self, int discount_kind);
gint64 cpt_invoice_get_discount_value (CptInvoice *self);
void cpt_invoice_set_discount_value (CptInvoice *self, gint64 discount_value);
gint64 cpt_invoice_get_shipping_charge (CptInvoice *self);
void cpt_invoice_set_shipping_charge (CptInvoice *self, gint64 shipping_charge);
gint64 cpt_invoice_get_shipping_tax_id (CptInvoice *self);
void cpt_invoice_set_shipping_tax_id (CptInvoice *self, gint64 shipping_tax_id);
int cpt_invoice_get_shipping_tax_rate (CptInvoice *self);
void cpt_invoice_set_shipping_tax_rate (CptInvoice *self, int shipping_tax_rate);
const char *cpt_invoice_get_shipping_tax_name (CptInvoice *self);
void cpt_invoice_set_shipping_tax_name (CptInvoice *self, const char *shipping_tax_name);
gint64 cpt_invoice_get_adjustment (CptInvoice *self);
void cpt_invoice_set_adjustment (CptInvoice *self, gint64 adjustment);
const char *cpt_invoice_get_adjustment_description (CptInvoice *self);
void cpt_invoice_set_adjustment_description (CptInvoice *self, const char *adjustment_description);
const char *cpt_invoice_get_notes (CptInvoice *self);
void cpt_invoice_set_notes (CptInvoice *self, const char *notes);
const char *cpt_invoice_get_terms (CptInvoice *self);
void cpt_invoice_set_terms (CptInvoice *self, const char *terms);
gint64 cpt_invoice_get_sub_total (CptInvoice *self);
void cpt_invoice_set_sub_total (CptInvoice *self, gint64 sub_total);
gint64 cpt_invoice_get_discount_total (CptInvoice *self);
void cpt_invoice_set_discount_total (CptInvoice *self, gint64 discount_total);
gint64 cpt_invoice_get_tax_total (CptInvoice *self);
void cpt_invoice_set_tax_total (CptInvoice *self, gint64 tax_total);
gint64 cpt_invoice_get_total (CptInvoice *self);
void cpt_invoice_set_total (CptInvoice *self, gint64 total);
/* (element-type CptInvoiceLine) */
GListModel *cpt_invoice_get_lines (CptInvoice *self);
void cpt_invoice_add_line (CptInvoice *self, CptInvoiceLine *line);
/* (element-type CptDocumentTax) */
GListModel *cpt_invoice_get_taxes (CptInvoice *self);
void cpt_invoice_add_taxe (CptInvoice *self, CptDocumentTax *taxe);

G_END_DECLS
