/* cpt-item-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-item-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-item-service.h"

/* Stock figures come from stock_levels, which triggers keep current (see
 * schema/v1-triggers.sql): on hand from the movements journal, committed
 * from the open lines of confirmed orders. Reading them costs one index
 * lookup per item instead of a sum over every order line. ?2 chooses a
 * warehouse (0: all). */
#define ITEM_COLUMNS \
  "i.id, i.name, i.sku, i.type, i.unit, i.rate, i.tax_id, i.track_stock, i.reorder_level, " \
  "i.description, i.active, i.sort_name, " \
  "coalesce ((SELECT sum (s.on_hand) FROM stock_levels s WHERE s.item_id = i.id" \
  "           AND (?2 = 0 OR s.warehouse_id = ?2)), 0) AS on_hand, " \
  "coalesce ((SELECT sum (s.committed) FROM stock_levels s WHERE s.item_id = i.id" \
  "           AND (?2 = 0 OR s.warehouse_id = ?2)), 0) AS committed"

#define COLUMN_SORT_NAME 11

CptItemQuery *
cpt_item_query_new (void)
{
  return g_new0 (CptItemQuery, 1);
}

CptItemQuery *
cpt_item_query_copy (const CptItemQuery *self)
{
  CptItemQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->search = g_strdup (self->search);
  return copy;
}

void
cpt_item_query_free (CptItemQuery *self)
{
  if (self == NULL)
    return;

  g_free (self->search);
  g_free (self);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static CptItem *
item_from_row (sqlite3_stmt *stmt)
{
  CptItem *item = cpt_item_new ();
  CptItemKind kind = CPT_ITEM_KIND_GOODS;

  cpt_item_kind_from_string (column_text (stmt, 3), &kind);
  cpt_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  cpt_item_set_name (item, column_text (stmt, 1));
  cpt_item_set_sku (item, column_text (stmt, 2));
  cpt_item_set_kind (item, kind);
  cpt_item_set_unit (item, column_text (stmt, 4));
  cpt_item_set_rate (item, sqlite3_column_int64 (stmt, 5));
  cpt_item_set_tax_id (item, sqlite3_column_int64 (stmt, 6));
  cpt_item_set_track_stock (item, sqlite3_column_int (stmt, 7));
  cpt_item_set_reorder_level (item, sqlite3_column_int64 (stmt, 8));
  cpt_item_set_description (item, column_text (stmt, 9));
  cpt_item_set_active (item, sqlite3_column_int (stmt, 10));
  cpt_item_set_stock (item, sqlite3_column_int64 (stmt, 12), sqlite3_column_int64 (stmt, 13));

  return item;
}

static gboolean
fail (CptDatabase  *db,
      GError      **error)
{
  cpt_database_set_error (db, error);
  cpt_database_rollback (db);
  return FALSE;
}

static void
set_not_found (gint64   id,
               GError **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no item number %s."), text);
}

/* Checks that need the database: the SKU is free, the tax exists and is
 * in use. Runs inside the write transaction. */
static gboolean
check_references (CptDatabase  *db,
                  CptItem      *item,
                  GError      **error)
{
  const char *sku = cpt_item_get_sku (item);
  gint64 tax_id = cpt_item_get_tax_id (item);

  if (*sku != '\0')
    {
      g_autoptr(CptStatement) stmt = NULL;

      stmt = cpt_database_prepare (db, "SELECT sku FROM items WHERE sku = ?1 AND id <> ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sku, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, cpt_item_get_id (item));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_CONFLICT,
                       _("The SKU %s already exists."), column_text (stmt, 0));
          return FALSE;
        }
    }

  if (tax_id > 0)
    {
      g_autoptr(CptStatement) stmt = NULL;

      stmt = cpt_database_prepare (db, "SELECT name, active FROM taxes WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, tax_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          cpt_error_add_field (error, "tax_id",
                               _("The tax chosen for the item “%s” does not exist."),
                               cpt_item_get_name (item));
          return FALSE;
        }
      if (sqlite3_column_int (stmt, 1) == 0)
        {
          cpt_error_add_field (error, "tax_id",
                               _("The tax “%s” is deactivated: choose another one for the item “%s”."),
                               column_text (stmt, 0), cpt_item_get_name (item));
          return FALSE;
        }
    }

  return TRUE;
}

