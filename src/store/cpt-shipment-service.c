/* cpt-shipment-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipment-service"

#include "config.h"

#include "cpt-shipment-service.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-history.h"
#include "cpt-number-series.h"
#include "cpt-order-closing.h"
#include "cpt-order-service-private.h"

/* Per order line, in the order of cpt_order_service_load_lines(): whether
 * it can be shipped (not a service) and whether it moves stock. */
static gboolean
load_line_kinds (CptDatabase  *db,
                 gint64        order_id,
                 GArray      **shippable,
                 GArray      **moves_stock,
                 GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GArray) ship = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GArray) stock = g_array_new (FALSE, FALSE, sizeof (gboolean));
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT i.type IS NOT 'service',"
                               " coalesce (i.type = 'goods' AND i.track_stock = 1, 0)"
                               " FROM sales_order_lines l LEFT JOIN items i ON i.id = l.item_id"
                               " WHERE l.order_id = ? ORDER BY l.position, l.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean a = sqlite3_column_int (stmt, 0);
      gboolean b = sqlite3_column_int (stmt, 1);

      g_array_append_val (ship, a);
      g_array_append_val (stock, b);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);

  *shippable = g_steal_pointer (&ship);
  *moves_stock = g_steal_pointer (&stock);
  return TRUE;
}

static gboolean
check_warehouse (CptDatabase  *db,
                 gint64        warehouse_id,
                 GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "SELECT active FROM warehouses WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, warehouse_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The warehouse %lld does not exist."), (long long) warehouse_id);
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 0) == 0)
    {
      cpt_error_add_field (error, "warehouse_id",
                           _("The warehouse %lld is deactivated."), (long long) warehouse_id);
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_shipment (CptDatabase               *db,
                 gint64                     order_id,
                 const char                *number,
                 gint64                     warehouse_id,
                 const char                *date,
                 const CptShipmentRequest  *request,
                 GError                   **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  /* The shipment keeps the name and address it was sent to. */
  stmt = cpt_database_prepare (db,
                               "INSERT INTO shipments (number, order_id, warehouse_id, date, carrier,"
                               " tracking_number, customer_name, shipping_street, shipping_street2,"
                               " shipping_postcode, shipping_city, shipping_country)"
                               " SELECT ?2, id, ?3, ?4, ?5, ?6, customer_name, shipping_street,"
                               " shipping_street2, shipping_postcode, shipping_city, shipping_country"
                               " FROM sales_orders WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, order_id);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, warehouse_id);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, request->carrier ? g_strstrip (g_strdup (request->carrier)) : "",
                     -1, request->carrier ? g_free : SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, request->tracking_number
                              ? g_strstrip (g_strdup (request->tracking_number)) : "",
                     -1, request->tracking_number ? g_free : SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return 0;
    }
  return cpt_database_last_insert_id (db);
}

static gboolean
insert_line (CptDatabase   *db,
             gint64         shipment_id,
             const char    *number,
             gint64         warehouse_id,
             CptOrderLine  *line,
             gint64         quantity,
             gboolean       moves_stock,
             GError       **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  gint64 item_id = cpt_order_line_get_item_id (line);

  stmt = cpt_database_prepare (db,
                               "INSERT INTO shipment_lines (shipment_id, order_line_id, item_id,"
                               " description, unit, quantity) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  sqlite3_bind_int64 (stmt, 2, cpt_order_line_get_id (line));
  if (item_id > 0)
    sqlite3_bind_int64 (stmt, 3, item_id);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, cpt_order_line_get_description (line), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, cpt_order_line_get_unit (line), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, quantity);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);
  g_clear_pointer (&stmt, cpt_statement_release);

  if (moves_stock)
    {
      stmt = cpt_database_prepare (db,
                                   "INSERT INTO stock_movements (item_id, warehouse_id, quantity,"
                                   " kind, reason, shipment_id) VALUES (?, ?, ?, 'shipment', ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, item_id);
      sqlite3_bind_int64 (stmt, 2, warehouse_id);
      sqlite3_bind_int64 (stmt, 3, -quantity);
      sqlite3_bind_text (stmt, 4, number, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, shipment_id);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return cpt_database_set_error (db, error);
    }

  return cpt_order_service_add_line_quantities (db, cpt_order_line_get_id (line), quantity, 0, error);
}

static gint64
create_in_transaction (CptDatabase               *db,
                       gint64                     order_id,
                       const CptShipmentRequest  *request,
                       GError                   **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) shippable = NULL;
  g_autoptr(GArray) moves_stock = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autofree char *date = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  CptHistoryTarget target = { .order_id = order_id };
  CptOrderStatus status;
  gint64 warehouse_id;
  gint64 shipment_id;

  order = cpt_order_service_load (db, order_id, error);
  if (order == NULL)
    return 0;

  /* An order closed by the rule « fully invoiced » may still have goods to ship. */
  status = cpt_order_get_status (order);
  if (status != CPT_ORDER_STATUS_CONFIRMED && status != CPT_ORDER_STATUS_CLOSED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("Order %s is %s: only a confirmed order can be shipped."),
                   cpt_order_get_number (order), cpt_order_status_get_label (status));
      return 0;
    }

  if (request->date != NULL && !cpt_date_is_valid (request->date))
    {
      cpt_error_add_field (error, "date",
                           _("The shipment date « %s » is not a valid date."), request->date);
      return 0;
    }
  date = request->date != NULL ? g_strdup (request->date) : cpt_date_today ();

  warehouse_id = request->warehouse_id > 0 ? request->warehouse_id : cpt_order_get_warehouse_id (order);
  if (!check_warehouse (db, warehouse_id, error))
    return 0;

  lines = cpt_order_service_load_lines (db, order_id, error);
  if (lines == NULL || !load_line_kinds (db, order_id, &shippable, &moves_stock, error))
    return 0;
  g_assert (shippable->len == lines->len);

  taken = cpt_line_quantity_resolve (lines, request->lines, request->n_lines,
                                     CPT_LINE_QUANTITY_TO_SHIP, (gboolean *) shippable->data,
                                     cpt_order_get_number (order), error);
  if (taken == NULL)
    return 0;

  if (!cpt_number_series_take_next (db, "shipment", date, &number, error))
    return 0;
  shipment_id = insert_shipment (db, order_id, number, warehouse_id, date, request, error);
  if (shipment_id == 0)
    return 0;

  for (guint i = 0; i < lines->len; i++)
    {
      gint64 quantity = g_array_index (taken, gint64, i);

      if (quantity > 0 &&
          !insert_line (db, shipment_id, number, warehouse_id, g_ptr_array_index (lines, i),
                        quantity, g_array_index (moves_stock, gboolean, i), error))
        return 0;
    }

  target.shipment_id = shipment_id;
  text = g_strdup_printf (_("Shipped (%s)"), number);
  if (!cpt_history_add (db, &target, "shipped", text, error) ||
      !cpt_order_closing_apply (db, order_id, number, error))
    return 0;

  return shipment_id;
}

