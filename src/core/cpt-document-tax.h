/* cpt-document-tax.h
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

/* One row of the VAT summary of an invoice or a credit note.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_DOCUMENT_TAX (cpt_document_tax_get_type ())

G_DECLARE_FINAL_TYPE (CptDocumentTax, cpt_document_tax, CPT, DOCUMENT_TAX, GObject)

CptDocumentTax *cpt_document_tax_new (void);
gint64 cpt_document_tax_get_tax_id (CptDocumentTax *self);
void cpt_document_tax_set_tax_id (CptDocumentTax *self, gint64 tax_id);
const char *cpt_document_tax_get_name (CptDocumentTax *self);
void cpt_document_tax_set_name (CptDocumentTax *self, const char *name);
int cpt_document_tax_get_rate (CptDocumentTax *self);
void cpt_document_tax_set_rate (CptDocumentTax *self, int rate);
const char *cpt_document_tax_get_category (CptDocumentTax *self);
void cpt_document_tax_set_category (CptDocumentTax *self, const char *category);
const char *cpt_document_tax_get_legal_mention (CptDocumentTax *self);
void cpt_document_tax_set_legal_mention (CptDocumentTax *self, const char *legal_mention);
gint64 cpt_document_tax_get_base (CptDocumentTax *self);
void cpt_document_tax_set_base (CptDocumentTax *self, gint64 base);
gint64 cpt_document_tax_get_amount (CptDocumentTax *self);
void cpt_document_tax_set_amount (CptDocumentTax *self, gint64 amount);

G_END_DECLS