static void
bind_item (sqlite3_stmt *stmt,
           CptItem      *item)
{
  const char *sku = cpt_item_get_sku (item);

  sqlite3_bind_text (stmt, 1, cpt_item_get_name (item), -1, SQLITE_TRANSIENT);
  if (*sku != '\0')
    sqlite3_bind_text (stmt, 2, sku, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, cpt_item_kind_to_string (cpt_item_get_kind (item)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cpt_item_get_unit (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, cpt_item_get_rate (item));
  if (cpt_item_get_tax_id (item) > 0)
    sqlite3_bind_int64 (stmt, 6, cpt_item_get_tax_id (item));
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int (stmt, 7, cpt_item_get_track_stock (item) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 8, cpt_item_get_reorder_level (item));
  sqlite3_bind_text (stmt, 9, cpt_item_get_description (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 10, cpt_item_get_active (item) ? 1 : 0);
}

static gboolean
write_item (CptDatabase  *db,
            CptItem      *item,
            gboolean      create,
            GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();

  cpt_item_normalize (item);
  if (!cpt_item_validate (item, error))
    return FALSE;
  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!check_references (db, item, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  stmt = cpt_database_prepare (db,
                               create
                               ? "INSERT INTO items (name, sort_name, sku, type, unit, rate, tax_id,"
                                 " track_stock, reorder_level, description, active, created_at,"
                                 " updated_at) VALUES (?1, cpt_fold (?1), ?2, ?3, ?4, ?5, ?6, ?7,"
                                 " ?8, ?9, ?10, ?11, ?11)"
                               : "UPDATE items SET name = ?1, sort_name = cpt_fold (?1), sku = ?2,"
                                 " type = ?3, unit = ?4, rate = ?5, tax_id = ?6, track_stock = ?7,"
                                 " reorder_level = ?8, description = ?9, active = ?10,"
                                 " updated_at = ?11 WHERE id = ?12",
                               error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  bind_item (stmt, item);
  sqlite3_bind_text (stmt, 11, now, -1, SQLITE_TRANSIENT);
  if (!create)
    sqlite3_bind_int64 (stmt, 12, cpt_item_get_id (item));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error);

  if (!create && cpt_database_changes (db) == 0)
    {
      cpt_database_rollback (db);
      set_not_found (cpt_item_get_id (item), error);
      return FALSE;
    }
  if (create)
    cpt_item_set_id (item, cpt_database_last_insert_id (db));

  cpt_database_mark_changed (db, "items");
  if (!cpt_database_commit (db, error))
    {
      if (create)
        cpt_item_set_id (item, 0);
      return FALSE;
    }
  return TRUE;
}

/**
 * cpt_item_service_create:
 *
 * Validates and inserts @item, then sets its id. A SKU already used
 * (whatever its case) is refused with CPT_ERROR_CONFLICT.
 */
gboolean
cpt_item_service_create (CptDatabase  *db,
                         CptItem      *item,
                         GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_ITEM (item), FALSE);

  return write_item (db, item, TRUE, error);
}

/* Saves @item over the row with its id; orders and documents keep their own
 * copies of descriptions and prices. */
gboolean
cpt_item_service_update (CptDatabase  *db,
                         CptItem      *item,
                         GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_ITEM (item), FALSE);

  return write_item (db, item, FALSE, error);
}

/**
 * cpt_item_service_delete:
 *
 * Deletes an item nothing refers to. An item already on an order, a
 * document or in the stock journal is refused (CPT_ERROR_STATE): deactivate
 * it instead.
 */
gboolean
cpt_item_service_delete (CptDatabase  *db,
                         gint64        id,
                         GError      **error)
{
  g_autoptr(CptItem) item = NULL;
  g_autoptr(CptStatement) used = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  item = cpt_item_service_get (db, id, 0, error);
  if (item == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  used = cpt_database_prepare (db,
                               "SELECT EXISTS (SELECT 1 FROM sales_order_lines WHERE item_id = ?1)"
                               " OR EXISTS (SELECT 1 FROM stock_movements WHERE item_id = ?1)"
                               " OR EXISTS (SELECT 1 FROM invoice_lines WHERE item_id = ?1)"
                               " OR EXISTS (SELECT 1 FROM credit_note_lines WHERE item_id = ?1)"
                               " OR EXISTS (SELECT 1 FROM shipment_lines WHERE item_id = ?1)",
                               error);
  if (used == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (used, 1, id);
  rc = sqlite3_step (used);
  if (rc != SQLITE_ROW)
    return fail (db, error);
  if (sqlite3_column_int (used, 0) != 0)
    {
      cpt_database_rollback (db);
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The item “%s” cannot be deleted: orders, documents or stock movements "
                     "refer to it. Deactivate it instead."),
                   cpt_item_get_name (item));
      return FALSE;
    }

  stmt = cpt_database_prepare (db, "DELETE FROM items WHERE id = ?1", error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error);

  cpt_database_mark_changed (db, "items");
  return cpt_database_commit (db, error);
}

/* The item with the stock of @warehouse_id (0: all warehouses). */
CptItem *
cpt_item_service_get (CptDatabase  *db,
                      gint64        id,
                      gint64        warehouse_id,
                      GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " ITEM_COLUMNS " FROM items i WHERE i.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, warehouse_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return item_from_row (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (id, error);
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/* The item whose SKU is @sku (case ignored), for imports and the API. */
CptItem *
cpt_item_service_find_by_sku (CptDatabase  *db,
                              const char   *sku,
                              GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " ITEM_COLUMNS " FROM items i WHERE i.sku = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, sku ? sku : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, 0);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return item_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no item with the SKU %s."),
                 sku ? sku : "");
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/* The SELECT of a list: ?1 FTS query, ?2 warehouse, ?3/?4 keyset cursor
 * (sort_name, id), ?5 limit. Built from the query's switches; each variant
 * is cached by its text. */
static char *
build_list_sql (const CptItemQuery *query,
                gboolean            has_search,
                gboolean            ids_only)
{
  GString *sql = g_string_new ("SELECT ");

  /* The id list skips the stock sums unless the filter needs them. */
  if (ids_only && !query->to_reorder)
    g_string_append (sql, "i.id FROM items i WHERE 1");
  else
    g_string_append (sql, ITEM_COLUMNS " FROM items i WHERE 1");
  if (has_search)
    g_string_append (sql, " AND i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?1)");
  if (!query->include_inactive)
    g_string_append (sql, " AND i.active = 1");
  if (query->to_reorder)
    g_string_append (sql, " AND i.track_stock = 1 AND on_hand - committed < i.reorder_level");
  if (!ids_only)
    g_string_append (sql, " AND (?3 IS NULL OR (i.sort_name, i.id) > (?3, ?4))");
  g_string_append (sql, " ORDER BY i.sort_name, i.id");
  if (!ids_only)
    g_string_append (sql, " LIMIT ?5");

  return g_string_free (sql, FALSE);
}

static gboolean
run_list (CptDatabase         *db,
          const CptItemQuery  *query,
          gboolean             ids_only,
          const char          *after_key,
          gint64               after_id,
          guint                limit,
          GPtrArray           *rows,
          GArray              *ids,
          char               **next_cursor,
          GError             **error)
{
  g_autofree char *fts = cpt_database_build_fts_query (query->search);
  g_autofree char *sql = build_list_sql (query, fts != NULL, ids_only);
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);
  g_autofree char *last_key = NULL;
  gint64 last_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  if (fts != NULL)
    sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, query->warehouse_id);
  if (!ids_only)
    {
      if (after_key != NULL)
        {
          sqlite3_bind_text (stmt, 3, after_key, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 4, after_id);
        }
      /* One more row than asked tells whether there is a next page. */
      sqlite3_bind_int64 (stmt, 5, (gint64) limit + 1);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (ids_only)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
          continue;
        }
      if (rows->len == limit)
        {
          if (next_cursor != NULL)
            *next_cursor = cpt_database_encode_cursor (last_key, last_id);
          return TRUE;
        }
      g_ptr_array_add (rows, item_from_row (stmt));
      g_free (last_key);
      last_key = g_strdup (column_text (stmt, COLUMN_SORT_NAME));
      last_id = sqlite3_column_int64 (stmt, 0);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  return TRUE;
}

/* The first @limit rows of @query, for the first paint of a lazy list. */
gboolean
cpt_item_service_first_page (CptDatabase         *db,
                             const CptItemQuery  *query,
                             guint                limit,
                             GPtrArray          **rows,
                             GError             **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (query != NULL && rows != NULL, FALSE);

  if (limit > 0 && !run_list (db, query, FALSE, NULL, 0, limit, result, NULL, NULL, error))
    return FALSE;

  *rows = g_steal_pointer (&result);
  return TRUE;
}

/* Every id of @query in display order (name, then id). */
gboolean
cpt_item_service_list_ids (CptDatabase         *db,
                           const CptItemQuery  *query,
                           GArray             **ids,
                           GError             **error)
{
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (query != NULL && ids != NULL, FALSE);

  if (!run_list (db, query, TRUE, NULL, 0, 0, NULL, result, NULL, error))
    return FALSE;

  *ids = g_steal_pointer (&result);
  return TRUE;
}

/* The items of @ids in that order, with stock over all warehouses; ids
 * that no longer exist are skipped. */
gboolean
cpt_item_service_get_rows (CptDatabase   *db,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray    **rows,
                           GError       **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail ((ids != NULL || n_ids == 0) && rows != NULL, FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(CptStatement) stmt = NULL;
      int rc;

      stmt = cpt_database_prepare (db, "SELECT " ITEM_COLUMNS " FROM items i WHERE i.id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      sqlite3_bind_int64 (stmt, 2, 0);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (result, item_from_row (stmt));
      else if (rc != SQLITE_DONE)
        return cpt_database_set_error (db, error);
    }

  *rows = g_steal_pointer (&result);
  return TRUE;
}

/**
 * cpt_item_service_list:
 * @cursor: (nullable): the @next_cursor of the previous page
 * @next_cursor: (out) (nullable): the cursor of the next page, %NULL after
 *   the last
 *
 * One page of at most @limit items (keyset paging, for the API).
 */
GPtrArray *
cpt_item_service_list (CptDatabase         *db,
                       const CptItemQuery  *query,
                       const char          *cursor,
                       guint                limit,
                       char               **next_cursor,
                       GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *after_key = NULL;
  gint64 after_id = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL && limit > 0, NULL);

  if (next_cursor != NULL)
    *next_cursor = NULL;

  if (cursor != NULL && !cpt_database_decode_cursor (cursor, &after_key, &after_id))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The list position (cursor) is not valid."));
      return NULL;
    }

  if (!run_list (db, query, FALSE, after_key, after_id, limit, rows, NULL, next_cursor, error))
    return NULL;

  return g_steal_pointer (&rows);
}

