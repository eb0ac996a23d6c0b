/* cpt-item-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"
#include "cpt-item.h"

G_BEGIN_DECLS

/* Which items a list shows. */
typedef struct
{
  char     *search;           /* words of the name or SKU; NULL for all */
  gint64    warehouse_id;     /* stock figures of this warehouse; 0: all warehouses */
  gboolean  to_reorder;       /* only stocked items whose available < reorder level */
  gboolean  include_inactive;
} CptItemQuery;

CptItemQuery *cpt_item_query_new  (void);
CptItemQuery *cpt_item_query_copy (const CptItemQuery *self);
void          cpt_item_query_free (CptItemQuery       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptItemQuery, cpt_item_query_free)

/* Stock of one item in one warehouse, in thousandths. */
typedef struct
{
  gint64  warehouse_id;
  char   *warehouse_name;
  gint64  on_hand;
  gint64  committed;
  gint64  available;
} CptStockLevel;

gboolean   cpt_item_service_create       (CptDatabase         *db,
                                          CptItem             *item,
                                          GError             **error);
gboolean   cpt_item_service_update       (CptDatabase         *db,
                                          CptItem             *item,
                                          GError             **error);
gboolean   cpt_item_service_delete       (CptDatabase         *db,
                                          gint64               id,
                                          GError             **error);
CptItem   *cpt_item_service_get          (CptDatabase         *db,
                                          gint64               id,
                                          gint64               warehouse_id,
                                          GError             **error);
CptItem   *cpt_item_service_find_by_sku  (CptDatabase         *db,
                                          const char          *sku,
                                          GError             **error);

gboolean   cpt_item_service_first_page   (CptDatabase         *db,
                                          const CptItemQuery  *query,
                                          guint                limit,
                                          GPtrArray          **rows,
                                          GError             **error);
gboolean   cpt_item_service_list_ids     (CptDatabase         *db,
                                          const CptItemQuery  *query,
                                          GArray             **ids,
                                          GError             **error);
gboolean   cpt_item_service_get_rows     (CptDatabase         *db,
                                          const gint64        *ids,
                                          guint                n_ids,
                                          GPtrArray          **rows,
                                          GError             **error);
GPtrArray *cpt_item_service_list         (CptDatabase         *db,
                                          const CptItemQuery  *query,
                                          const char          *cursor,
                                          guint                limit,
                                          char               **next_cursor,
                                          GError             **error);

GArray    *cpt_item_service_get_stock    (CptDatabase         *db,
                                          gint64               item_id,
                                          GError             **error);
gboolean   cpt_item_service_adjust_stock (CptDatabase         *db,
                                          gint64               item_id,
                                          gint64               warehouse_id,
                                          gint64               quantity,
                                          const char          *reason,
                                          GError             **error);
gboolean   cpt_item_service_count_stock  (CptDatabase         *db,
                                          gint64               item_id,
                                          gint64               warehouse_id,
                                          gint64               counted,
                                          const char          *reason,
                                          GError             **error);

G_END_DECLS
