/* cpt-document-builder.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-credit-note.h"
#include "cpt-database.h"
#include "cpt-document.h"
#include "cpt-invoice.h"
#include "cpt-order.h"
#include "cpt-seller.h"
#include "cpt-shipment.h"

G_BEGIN_DECLS

/* The document of a business object, from the snapshots that object keeps
 * (addresses, descriptions, tax rates and mentions, and for invoices and
 * credit notes the seller as it was when issued). Orders and shipments
 * keep no seller: the caller passes the company's current one. An
 * order's VAT rows (CptDocumentTax, as the order service saved them) are
 * passed too; without them they are computed from the lines. */

CptDocument *cpt_document_build_order       (CptOrder       *order,
                                             CptSeller      *seller,
                                             GPtrArray      *taxes);
CptDocument *cpt_document_build_invoice     (CptInvoice     *invoice);
CptDocument *cpt_document_build_credit_note (CptCreditNote  *credit_note,
                                             CptInvoice     *cancelled);
CptDocument *cpt_document_build_shipment    (CptShipment    *shipment,
                                             CptOrder       *order,
                                             CptSeller      *seller);

/* The same from the database: the object through its service, with the
 * company, the customer's identifiers, the names and mentions it refers
 * to by id, and the logo. */
CptDocument *cpt_document_load_order        (CptDatabase    *db,
                                             gint64          order_id,
                                             GError        **error);
CptDocument *cpt_document_load_invoice      (CptDatabase    *db,
                                             gint64          invoice_id,
                                             GError        **error);
CptDocument *cpt_document_load_credit_note  (CptDatabase    *db,
                                             gint64          credit_note_id,
                                             GError        **error);
CptDocument *cpt_document_load_shipment     (CptDatabase    *db,
                                             gint64          shipment_id,
                                             GError        **error);

G_END_DECLS