gint64
cpt_shipment_service_create (CptDatabase               *db,
                             gint64                     order_id,
                             const CptShipmentRequest  *request,
                             GError                   **error)
{
  CptShipmentRequest everything = { 0 };
  gint64 shipment_id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (request == NULL)
    request = &everything;

  if (!cpt_database_begin (db, error))
    return 0;
  shipment_id = create_in_transaction (db, order_id, request, error);
  if (shipment_id == 0)
    {
      cpt_database_rollback (db);
      return 0;
    }

  cpt_database_mark_changed (db, "shipments");
  cpt_database_mark_changed (db, "orders");
  cpt_database_mark_changed (db, "items");
  if (!cpt_database_commit (db, error))
    return 0;
  return shipment_id;
}

GArray *
cpt_shipment_service_dup_shippable (CptDatabase  *db,
                                    gint64        order_id,
                                    GError      **error)
{
  g_autoptr(GArray) moves_stock = NULL;
  GArray *shippable = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  if (!load_line_kinds (db, order_id, &shippable, &moves_stock, error))
    return NULL;
  return shippable;
}

/* Status, number and order of a shipment; NOT_FOUND names the id. */
static gboolean
lookup (CptDatabase        *db,
        gint64              shipment_id,
        CptShipmentStatus  *status,
        char              **number,
        gint64             *order_id,
        gint64             *warehouse_id,
        GError            **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               "SELECT status, number, order_id, warehouse_id FROM shipments WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The shipment %lld does not exist."), (long long) shipment_id);
      return FALSE;
    }
  *status = CPT_SHIPMENT_STATUS_SHIPPED;
  cpt_shipment_status_from_string ((const char *) sqlite3_column_text (stmt, 0), status);
  *number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  *order_id = sqlite3_column_int64 (stmt, 2);
  *warehouse_id = sqlite3_column_int64 (stmt, 3);
  return TRUE;
}

