/* cpt-invoices-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_INVOICES_PAGE (cpt_invoices_page_get_type ())

G_DECLARE_FINAL_TYPE (CptInvoicesPage, cpt_invoices_page, CPT, INVOICES_PAGE, GtkWidget)

/* The Invoices page of the window (a CptPage): the lazy list (number, date,
 * customer, due date, total, status) filtered by status and searched from
 * the header bar, and the invoice view. */
void         cpt_invoices_page_show_invoice (CptInvoicesPage *self,
                                             gint64           invoice_id);
CptLazyList *cpt_invoices_page_get_list     (CptInvoicesPage *self);
GtkWidget   *cpt_invoices_page_get_view     (CptInvoicesPage *self);
GtkColumnView *cpt_invoices_page_get_column_view (CptInvoicesPage *self);

G_END_DECLS
