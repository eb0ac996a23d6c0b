/* cpt-shipment-view.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-shipment.h"

G_BEGIN_DECLS

#define CPT_TYPE_SHIPMENT_VIEW (cpt_shipment_view_get_type ())

G_DECLARE_FINAL_TYPE (CptShipmentView, cpt_shipment_view, CPT, SHIPMENT_VIEW, GtkWidget)

/* One shipment with « Marquer comme livrée » and, while not delivered,
 * « Supprimer » (the stock comes back). Emits `closed` and `changed`. */
void         cpt_shipment_view_set_shipment (CptShipmentView *self,
                                             CptDatabase     *db,
                                             gint64           shipment_id);
CptShipment *cpt_shipment_view_get_shipment (CptShipmentView *self);

G_END_DECLS
