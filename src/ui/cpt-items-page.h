/* cpt-items-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-item-view.h"
#include "cpt-lazy-list.h"

G_BEGIN_DECLS

#define CPT_TYPE_ITEMS_PAGE (cpt_items_page_get_type ())

G_DECLARE_FINAL_TYPE (CptItemsPage, cpt_items_page, CPT, ITEMS_PAGE, GtkWidget)

void           cpt_items_page_show_item       (CptItemsPage *self,
                                               gint64        item_id);
void           cpt_items_page_set_to_reorder  (CptItemsPage *self,
                                               gboolean      to_reorder);
void           cpt_items_page_search          (CptItemsPage *self,
                                               const char   *text);
CptLazyList   *cpt_items_page_get_list        (CptItemsPage *self);
GtkColumnView *cpt_items_page_get_column_view (CptItemsPage *self);
CptItemView   *cpt_items_page_get_item_view   (CptItemsPage *self);

G_END_DECLS
