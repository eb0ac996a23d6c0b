/* cpt-shipments-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_SHIPMENTS_PAGE (cpt_shipments_page_get_type ())

G_DECLARE_FINAL_TYPE (CptShipmentsPage, cpt_shipments_page, CPT, SHIPMENTS_PAGE, GtkWidget)

/* The Shipments page of the window (a CptPage): the lazy list (number, date,
 * order, customer, carrier, tracking number, status) searched from
 * the header bar, and the shipment view. */
void         cpt_shipments_page_show_shipment (CptShipmentsPage *self,
                                             gint64           shipment_id);
CptLazyList *cpt_shipments_page_get_list     (CptShipmentsPage *self);
GtkWidget   *cpt_shipments_page_get_view     (CptShipmentsPage *self);

G_END_DECLS
