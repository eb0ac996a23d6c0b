/* cpt-shipment-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-date-entry.h"
#include "cpt-line-quantity-grid.h"

G_BEGIN_DECLS

#define CPT_TYPE_SHIPMENT_DIALOG (cpt_shipment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptShipmentDialog, cpt_shipment_dialog, CPT, SHIPMENT_DIALOG, AdwWindow)

/* « Créer une expédition »: quantities per line (what remains by default,
 * never more), warehouse, date, carrier and tracking number. Emits `saved`
 * (shipment id) before closing. NULL with @error when the order cannot be
 * shipped. */
CptShipmentDialog   *cpt_shipment_dialog_new            (GtkWindow          *parent,
                                                         CptDatabase        *db,
                                                         gint64              order_id,
                                                         GError            **error);
CptLineQuantityGrid *cpt_shipment_dialog_get_grid       (CptShipmentDialog  *self);
const char          *cpt_shipment_dialog_get_error      (CptShipmentDialog  *self);
/* The carrier and tracking number entries, for tests. */
GtkEditable         *cpt_shipment_dialog_get_carrier    (CptShipmentDialog  *self);
GtkEditable         *cpt_shipment_dialog_get_tracking   (CptShipmentDialog  *self);

G_END_DECLS
