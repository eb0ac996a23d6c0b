/* cpt-item-form.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_ITEM_FORM (cpt_item_form_get_type ())

G_DECLARE_FINAL_TYPE (CptItemForm, cpt_item_form, CPT, ITEM_FORM, AdwWindow)

/* A new item when @item_id is 0. Emits "saved" with the id. */
CptItemForm *cpt_item_form_new (GtkWindow   *parent,
                                CptDatabase *db,
                                gint64       item_id);

G_END_DECLS
