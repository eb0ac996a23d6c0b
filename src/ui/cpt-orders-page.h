/* cpt-orders-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_ORDERS_PAGE (cpt_orders_page_get_type ())

G_DECLARE_FINAL_TYPE (CptOrdersPage, cpt_orders_page, CPT, ORDERS_PAGE, GtkWidget)

CptLazyList  *cpt_orders_page_new_list       (CptDatabase   *db);
void          cpt_orders_page_show_order     (CptOrdersPage *self,
                                              gint64         order_id);
void          cpt_orders_page_search         (CptOrdersPage *self,
                                              const char    *text);
void          cpt_orders_page_set_status     (CptOrdersPage *self,
                                              int            status);
CptLazyList  *cpt_orders_page_get_list       (CptOrdersPage *self);
GtkColumnView *cpt_orders_page_get_column_view (CptOrdersPage *self);
GtkWidget    *cpt_orders_page_get_order_view (CptOrdersPage *self);
gboolean      cpt_orders_page_is_showing_order (CptOrdersPage *self);

G_END_DECLS
