/* cpt-warehouse-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-warehouse-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-warehouse-service.h"

#define WAREHOUSE_COLUMNS "id, name, street, street2, postcode, city, country, active, is_default"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static CptWarehouse *
warehouse_from_row (sqlite3_stmt *stmt)
{
  CptWarehouse *warehouse = cpt_warehouse_new ();
  g_autoptr(CptAddress) address = NULL;

  address = cpt_address_new (column_text (stmt, 2), column_text (stmt, 3), column_text (stmt, 4),
                             column_text (stmt, 5), column_text (stmt, 6));
  cpt_warehouse_set_id (warehouse, sqlite3_column_int64 (stmt, 0));
  cpt_warehouse_set_name (warehouse, column_text (stmt, 1));
  cpt_warehouse_set_address (warehouse, address);
  cpt_warehouse_set_active (warehouse, sqlite3_column_int (stmt, 7));
  cpt_warehouse_set_is_default (warehouse, sqlite3_column_int (stmt, 8));
  return warehouse;
}

static CptDeliveryMethod *
method_from_row (sqlite3_stmt *stmt)
{
  CptDeliveryMethod *method = cpt_delivery_method_new ();

  cpt_delivery_method_set_id (method, sqlite3_column_int64 (stmt, 0));
  cpt_delivery_method_set_name (method, column_text (stmt, 1));
  cpt_delivery_method_set_active (method, sqlite3_column_int (stmt, 2));
  return method;
}

typedef gpointer (*RowReader) (sqlite3_stmt *stmt);

static GPtrArray *
list_rows (CptDatabase  *db,
           const char   *sql,
           gboolean      include_inactive,
           RowReader     read,
           GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read (stmt));
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* Which list a message names. */
typedef enum
{
  LIST_WAREHOUSES,
  LIST_DELIVERY_METHODS,
} ListKind;

static void
set_not_found (ListKind   kind,
               gint64     id,
               GError   **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (kind == LIST_WAREHOUSES)
    g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no warehouse number %s."), text);
  else
    g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                 _("There is no delivery method number %s."), text);
}

