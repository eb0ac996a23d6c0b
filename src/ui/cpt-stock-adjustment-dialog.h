/* cpt-stock-adjustment-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_STOCK_ADJUSTMENT_DIALOG (cpt_stock_adjustment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptStockAdjustmentDialog, cpt_stock_adjustment_dialog, CPT, STOCK_ADJUSTMENT_DIALOG, AdwWindow)

/* A manual stock movement of one item: a signed quantity, or the quantity
 * counted in the warehouse, with its reason. Emits "saved". */
CptStockAdjustmentDialog *cpt_stock_adjustment_dialog_new (GtkWindow   *parent,
                                                           CptDatabase *db,
                                                           gint64       item_id);

G_END_DECLS