static gboolean
mark_delivered_in_transaction (CptDatabase  *db,
                               gint64        shipment_id,
                               const char   *date,
                               GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;
  CptHistoryTarget target = { 0 };
  CptShipmentStatus status;
  gint64 warehouse_id;

  if (!lookup (db, shipment_id, &status, &number, &target.order_id, &warehouse_id, error))
    return FALSE;
  if (status == CPT_SHIPMENT_STATUS_DELIVERED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The shipment %s is already delivered."), number);
      return FALSE;
    }
  if (date != NULL && !cpt_date_is_valid (date))
    {
      cpt_error_add_field (error, "date",
                           _("The delivery date « %s » is not a valid date."), date);
      return FALSE;
    }
  day = date != NULL ? g_strdup (date) : cpt_date_today ();

  stmt = cpt_database_prepare (db,
                               "UPDATE shipments SET status = 'delivered', delivered_at = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, shipment_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  target.shipment_id = shipment_id;
  text = g_strdup_printf (_("Delivered (%s)"), number);
  return cpt_history_add (db, &target, "delivered", text, error);
}

gboolean
cpt_shipment_service_mark_delivered (CptDatabase  *db,
                                     gint64        shipment_id,
                                     const char   *date,
                                     GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!mark_delivered_in_transaction (db, shipment_id, date, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "shipments");
  return cpt_database_commit (db, error);
}

static gboolean
delete_in_transaction (CptDatabase  *db,
                       gint64        shipment_id,
                       GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  CptShipmentStatus status;
  gint64 order_id, warehouse_id;
  int rc;

  if (!lookup (db, shipment_id, &status, &number, &order_id, &warehouse_id, error))
    return FALSE;
  if (status == CPT_SHIPMENT_STATUS_DELIVERED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The shipment %s is delivered: it can no longer be deleted."), number);
      return FALSE;
    }

  /* The stock comes back as opposite movements: the journal stays whole. */
  stmt = cpt_database_prepare (db,
                               "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind,"
                               " reason, shipment_id)"
                               " SELECT item_id, warehouse_id, -quantity, 'shipment_deleted', reason, NULL"
                               " FROM stock_movements WHERE shipment_id = ? AND kind = 'shipment'",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "SELECT order_line_id, quantity FROM shipment_lines WHERE shipment_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  {
    g_autoptr(GArray) back = g_array_new (FALSE, FALSE, sizeof (CptLineQuantity));

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        CptLineQuantity q = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
        g_array_append_val (back, q);
      }
    if (rc != SQLITE_DONE)
      return cpt_database_set_error_code (db, rc, error);
    g_clear_pointer (&stmt, cpt_statement_release);

    for (guint i = 0; i < back->len; i++)
      {
        CptLineQuantity *q = &g_array_index (back, CptLineQuantity, i);

        if (!cpt_order_service_add_line_quantities (db, q->line_id, -q->quantity, 0, error))
          return FALSE;
      }
  }

  stmt = cpt_database_prepare (db, "DELETE FROM shipments WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  text = g_strdup_printf (_("Shipment %s deleted"), number);
  return cpt_history_add_to_order (db, order_id, "shipment_deleted", text, error) &&
         cpt_order_closing_apply (db, order_id, NULL, error);
}

gboolean
cpt_shipment_service_delete (CptDatabase  *db,
                             gint64        shipment_id,
                             GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!delete_in_transaction (db, shipment_id, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "shipments");
  cpt_database_mark_changed (db, "orders");
  cpt_database_mark_changed (db, "items");
  return cpt_database_commit (db, error);
}

#define SHIPMENT_COLUMNS \
  "s.id, s.number, s.order_id, o.number, o.customer_id, s.customer_name, s.warehouse_id," \
  " w.name, s.date, s.carrier, s.tracking_number, s.status, s.delivered_at, s.shipping_street," \
  " s.shipping_street2, s.shipping_postcode, s.shipping_city, s.shipping_country, s.created_at" \
  " FROM shipments s JOIN sales_orders o ON o.id = s.order_id" \
  " JOIN warehouses w ON w.id = s.warehouse_id"

#define SHIPMENT_FILTER \
  " WHERE (?1 = 0 OR s.order_id = ?1)" \
  " AND (?2 IS NULL OR s.number LIKE ?2 OR o.number LIKE ?2" \
  "      OR s.customer_name LIKE ?2 OR s.tracking_number LIKE ?2)"

static CptShipment *
shipment_from_row (sqlite3_stmt *stmt)
{
  CptShipment *shipment = cpt_shipment_new ();
  CptShipmentStatus status = CPT_SHIPMENT_STATUS_SHIPPED;
  g_autoptr(CptAddress) address = cpt_order_sql_address (stmt, 13);

  cpt_shipment_status_from_string ((const char *) sqlite3_column_text (stmt, 11), &status);
  g_object_set (shipment,
                "id", sqlite3_column_int64 (stmt, 0),
                "number", sqlite3_column_text (stmt, 1),
                "order-id", sqlite3_column_int64 (stmt, 2),
                "order-number", sqlite3_column_text (stmt, 3),
                "customer-id", sqlite3_column_int64 (stmt, 4),
                "customer-name", sqlite3_column_text (stmt, 5),
                "warehouse-id", sqlite3_column_int64 (stmt, 6),
                "warehouse-name", sqlite3_column_text (stmt, 7),
                "date", sqlite3_column_text (stmt, 8),
                "carrier", sqlite3_column_text (stmt, 9),
                "tracking-number", sqlite3_column_text (stmt, 10),
                "status", status,
                "delivered-at", sqlite3_column_text (stmt, 12),
                "shipping-address", address,
                "created-at", sqlite3_column_text (stmt, 18),
                NULL);
  return shipment;
}

CptShipment *
cpt_shipment_service_get (CptDatabase  *db,
                          gint64        shipment_id,
                          GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptShipment) shipment = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " SHIPMENT_COLUMNS " WHERE s.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                     _("The shipment %lld does not exist."), (long long) shipment_id);
      else
        cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  shipment = shipment_from_row (stmt);
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "SELECT id, order_line_id, item_id, description, unit, quantity"
                               " FROM shipment_lines WHERE shipment_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, shipment_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CptShipmentLine) line =
        g_object_new (CPT_TYPE_SHIPMENT_LINE,
                      "id", sqlite3_column_int64 (stmt, 0),
                      "order-line-id", sqlite3_column_int64 (stmt, 1),
                      "item-id", sqlite3_column_int64 (stmt, 2),
                      "description", sqlite3_column_text (stmt, 3),
                      "unit", sqlite3_column_text (stmt, 4),
                      "quantity", sqlite3_column_int64 (stmt, 5),
                      NULL);
      cpt_shipment_add_line (shipment, line);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&shipment);
}