static void
clear_stock_level (gpointer data)
{
  CptStockLevel *level = data;

  g_free (level->warehouse_name);
}

/**
 * cpt_item_service_get_stock:
 *
 * The stock of @item_id in every active warehouse (and in inactive ones
 * that still hold or owe some), by warehouse name. The array frees the
 * names.
 */
GArray *
cpt_item_service_get_stock (CptDatabase  *db,
                            gint64        item_id,
                            GError      **error)
{
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (CptStockLevel));
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  g_array_set_clear_func (levels, clear_stock_level);

  stmt = cpt_database_prepare (db,
                               "SELECT w.id, w.name, coalesce (s.on_hand, 0), coalesce (s.committed, 0)"
                               " FROM warehouses w"
                               " LEFT JOIN stock_levels s ON s.warehouse_id = w.id AND s.item_id = ?1"
                               " WHERE w.active = 1 OR s.on_hand <> 0 OR s.committed <> 0"
                               " ORDER BY w.is_default DESC, w.name, w.id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, item_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptStockLevel level = {
        .warehouse_id = sqlite3_column_int64 (stmt, 0),
        .warehouse_name = g_strdup (column_text (stmt, 1)),
        .on_hand = sqlite3_column_int64 (stmt, 2),
        .committed = sqlite3_column_int64 (stmt, 3),
      };

      level.available = level.on_hand - level.committed;
      g_array_append_val (levels, level);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&levels);
}

