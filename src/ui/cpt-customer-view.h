/* cpt-customer-view.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-database.h"
#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_CUSTOMER_VIEW (cpt_customer_view_get_type ())

G_DECLARE_FINAL_TYPE (CptCustomerView, cpt_customer_view, CPT, CUSTOMER_VIEW, GtkWidget)

/* A customer's page: details, the amounts still to invoice and unpaid,
 * its orders, and « Nouvelle transaction ». Actions are `customer.*`,
 * installed on this class. */

void          cpt_customer_view_set_customer    (CptCustomerView *self,
                                                 CptDatabase     *db,
                                                 gint64           customer_id);
gint64        cpt_customer_view_get_customer_id (CptCustomerView *self);
void          cpt_customer_view_reload          (CptCustomerView *self);
CptLazyList  *cpt_customer_view_get_orders      (CptCustomerView *self);
CptLazyList  *cpt_customer_view_get_invoices    (CptCustomerView *self);

G_END_DECLS
