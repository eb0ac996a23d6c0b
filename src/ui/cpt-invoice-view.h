/* cpt-invoice-view.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-invoice.h"

G_BEGIN_DECLS

#define CPT_TYPE_INVOICE_VIEW (cpt_invoice_view_get_type ())

G_DECLARE_FINAL_TYPE (CptInvoiceView, cpt_invoice_view, CPT, INVOICE_VIEW, GtkWidget)

/* One invoice, read-only, with its actions: issue or delete a draft,
 * « Marquer comme payée » (with the date), « Créer un avoir ». Emits
 * `closed` for the way back to the list and `changed` after an action. */
GtkWidget  *cpt_invoice_view_new         (void);
void        cpt_invoice_view_set_invoice (CptInvoiceView *self,
                                          CptDatabase    *db,
                                          gint64          invoice_id);
CptInvoice *cpt_invoice_view_get_invoice (CptInvoiceView *self);
/* The actions' work without their confirmation dialogs (tests, scripts). */
gboolean    cpt_invoice_view_mark_paid   (CptInvoiceView *self,
                                          const char     *date,
                                          GError        **error);
gboolean    cpt_invoice_view_credit      (CptInvoiceView *self,
                                          const char     *reason,
                                          GError        **error);

G_END_DECLS
