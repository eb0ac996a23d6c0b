/* cpt-item-view.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_ITEM_VIEW (cpt_item_view_get_type ())

G_DECLARE_FINAL_TYPE (CptItemView, cpt_item_view, CPT, ITEM_VIEW, GtkWidget)

/* An item's details and its stock in each warehouse. Actions are
 * `item.*`, installed on this class. */

void    cpt_item_view_set_item    (CptItemView *self,
                                   CptDatabase *db,
                                   gint64       item_id);
gint64  cpt_item_view_get_item_id (CptItemView *self);
void    cpt_item_view_reload      (CptItemView *self);

G_END_DECLS
