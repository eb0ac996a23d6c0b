/* cpt-warehouse-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"
#include "cpt-delivery-method.h"
#include "cpt-warehouse.h"

G_BEGIN_DECLS

/* Warehouses and delivery methods (Settings). Writes emit
 * CptDatabase::changed "warehouses" or "delivery_methods". A warehouse or
 * a method that was used is deactivated, never deleted. */

GPtrArray         *cpt_warehouse_service_list              (CptDatabase        *db,
                                                            gboolean            include_inactive,
                                                            GError            **error);
CptWarehouse      *cpt_warehouse_service_get               (CptDatabase        *db,
                                                            gint64              id,
                                                            GError            **error);
CptWarehouse      *cpt_warehouse_service_get_default       (CptDatabase        *db,
                                                            GError            **error);
gboolean           cpt_warehouse_service_create            (CptDatabase        *db,
                                                            CptWarehouse       *warehouse,
                                                            GError            **error);
gboolean           cpt_warehouse_service_update            (CptDatabase        *db,
                                                            CptWarehouse       *warehouse,
                                                            GError            **error);
gboolean           cpt_warehouse_service_delete            (CptDatabase        *db,
                                                            gint64              id,
                                                            GError            **error);

GPtrArray         *cpt_delivery_method_service_list        (CptDatabase        *db,
                                                            gboolean            include_inactive,
                                                            GError            **error);
CptDeliveryMethod *cpt_delivery_method_service_get         (CptDatabase        *db,
                                                            gint64              id,
                                                            GError            **error);
gboolean           cpt_delivery_method_service_create      (CptDatabase        *db,
                                                            CptDeliveryMethod  *method,
                                                            GError            **error);
gboolean           cpt_delivery_method_service_update      (CptDatabase        *db,
                                                            CptDeliveryMethod  *method,
                                                            GError            **error);
gboolean           cpt_delivery_method_service_delete      (CptDatabase        *db,
                                                            gint64              id,
                                                            GError            **error);

G_END_DECLS