static gpointer
get_row (CptDatabase  *db,
         const char   *sql,
         gint64        id,
         RowReader     read,
         ListKind      kind,
         GError      **error)
{
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (kind, id, error);
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/* The default warehouse first, then by name. */
GPtrArray *
cpt_warehouse_service_list (CptDatabase  *db,
                            gboolean      include_inactive,
                            GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return list_rows (db,
                    "SELECT " WAREHOUSE_COLUMNS " FROM warehouses WHERE active = 1 OR ?1"
                    " ORDER BY is_default DESC, name, id",
                    include_inactive, (RowReader) warehouse_from_row, error);
}

CptWarehouse *
cpt_warehouse_service_get (CptDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return get_row (db, "SELECT " WAREHOUSE_COLUMNS " FROM warehouses WHERE id = ?1", id,
                  (RowReader) warehouse_from_row, LIST_WAREHOUSES, error);
}

/* The warehouse new orders take their stock from. */
CptWarehouse *
cpt_warehouse_service_get_default (CptDatabase  *db,
                                   GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return get_row (db, "SELECT " WAREHOUSE_COLUMNS " FROM warehouses WHERE active = 1 AND ?1 = 0"
                      " ORDER BY is_default DESC, id LIMIT 1", 0,
                  (RowReader) warehouse_from_row, LIST_WAREHOUSES, error);
}

/* Refuses a name another row of @table already has (case ignored). */
static gboolean
check_unique_name (CptDatabase  *db,
                   ListKind      kind,
                   const char   *name,
                   gint64        id,
                   GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               kind == LIST_WAREHOUSES
                               ? "SELECT 1 FROM warehouses WHERE name = ?1 AND id <> ?2"
                               : "SELECT 1 FROM delivery_methods WHERE name = ?1 AND id <> ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  if (kind == LIST_WAREHOUSES)
    g_set_error (error, CPT_ERROR, CPT_ERROR_CONFLICT,
                 _("A warehouse named “%s” already exists."), name);
  else
    g_set_error (error, CPT_ERROR, CPT_ERROR_CONFLICT,
                 _("A delivery method named “%s” already exists."), name);
  return FALSE;
}

static gboolean
write_warehouse (CptDatabase   *db,
                 CptWarehouse  *warehouse,
                 gboolean       create,
                 GError       **error)
{
  g_autofree char *name = g_strstrip (g_strdup (cpt_warehouse_get_name (warehouse)));
  const CptAddress *address = cpt_warehouse_get_address (warehouse);
  gint64 id = cpt_warehouse_get_id (warehouse);
  g_autoptr(CptStatement) stmt = NULL;

  cpt_warehouse_set_name (warehouse, name);
  if (*name == '\0')
    {
      cpt_error_add_field (error, "name", "%s", _("The warehouse needs a name."));
      return FALSE;
    }
  if (cpt_warehouse_get_is_default (warehouse) && !cpt_warehouse_get_active (warehouse))
    {
      cpt_error_add_field (error, "active",
                           _("The default warehouse “%s” cannot be deactivated: choose another default first."),
                           name);
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;

  if (!create)
    {
      g_autoptr(CptWarehouse) current = cpt_warehouse_service_get (db, id, error);

      if (current == NULL)
        goto failed;
      if (cpt_warehouse_get_is_default (current) && !cpt_warehouse_get_is_default (warehouse))
        {
          cpt_error_add_field (error, "is_default",
                               _("The warehouse “%s” is the default one: mark another warehouse as the "
                                 "default instead."),
                               cpt_warehouse_get_name (current));
          goto failed;
        }
    }

  if (!check_unique_name (db, LIST_WAREHOUSES, name, id, error))
    goto failed;

  if (cpt_warehouse_get_is_default (warehouse))
    {
      g_autoptr(CptStatement) clear = NULL;

      clear = cpt_database_prepare (db, "UPDATE warehouses SET is_default = 0"
                                        " WHERE is_default = 1 AND id <> ?1", error);
      if (clear == NULL)
        goto failed;
      sqlite3_bind_int64 (clear, 1, id);
      if (sqlite3_step (clear) != SQLITE_DONE)
        goto database_failed;
    }

  stmt = cpt_database_prepare (db,
                               create
                               ? "INSERT INTO warehouses (name, street, street2, postcode, city,"
                                 " country, active, is_default) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                               : "UPDATE warehouses SET name = ?1, street = ?2, street2 = ?3,"
                                 " postcode = ?4, city = ?5, country = ?6, active = ?7,"
                                 " is_default = ?8 WHERE id = ?9",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, address->street, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, address->street2, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, address->postcode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, address->city, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, address->country, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, cpt_warehouse_get_active (warehouse) ? 1 : 0);
  sqlite3_bind_int (stmt, 8, cpt_warehouse_get_is_default (warehouse) ? 1 : 0);
  if (!create)
    sqlite3_bind_int64 (stmt, 9, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto database_failed;

  if (create)
    cpt_warehouse_set_id (warehouse, cpt_database_last_insert_id (db));
  cpt_database_mark_changed (db, "warehouses");
  if (!cpt_database_commit (db, error))
    {
      if (create)
        cpt_warehouse_set_id (warehouse, 0);
      return FALSE;
    }
  return TRUE;

database_failed:
  cpt_database_set_error (db, error);
failed:
  cpt_database_rollback (db);
  return FALSE;
}

gboolean
cpt_warehouse_service_create (CptDatabase   *db,
                              CptWarehouse  *warehouse,
                              GError       **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_WAREHOUSE (warehouse), FALSE);

  return write_warehouse (db, warehouse, TRUE, error);
}

/* Renames, moves, (de)activates or makes default. */
gboolean
cpt_warehouse_service_update (CptDatabase   *db,
                              CptWarehouse  *warehouse,
                              GError       **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_WAREHOUSE (warehouse), FALSE);

  return write_warehouse (db, warehouse, FALSE, error);
}

static gboolean
delete_row (CptDatabase  *db,
            const char   *delete_sql,
            gint64        id,
            const char   *kind,
            GError      **error)
{
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  cpt_database_mark_changed (db, kind);
  return TRUE;
}

/**
 * cpt_warehouse_service_delete:
 *
 * Deletes a warehouse that never held stock nor served an order; otherwise
 * refuses (CPT_ERROR_STATE): deactivate it instead.
 */
gboolean
cpt_warehouse_service_delete (CptDatabase  *db,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(CptWarehouse) warehouse = NULL;
  gboolean used = FALSE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  warehouse = cpt_warehouse_service_get (db, id, error);
  if (warehouse == NULL ||
      !cpt_database_exists (db,
                            "SELECT 1 WHERE EXISTS (SELECT 1 FROM stock_levels WHERE warehouse_id = ?1)"
                            " OR EXISTS (SELECT 1 FROM stock_movements WHERE warehouse_id = ?1)"
                            " OR EXISTS (SELECT 1 FROM sales_orders WHERE warehouse_id = ?1)"
                            " OR EXISTS (SELECT 1 FROM shipments WHERE warehouse_id = ?1)",
                            id, &used, error))
    goto failed;

  if (used || cpt_warehouse_get_is_default (warehouse))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   used
                   ? _("The warehouse “%s” has held stock or served orders: it cannot be deleted. "
                       "Deactivate it instead.")
                   : _("The warehouse “%s” is the default one: mark another warehouse as the default "
                       "before deleting it."),
                   cpt_warehouse_get_name (warehouse));
      goto failed;
    }

  if (!delete_row (db, "DELETE FROM warehouses WHERE id = ?1", id, "warehouses", error))
    goto failed;
  return cpt_database_commit (db, error);

