/* cpt-invoice-line.h
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

/* One line of an invoice or of a credit note, as printed.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_INVOICE_LINE (cpt_invoice_line_get_type ())

G_DECLARE_FINAL_TYPE (CptInvoiceLine, cpt_invoice_line, CPT, INVOICE_LINE, GObject)

CptInvoiceLine *cpt_invoice_line_new (void);
gint64 cpt_invoice_line_get_id (CptInvoiceLine *self);
void cpt_invoice_line_set_id (CptInvoiceLine *self, gint64 id);
gint64 cpt_invoice_line_get_order_line_id (CptInvoiceLine *self);
void cpt_invoice_line_set_order_line_id (CptInvoiceLine *self, gint64 order_line_id);
gint64 cpt_invoice_line_get_invoice_line_id (CptInvoiceLine *self);
void cpt_invoice_line_set_invoice_line_id (CptInvoiceLine *self, gint64 invoice_line_id);
gint64 cpt_invoice_line_get_item_id (CptInvoiceLine *self);
void cpt_invoice_line_set_item_id (CptInvoiceLine *self, gint64 item_id);
const char *cpt_invoice_line_get_sku (CptInvoiceLine *self);
void cpt_invoice_line_set_sku (CptInvoiceLine *self, const char *sku);
const char *cpt_invoice_line_get_description (CptInvoiceLine *self);
void cpt_invoice_line_set_description (CptInvoiceLine *self, const char *description);
gint64 cpt_invoice_line_get_quantity (CptInvoiceLine *self);
void cpt_invoice_line_set_quantity (CptInvoiceLine *self, gint64 quantity);
const char *cpt_invoice_line_get_unit (CptInvoiceLine *self);
void cpt_invoice_line_set_unit (CptInvoiceLine *self, const char *unit);
gint64 cpt_invoice_line_get_rate (CptInvoiceLine *self);
void cpt_invoice_line_set_rate (CptInvoiceLine *self, gint64 rate);
int cpt_invoice_line_get_discount (CptInvoiceLine *self);
void cpt_invoice_line_set_discount (CptInvoiceLine *self, int discount);
gint64 cpt_invoice_line_get_tax_id (CptInvoiceLine *self);
void cpt_invoice_line_set_tax_id (CptInvoiceLine *self, gint64 tax_id);
int cpt_invoice_line_get_tax_rate (CptInvoiceLine *self);
void cpt_invoice_line_set_tax_rate (CptInvoiceLine *self, int tax_rate);
const char *cpt_invoice_line_get_tax_name (CptInvoiceLine *self);
void cpt_invoice_line_set_tax_name (CptInvoiceLine *self, const char *tax_name);
gint64 cpt_invoice_line_get_amount (CptInvoiceLine *self);
void cpt_invoice_line_set_amount (CptInvoiceLine *self, gint64 amount);

G_END_DECLS
