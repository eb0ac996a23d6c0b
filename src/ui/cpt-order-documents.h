/* cpt-order-documents.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDER_DOCUMENTS (cpt_order_documents_get_type ())

G_DECLARE_FINAL_TYPE (CptOrderDocuments, cpt_order_documents, CPT, ORDER_DOCUMENTS, GtkWidget)

/* The shipments, invoices and credit notes of one order, each row opening
 * it (win.open-shipment, win.open-invoice; a credit note opens the invoice
 * it cancels). Hidden while the order has none. */
GtkWidget *cpt_order_documents_new       (void);
void       cpt_order_documents_set_order (CptOrderDocuments *self,
                                          CptDatabase       *db,
                                          gint64             order_id);
guint      cpt_order_documents_get_count (CptOrderDocuments *self);

G_END_DECLS