failed:
  cpt_database_rollback (db);
  return FALSE;
}

/* ── Delivery methods ─────────────────────────────────────────────────── */

GPtrArray *
cpt_delivery_method_service_list (CptDatabase  *db,
                                  gboolean      include_inactive,
                                  GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return list_rows (db,
                    "SELECT id, name, active FROM delivery_methods WHERE active = 1 OR ?1"
                    " ORDER BY name, id",
                    include_inactive, (RowReader) method_from_row, error);
}

CptDeliveryMethod *
cpt_delivery_method_service_get (CptDatabase  *db,
                                 gint64        id,
                                 GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return get_row (db, "SELECT id, name, active FROM delivery_methods WHERE id = ?1", id,
                  (RowReader) method_from_row, LIST_DELIVERY_METHODS, error);
}

static gboolean
write_method (CptDatabase        *db,
              CptDeliveryMethod  *method,
              gboolean            create,
              GError            **error)
{
  g_autofree char *name = g_strstrip (g_strdup (cpt_delivery_method_get_name (method)));
  gint64 id = cpt_delivery_method_get_id (method);
  g_autoptr(CptStatement) stmt = NULL;

  cpt_delivery_method_set_name (method, name);
  if (*name == '\0')
    {
      cpt_error_add_field (error, "name", "%s", _("The delivery method needs a name."));
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;

  if (!check_unique_name (db, LIST_DELIVERY_METHODS, name, id, error))
    goto failed;

  stmt = cpt_database_prepare (db,
                               create
                               ? "INSERT INTO delivery_methods (name, active) VALUES (?1, ?2)"
                               : "UPDATE delivery_methods SET name = ?1, active = ?2 WHERE id = ?3",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, cpt_delivery_method_get_active (method) ? 1 : 0);
  if (!create)
    sqlite3_bind_int64 (stmt, 3, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      goto failed;
    }
  if (!create && cpt_database_changes (db) == 0)
    {
      set_not_found (LIST_DELIVERY_METHODS, id, error);
      goto failed;
    }

  if (create)
    cpt_delivery_method_set_id (method, cpt_database_last_insert_id (db));
  cpt_database_mark_changed (db, "delivery_methods");
  if (!cpt_database_commit (db, error))
    {
      if (create)
        cpt_delivery_method_set_id (method, 0);
      return FALSE;
    }
  return TRUE;

failed:
  cpt_database_rollback (db);
  return FALSE;
}

gboolean
cpt_delivery_method_service_create (CptDatabase        *db,
                                    CptDeliveryMethod  *method,
                                    GError            **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (method), FALSE);

  return write_method (db, method, TRUE, error);
}

gboolean
cpt_delivery_method_service_update (CptDatabase        *db,
                                    CptDeliveryMethod  *method,
                                    GError            **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (method), FALSE);

  return write_method (db, method, FALSE, error);
}

/* Deletes a method no order used; otherwise CPT_ERROR_STATE: deactivate it. */
gboolean
cpt_delivery_method_service_delete (CptDatabase  *db,
                                    gint64        id,
                                    GError      **error)
{
  g_autoptr(CptDeliveryMethod) method = NULL;
  gboolean used = FALSE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  method = cpt_delivery_method_service_get (db, id, error);
  if (method == NULL ||
      !cpt_database_exists (db, "SELECT 1 FROM sales_orders WHERE delivery_method_id = ?1 LIMIT 1",
                            id, &used, error))
    goto failed;

  if (used)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The delivery method “%s” is used by orders: it cannot be deleted. "
                     "Deactivate it instead."),
                   cpt_delivery_method_get_name (method));
      goto failed;
    }

  if (!delete_row (db, "DELETE FROM delivery_methods WHERE id = ?1", id, "delivery_methods", error))
    goto failed;
  return cpt_database_commit (db, error);

failed:
  cpt_database_rollback (db);
  return FALSE;
}
