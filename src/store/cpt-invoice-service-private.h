/* cpt-invoice-service-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cpt-invoice-service.h"

G_BEGIN_DECLS

/* Shared by the invoice and credit-note files; inside the caller's
 * transaction. */

/* Status, number and order of an invoice; NOT_FOUND names the id. */
gboolean cpt_invoice_service_lookup (CptDatabase       *db,
                                     gint64             invoice_id,
                                     CptInvoiceStatus  *status,
                                     char             **number,
                                     gint64            *order_id,
                                     GError           **error);

/* Runs a statement that returns no row; sets @error from the database. */
gboolean cpt_invoice_sql_run        (CptDatabase       *db,
                                     sqlite3_stmt      *stmt,
                                     GError           **error);

/* Computes a draft's amounts from its lines and the order's amounts and
 * stores them: line amounts, VAT summary and totals. */
gboolean cpt_invoice_compute_totals (CptDatabase       *db,
                                     gint64             invoice_id,
                                     gint64             order_id,
                                     GError           **error);

G_END_DECLS
