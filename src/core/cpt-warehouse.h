/* cpt-warehouse.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "cpt-address.h"

G_BEGIN_DECLS

#define CPT_TYPE_WAREHOUSE (cpt_warehouse_get_type ())

/* A warehouse: where stock is held and shipments leave from. A warehouse
 * that was used is deactivated, never deleted. */
G_DECLARE_FINAL_TYPE (CptWarehouse, cpt_warehouse, CPT, WAREHOUSE, GObject)

CptWarehouse     *cpt_warehouse_new            (void);
CptWarehouse     *cpt_warehouse_copy           (CptWarehouse     *self);
gint64            cpt_warehouse_get_id         (CptWarehouse     *self);
void              cpt_warehouse_set_id         (CptWarehouse     *self,
                                                gint64           id);
const char       *cpt_warehouse_get_name       (CptWarehouse     *self);
void              cpt_warehouse_set_name       (CptWarehouse     *self,
                                                const char       *name);
const CptAddress *cpt_warehouse_get_address    (CptWarehouse     *self);
void              cpt_warehouse_set_address    (CptWarehouse     *self,
                                                const CptAddress *address);
gboolean          cpt_warehouse_get_active     (CptWarehouse     *self);
void              cpt_warehouse_set_active     (CptWarehouse     *self,
                                                gboolean         active);
gboolean          cpt_warehouse_get_is_default (CptWarehouse     *self);
void              cpt_warehouse_set_is_default (CptWarehouse     *self,
                                                gboolean         is_default);

G_END_DECLS
