/* cpt-customer-invoice.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « Nouvelle transaction » → « Facture » on a customer's page. Invoices are
 * made from orders: with one order left to invoice the invoice dialog
 * opens on it; with several, a question asks which one first; with none,
 * a message says so. @on_saved (may be NULL) is connected swapped to
 * @source on the dialog's `saved`. */
void cpt_customer_invoice_start (GtkWidget   *source,
                                 CptDatabase *db,
                                 gint64       customer_id,
                                 GCallback    on_saved);

G_END_DECLS
