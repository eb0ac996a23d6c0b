/* cpt-invoice-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-date-entry.h"
#include "cpt-line-quantity-grid.h"

G_BEGIN_DECLS

#define CPT_TYPE_INVOICE_DIALOG (cpt_invoice_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptInvoiceDialog, cpt_invoice_dialog, CPT, INVOICE_DIALOG, AdwWindow)

/* « Convertir en facture »: per line ordered / already invoiced / to
 * invoice now, then « Enregistrer comme brouillon », « Émettre » or
 * « Émettre et envoyer » (which then activates `invoice.send` with the
 * invoice id on the parent window, when the e-mail part provides it).
 * Emits `saved` (invoice id) before closing. NULL with @error when the order
 * cannot be invoiced. */
CptInvoiceDialog    *cpt_invoice_dialog_new           (GtkWindow         *parent,
                                                       CptDatabase       *db,
                                                       gint64             order_id,
                                                       GError           **error);
/* The same dialog on a draft: its date and quantities, saved back into it
 * (« Enregistrer comme brouillon ») or saved and issued. */
CptInvoiceDialog    *cpt_invoice_dialog_new_for_draft (GtkWindow        *parent,
                                                       CptDatabase      *db,
                                                       gint64            invoice_id,
                                                       GError          **error);
CptLineQuantityGrid *cpt_invoice_dialog_get_grid      (CptInvoiceDialog  *self);
CptDateEntry        *cpt_invoice_dialog_get_date_entry (CptInvoiceDialog *self);
const char          *cpt_invoice_dialog_get_error     (CptInvoiceDialog  *self);

G_END_DECLS
