/* cpt-invoice-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-database.h"
#include "cpt-invoice.h"
#include "cpt-line-quantity.h"

G_BEGIN_DECLS

/* Invoices. Each function is one BEGIN IMMEDIATE transaction; a refusal
 * (CPT_ERROR with a sentence naming the invoice, the order or the line)
 * leaves the database unchanged.
 *
 * A draft has no number and may be edited or deleted. Issuing numbers it
 * from the invoice series in the same transaction (unique, chronological,
 * without gap), freezes a snapshot of the seller, the customer, the lines,
 * the tax rates and the totals, and adds its quantities to the order's
 * « invoiced ». From then on the database refuses any change but its
 * status (sent, paid, credited).
 *
 * Order-level amounts on partial invoices: a percentage discount applies
 * as such to every invoice; an amount discount is spread in proportion to
 * the invoiced part of the order's subtotal, and the invoice that completes
 * the order takes what is left, so the invoices add up to the order. The
 * shipping charge and the adjustment go on the first invoice (again on the
 * next one if that invoice is cancelled by a credit note). */

typedef struct
{
  const char             *date;     /* YYYY-MM-DD; NULL: today (or unchanged for a draft) */
  const CptLineQuantity  *lines;    /* NULL: everything that remains to invoice */
  guint                   n_lines;
} CptInvoiceRequest;

typedef enum
{
  CPT_INVOICE_SORT_DATE,
  CPT_INVOICE_SORT_NUMBER,
  CPT_INVOICE_SORT_CUSTOMER,
  CPT_INVOICE_SORT_DUE_DATE,
  CPT_INVOICE_SORT_TOTAL,
} CptInvoiceSort;

/* What the invoices list shows. CPT_INVOICE_QUERY_INIT = every invoice,
 * newest first. */
typedef struct
{
  CptInvoiceSort  sort;
  gboolean        descending;
  int             status;       /* a CptInvoiceStatus, or -1 for all */
  gint64          customer_id;  /* 0 for all */
  gint64          order_id;     /* 0 for all */
  const char     *search;       /* number, order number, customer; NULL or "" for all */
} CptInvoiceQuery;

#define CPT_INVOICE_QUERY_INIT { CPT_INVOICE_SORT_DATE, TRUE, -1, 0, 0, NULL }

/* A draft from a confirmed order; returns its id, 0 on error. */
gint64      cpt_invoice_service_create_draft  (CptDatabase              *db,
                                               gint64                    order_id,
                                               const CptInvoiceRequest  *request,
                                               GError                  **error);
/* Creates and issues at once (« Émettre » from the invoice form). */
gint64      cpt_invoice_service_create_issued (CptDatabase              *db,
                                               gint64                    order_id,
                                               const CptInvoiceRequest  *request,
                                               GError                  **error);
/* Replaces a draft's date and quantities. */
gboolean    cpt_invoice_service_update_draft  (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               const CptInvoiceRequest  *request,
                                               GError                  **error);
gboolean    cpt_invoice_service_delete_draft  (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               GError                  **error);
gboolean    cpt_invoice_service_issue         (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               GError                  **error);
/* Records « envoyée à x@y.fr » on the invoice and its order; an issued
 * invoice becomes sent. */
gboolean    cpt_invoice_service_mark_sent     (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               const char               *recipient,
                                               GError                  **error);
/* @date: YYYY-MM-DD of the payment; NULL: today. */
gboolean    cpt_invoice_service_mark_paid     (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               const char               *date,
                                               GError                  **error);

/* The customer's confirmed (or closed) orders with something left to
 * invoice, oldest first: their ids and numbers (« Nouvelle transaction »
 * → « Facture » on a customer's page). */
gboolean    cpt_invoice_service_list_invoiceable_orders (CptDatabase   *db,
                                                        gint64         customer_id,
                                                        GArray       **order_ids,
                                                        GPtrArray    **numbers,
                                                        GError       **error);

CptInvoice *cpt_invoice_service_get           (CptDatabase              *db,
                                               gint64                    invoice_id,
                                               GError                  **error);
/* The lazy list (see cpt-lazy-list.h) and keyset paging for the API. Rows
 * come without their lines. */
gboolean    cpt_invoice_service_first_page    (CptDatabase              *db,
                                               const CptInvoiceQuery    *query,
                                               guint                     limit,
                                               GPtrArray               **invoices,
                                               GError                  **error);
gboolean    cpt_invoice_service_next_page     (CptDatabase              *db,
                                               const CptInvoiceQuery    *query,
                                               CptInvoice               *after,
                                               guint                     limit,
                                               GPtrArray               **invoices,
                                               GError                  **error);
gboolean    cpt_invoice_service_list_ids      (CptDatabase              *db,
                                               const CptInvoiceQuery    *query,
                                               GArray                  **ids,
                                               GError                  **error);
gboolean    cpt_invoice_service_get_rows      (CptDatabase              *db,
                                               const gint64             *ids,
                                               guint                     n_ids,
                                               GPtrArray               **invoices,
                                               GError                  **error);

G_END_DECLS