/* Inside the transaction: the item tracks stock and the warehouse is open. */
static gboolean
check_stock_target (CptDatabase  *db,
                    gint64        item_id,
                    gint64        warehouse_id,
                    CptItem     **item_out,
                    GError      **error)
{
  g_autoptr(CptItem) item = cpt_item_service_get (db, item_id, warehouse_id, error);
  g_autoptr(CptStatement) stmt = NULL;

  if (item == NULL)
    return FALSE;
  if (!cpt_item_get_track_stock (item))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The item “%s” does not track stock."), cpt_item_get_name (item));
      return FALSE;
    }

  stmt = cpt_database_prepare (db, "SELECT name, active FROM warehouses WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, warehouse_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, warehouse_id);

      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no warehouse number %s."), text);
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 1) == 0)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The warehouse “%s” is deactivated."), column_text (stmt, 0));
      return FALSE;
    }

  *item_out = g_steal_pointer (&item);
  return TRUE;
}

static gboolean
record_adjustment (CptDatabase  *db,
                   gint64        item_id,
                   gint64        warehouse_id,
                   gint64        quantity,
                   const char   *reason,
                   GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();

  stmt = cpt_database_prepare (db,
                               "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind,"
                               " reason, at) VALUES (?1, ?2, ?3, 'adjustment', ?4, ?5)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, warehouse_id);
  sqlite3_bind_int64 (stmt, 3, quantity);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  cpt_database_mark_changed (db, "stock");
  cpt_database_mark_changed (db, "items");
  return TRUE;
}

static gboolean
adjust (CptDatabase  *db,
        gint64        item_id,
        gint64        warehouse_id,
        gboolean      is_count,
        gint64        value,
        const char   *reason,
        GError      **error)
{
  g_autoptr(CptItem) item = NULL;
  g_autofree char *why = g_strstrip (g_strdup (reason ? reason : ""));
  gint64 delta = value;

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!check_stock_target (db, item_id, warehouse_id, &item, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  if (*why == '\0' || !g_utf8_validate (why, -1, NULL))
    {
      cpt_database_rollback (db);
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("Give a reason for the stock adjustment of “%s”."), cpt_item_get_name (item));
      return FALSE;
    }

  if (is_count)
    {
      if (value < 0)
        {
          cpt_database_rollback (db);
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The counted quantity of “%s” cannot be negative."), cpt_item_get_name (item));
          return FALSE;
        }
      delta = value - cpt_item_get_on_hand (item);
      if (delta == 0)
        {
          cpt_database_rollback (db);
          return TRUE;
        }
    }
  else if (value == 0)
    {
      cpt_database_rollback (db);
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The stock adjustment of “%s” is zero: there is nothing to record."),
                   cpt_item_get_name (item));
      return FALSE;
    }

  if (!record_adjustment (db, item_id, warehouse_id, delta, why, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  return cpt_database_commit (db, error);
}

/**
 * cpt_item_service_adjust_stock:
 * @quantity: thousandths added to (positive) or taken from (negative) the
 *   stock on hand
 * @reason: why (inventory count, breakage…); required
 *
 * Records a manual stock movement, like shipments do.
 */
gboolean
cpt_item_service_adjust_stock (CptDatabase  *db,
                               gint64        item_id,
                               gint64        warehouse_id,
                               gint64        quantity,
                               const char   *reason,
                               GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  return adjust (db, item_id, warehouse_id, FALSE, quantity, reason, error);
}

/**
 * cpt_item_service_count_stock:
 * @counted: the quantity found on the shelves, in thousandths
 *
 * Records the adjustment that brings the stock on hand of the warehouse to
 * @counted (nothing when it already is).
 */
gboolean
cpt_item_service_count_stock (CptDatabase  *db,
                              gint64        item_id,
                              gint64        warehouse_id,
                              gint64        counted,
                              const char   *reason,
                              GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  return adjust (db, item_id, warehouse_id, TRUE, counted, reason, error);
}
