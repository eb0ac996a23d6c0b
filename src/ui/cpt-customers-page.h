/* cpt-customers-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-customer-view.h"
#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_CUSTOMERS_PAGE (cpt_customers_page_get_type ())

G_DECLARE_FINAL_TYPE (CptCustomersPage, cpt_customers_page, CPT, CUSTOMERS_PAGE, GtkWidget)

void             cpt_customers_page_show_customer     (CptCustomersPage *self,
                                                       gint64            customer_id);
CptLazyList     *cpt_customers_page_get_list          (CptCustomersPage *self);
CptCustomerView *cpt_customers_page_get_customer_view (CptCustomersPage *self);

G_END_DECLS
