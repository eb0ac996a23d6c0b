/* cpt-bulk-items-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_BULK_ITEMS_DIALOG (cpt_bulk_items_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptBulkItemsDialog, cpt_bulk_items_dialog, CPT, BULK_ITEMS_DIALOG, AdwWindow)

/* « Ajouter des articles en vrac »: search, tick several items, set their
 * quantities; "items-chosen" hands over two GArrays (gint64 item ids and
 * gint64 quantities in thousandths) in the order they were ticked. */
CptBulkItemsDialog *cpt_bulk_items_dialog_new        (GtkWindow          *parent,
                                                      CptDatabase        *db,
                                                      gint64              warehouse_id);
GtkEditable        *cpt_bulk_items_dialog_get_search (CptBulkItemsDialog *self);
GtkWidget          *cpt_bulk_items_dialog_get_row    (CptBulkItemsDialog *self,
                                                      guint               position);
GtkCheckButton     *cpt_bulk_items_row_get_check     (GtkWidget          *row);
GtkEditable        *cpt_bulk_items_row_get_quantity  (GtkWidget          *row);

G_END_DECLS
