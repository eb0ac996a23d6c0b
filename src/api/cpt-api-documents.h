/* cpt-api-documents.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-request.h"
#include "cpt-document-tax.h"
#include "cpt-line-quantity.h"

G_BEGIN_DECLS

/* "line_items": [{line_id, quantity}] of a shipment or an invoice body.
 * Returns NULL when the member is absent (the service then takes what
 * remains), an empty array when it is [] ; wrong types become details. */
GArray *cpt_api_read_line_quantities (CptApiInput *input);

/* The lines and totals block shared by invoices and credit notes:
 * line_items (with line_id = the order's line), sub_total,
 * discount_total, shipping_charge, taxes, tax_total, adjustment, total. */
void    cpt_api_add_invoice_lines    (JsonBuilder *builder,
                                      GListModel  *lines);
void    cpt_api_add_tax_rows         (JsonBuilder *builder,
                                      GListModel  *taxes);
/* One {tax_id, name, rate, base, amount} row of a VAT summary. */
void    cpt_api_tax_row_to_json      (JsonBuilder    *builder,
                                      CptDocumentTax *tax);

G_END_DECLS
