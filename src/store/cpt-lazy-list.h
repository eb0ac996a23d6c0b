/* cpt-lazy-list.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_LAZY_LIST (cpt_lazy_list_get_type ())

G_DECLARE_FINAL_TYPE (CptLazyList, cpt_lazy_list, CPT, LAZY_LIST, GObject)

/* How a lazy list reads one kind of row from a store service. A query is
 * the service's own struct (CptOrderQuery…), copied and freed by the list.
 * first_page and get_rows run on the main thread with the list's
 * connection; list_ids runs in a worker thread with a connection of its
 * own to the same file. */
typedef struct
{
  GType      item_type;
  gboolean (*first_page) (CptDatabase   *db,
                          gconstpointer  query,
                          guint          limit,
                          GPtrArray    **rows,
                          GError       **error);
  gboolean (*list_ids)   (CptDatabase   *db,
                          gconstpointer  query,
                          GArray       **ids,
                          GError       **error);
  gboolean (*get_rows)   (CptDatabase   *db,
                          const gint64  *ids,
                          guint          n_ids,
                          GPtrArray    **rows,
                          GError       **error);
  gint64   (*get_row_id) (gpointer       row);
  /* Optional: gives @row the values of @fresh. A new query then keeps the
   * row objects of the first page and only changes their values, so a
   * view keeps its row widgets instead of building new ones. */
  void     (*update_row) (gpointer       row,
                          gpointer       fresh);
  gpointer (*copy_query) (gconstpointer  query);
  void     (*free_query) (gpointer       query);
} CptLazyListSource;

CptLazyList   *cpt_lazy_list_new         (CptDatabase             *db,
                                          const CptLazyListSource *source);
void           cpt_lazy_list_set_query   (CptLazyList             *self,
                                          gconstpointer            query);
gconstpointer  cpt_lazy_list_get_query   (CptLazyList             *self);
void           cpt_lazy_list_reload      (CptLazyList             *self);
gboolean       cpt_lazy_list_get_loading (CptLazyList             *self);
gint64         cpt_lazy_list_get_id      (CptLazyList             *self,
                                          guint                    position);
const GError  *cpt_lazy_list_get_error   (CptLazyList             *self);

G_END_DECLS