gboolean
cpt_shipment_service_list (CptDatabase             *db,
                           const CptShipmentQuery  *query,
                           CptShipment             *after,
                           guint                    limit,
                           GPtrArray              **shipments,
                           GError                 **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pattern = NULL;
  CptShipmentQuery all = { 0 };
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (shipments != NULL, FALSE);

  if (query == NULL)
    query = &all;
  if (query->search != NULL && *query->search != '\0')
    pattern = g_strdup_printf ("%%%s%%", query->search);

  /* Newest first, by keyset on (date, id). */
  stmt = cpt_database_prepare (db,
                               "SELECT " SHIPMENT_COLUMNS
                               SHIPMENT_FILTER
                               " AND (?3 IS NULL OR (s.date, s.id) < (?3, ?4))"
                               " ORDER BY s.date DESC, s.id DESC LIMIT ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, query->order_id);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, 2, pattern, -1, SQLITE_STATIC);
  if (after != NULL)
    {
      sqlite3_bind_text (stmt, 3, cpt_shipment_get_date (after), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, cpt_shipment_get_id (after));
    }
  sqlite3_bind_int64 (stmt, 5, limit > 0 ? limit : G_MAXINT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, shipment_from_row (stmt));
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);

  *shipments = g_steal_pointer (&rows);
  return TRUE;
}

gboolean
cpt_shipment_service_list_ids (CptDatabase             *db,
                               const CptShipmentQuery  *query,
                               GArray                 **ids,
                               GError                 **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  if (query != NULL && query->search != NULL && *query->search != '\0')
    pattern = g_strdup_printf ("%%%s%%", query->search);
  stmt = cpt_database_prepare (db,
                               "SELECT s.id FROM shipments s JOIN sales_orders o ON o.id = s.order_id"
                               SHIPMENT_FILTER " ORDER BY s.date DESC, s.id DESC", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, query != NULL ? query->order_id : 0);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, 2, pattern, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (out, id);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  *ids = g_steal_pointer (&out);
  return TRUE;
}

gboolean
cpt_shipment_service_get_rows (CptDatabase   *db,
                               const gint64  *ids,
                               guint          n_ids,
                               GPtrArray    **shipments,
                               GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (shipments != NULL, FALSE);

  stmt = cpt_database_prepare (db, "SELECT " SHIPMENT_COLUMNS " WHERE s.id = ?", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (rows, shipment_from_row (stmt));
      else if (rc != SQLITE_DONE)
        return cpt_database_set_error_code (db, rc, error);
      sqlite3_reset (stmt);
    }
  *shipments = g_steal_pointer (&rows);
  return TRUE;
}
