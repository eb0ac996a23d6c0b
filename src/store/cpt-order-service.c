/* cpt-order-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-order-service.h"

#include "cpt-date.h"
#include "cpt-document-tax.h"
#include "cpt-error.h"
#include "cpt-history.h"
#include "cpt-history-entry.h"
#include "cpt-order-service-private.h"

/* The operations on one order. Each is one BEGIN IMMEDIATE transaction:
 * checks first, then writes, and any refusal rolls everything back. */

static gboolean
finish (CptDatabase  *db,
        gboolean      ok,
        GError      **error)
{
  if (!ok)
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  if (!cpt_database_commit (db, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "sales_orders");
  return TRUE;
}

/* What a failed save must give back to the caller's object, so that the
 * form can be corrected and saved again: the ids and the number it had. */
typedef struct
{
  gint64     id;
  char      *number;
  GPtrArray *new_lines;
} SavePoint;

static void
save_point_init (SavePoint *point,
                 CptOrder  *order)
{
  point->id = cpt_order_get_id (order);
  point->number = g_strdup (cpt_order_get_number (order));
  point->new_lines = g_ptr_array_new ();
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    if (cpt_order_line_get_id (cpt_order_get_line (order, i)) <= 0)
      g_ptr_array_add (point->new_lines, cpt_order_get_line (order, i));
}

static void
save_point_restore (SavePoint *point,
                    CptOrder  *order)
{
  cpt_order_set_id (order, point->id);
  cpt_order_set_number (order, point->number);
  for (guint i = 0; i < point->new_lines->len; i++)
    cpt_order_line_set_id (g_ptr_array_index (point->new_lines, i), 0);
}

static void
save_point_clear (SavePoint *point)
{
  g_clear_pointer (&point->number, g_free);
  g_clear_pointer (&point->new_lines, g_ptr_array_unref);
}

/* Saves a new order and records its creation (and confirmation). */
static gboolean
create_one (CptDatabase  *db,
            CptOrder     *order,
            const char   *created_text,
            GError      **error)
{
  CptOrderStatus status = cpt_order_get_status (order);

  if (status != CPT_ORDER_STATUS_DRAFT && status != CPT_ORDER_STATUS_CONFIRMED)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("A new order is either a draft or confirmed."));
      return FALSE;
    }
  if (cpt_order_get_date (order) == NULL)
    {
      g_autofree char *today = cpt_date_today ();
      cpt_order_set_date (order, today);
    }
  cpt_order_set_id (order, 0);
  cpt_order_set_invoiced_status (order, CPT_INVOICED_STATUS_NOT_INVOICED);
  cpt_order_set_shipped_status (order, CPT_SHIPPED_STATUS_NOT_SHIPPED);
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);

      cpt_order_line_set_id (line, 0);
      cpt_order_line_set_quantity_shipped (line, 0);
      cpt_order_line_set_quantity_invoiced (line, 0);
    }

  if (!cpt_order_service_save (db, order, error)
      || !cpt_history_add_to_order (db, cpt_order_get_id (order), "created",
                           created_text ? created_text : _("Order created"), error))
    return FALSE;
  if (status == CPT_ORDER_STATUS_CONFIRMED
      && !cpt_history_add_to_order (db, cpt_order_get_id (order), "confirmed",
                           _("Order confirmed"), error))
    return FALSE;
  return TRUE;
}

gboolean
cpt_order_service_create (CptDatabase  *db,
                          CptOrder     *order,
                          GError      **error)
{
  SavePoint point;
  gboolean ok;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_ORDER (order), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  save_point_init (&point, order);
  ok = finish (db, create_one (db, order, NULL, error), error);
  if (!ok)
    save_point_restore (&point, order);
  save_point_clear (&point);
  return ok;
}

/* Three triggers do per-row work that a batch can do once: the search
 * index of sales_orders (FTS5 writes its pending rows out as a new segment
 * at the start of every statement that opens a statement journal — each
 * insert of a line or of a tax — so in a batch each order cost one segment
 * and its merges, a fifth of the import), the row counts, and the stock
 * committed by confirmed orders (two trigger programs per order, a sixth of
 * the import's instructions). A large import suspends them inside its
 * transaction and does their work for all its orders with one statement
 * each at the end; a rollback brings the triggers back with everything
 * else. Each catch-up gives exactly what the trigger would have given: the
 * orders of the batch are the ids first..last, inserted with their final
 * status before their lines. The unary + keeps the planner on the id
 * range instead of the index of all confirmed orders. */
#define SUSPEND_TRIGGERS_MIN_ORDERS 64

typedef struct
{
  const char *name;
  const char *catch_up;   /* ?1 and ?2: the first and the last id */
} SuspendedTrigger;

static const SuspendedTrigger suspended_triggers[] = {
  { "sales_orders_fts_insert",
    "INSERT INTO sales_orders_fts (rowid, number, reference, customer_name)"
    " SELECT id, number, reference, customer_name FROM sales_orders"
    " WHERE id BETWEEN ?1 AND ?2" },
  { "sales_orders_count_insert",
    "UPDATE row_counts SET n = n + (SELECT count (*) FROM sales_orders o"
    "                               WHERE o.id BETWEEN ?1 AND ?2"
    "                                 AND row_counts.name IN ('sales_orders',"
    "                                                         'sales_orders:' || o.status))"
    " WHERE name = 'sales_orders' OR name IN (SELECT 'sales_orders:' || status FROM sales_orders"
    "                                         WHERE id BETWEEN ?1 AND ?2)" },
  { "sales_order_lines_committed_insert",
    "INSERT INTO stock_levels (item_id, warehouse_id, committed)"
    " SELECT l.item_id, o.warehouse_id, sum (l.quantity - l.quantity_shipped)"
    " FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id"
    " WHERE o.id BETWEEN ?1 AND ?2 AND +o.status = 'confirmed'"
    "   AND l.item_id IS NOT NULL AND l.quantity > l.quantity_shipped"
    " GROUP BY l.item_id, o.warehouse_id"
    " ON CONFLICT (item_id, warehouse_id) DO UPDATE SET committed = committed + excluded.committed" },
};

/* Drops the triggers; @trigger_sql receives the SQL that recreates each
 * (NULL for one that does not exist). */
static gboolean
suspend_triggers (CptDatabase  *db,
                  char        **trigger_sql,
                  GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (suspended_triggers); i++)
    {
      g_autofree char *drop = NULL;
      sqlite3_stmt *stmt;

      stmt = cpt_database_prepare (db,
                                   "SELECT sql FROM sqlite_schema"
                                   " WHERE type = 'trigger' AND name = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, suspended_triggers[i].name, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        trigger_sql[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (trigger_sql[i] == NULL)
        continue;
      drop = g_strdup_printf ("DROP TRIGGER %s", suspended_triggers[i].name);
      if (!cpt_database_exec (db, drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
resume_triggers (CptDatabase  *db,
                 char        **trigger_sql,
                 gint64        first_id,
                 gint64        last_id,
                 GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (suspended_triggers); i++)
    {
      sqlite3_stmt *stmt;

      if (trigger_sql[i] == NULL)
        continue;
      stmt = cpt_database_prepare (db, suspended_triggers[i].catch_up, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, first_id);
      sqlite3_bind_int64 (stmt, 2, last_id);
      if (!cpt_order_sql_step_done (db, stmt, error)
          || !cpt_database_exec (db, trigger_sql[i], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cpt_order_service_import (CptDatabase  *db,
                          CptOrder    **orders,
                          guint         n_orders,
                          GError      **error)
{
  g_autofree SavePoint *points = NULL;
  char *trigger_sql[G_N_ELEMENTS (suspended_triggers)] = { NULL };
  gboolean suspended = n_orders >= SUSPEND_TRIGGERS_MIN_ORDERS;
  gboolean ok = TRUE;
  guint done = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (orders != NULL || n_orders == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  points = g_new0 (SavePoint, n_orders);
  if (suspended)
    ok = suspend_triggers (db, trigger_sql, error);
  for (; done < n_orders && ok; done++)
    {
      save_point_init (&points[done], orders[done]);
      ok = create_one (db, orders[done], NULL, error);
      if (!ok)
        g_prefix_error (error, _("Order %u: "), done + 1);
    }
  if (ok && suspended)
    ok = resume_triggers (db, trigger_sql, cpt_order_get_id (orders[0]),
                          cpt_order_get_id (orders[n_orders - 1]), error);
  ok = finish (db, ok, error);
  for (guint i = 0; i < G_N_ELEMENTS (suspended_triggers); i++)
    g_free (trigger_sql[i]);
  for (guint i = 0; i < done; i++)
    {
      if (!ok)
        save_point_restore (&points[i], orders[i]);
      save_point_clear (&points[i]);
    }
  return ok;
}

static gboolean
update_one (CptDatabase  *db,
            CptOrder     *order,
            GError      **error)
{
  g_autofree char *number = NULL;
  g_autofree char *typed = NULL;
  CptOrderStatus status;
  sqlite3_stmt *stmt;
  gint64 customer_id;
  gboolean started;

  if (!cpt_order_service_lookup (db, cpt_order_get_id (order), &status, &number, error))
    return FALSE;
  if (status == CPT_ORDER_STATUS_CLOSED || status == CPT_ORDER_STATUS_VOID)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   status == CPT_ORDER_STATUS_VOID
                   ? _("The order %s is void and can no longer be changed.")
                   : _("The order %s is closed and can no longer be changed."),
                   number);
      return FALSE;
    }

  stmt = cpt_database_prepare (db,
                               "SELECT customer_id, invoiced_status <> 'not_invoiced'"
                               " OR shipped_status <> 'not_shipped' FROM sales_orders WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_order_get_id (order));
  sqlite3_step (stmt);
  customer_id = sqlite3_column_int64 (stmt, 0);
  started = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (started && customer_id != cpt_order_get_customer_id (order))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s has already been shipped or invoiced: its customer cannot change."),
                   number);
      return FALSE;
    }

  /* The status changes through confirm, void and close, never here; an
   * order keeps its number unless another one is typed; the name and the
   * e-mail are those of the customer, taken again when it changes. */
  cpt_order_set_status (order, status);
  typed = g_strstrip (g_strdup (cpt_order_get_number (order) ? cpt_order_get_number (order) : ""));
  if (*typed == '\0')
    cpt_order_set_number (order, number);
  if (customer_id != cpt_order_get_customer_id (order))
    {
      cpt_order_set_customer_name (order, NULL);
      cpt_order_set_customer_email (order, NULL);
    }
  return cpt_order_service_save (db, order, error);
}

gboolean
cpt_order_service_update (CptDatabase  *db,
                          CptOrder     *order,
                          GError      **error)
{
  SavePoint point;
  gboolean ok;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_ORDER (order), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cpt_order_get_id (order) <= 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                           _("This order has not been saved yet."));
      return FALSE;
    }
  if (!cpt_database_begin (db, error))
    return FALSE;
  save_point_init (&point, order);
  ok = finish (db, update_one (db, order, error), error);
  if (!ok)
    save_point_restore (&point, order);
  save_point_clear (&point);
  return ok;
}

static gboolean
confirm_one (CptDatabase  *db,
             gint64        order_id,
             GError      **error)
{
  g_autofree char *number = NULL;
  CptOrderStatus status;

  if (!cpt_order_service_lookup (db, order_id, &status, &number, error))
    return FALSE;
  switch (status)
    {
    case CPT_ORDER_STATUS_DRAFT:
      break;
    case CPT_ORDER_STATUS_VOID:
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is void and cannot be confirmed."), number);
      return FALSE;
    case CPT_ORDER_STATUS_CONFIRMED:
    case CPT_ORDER_STATUS_CLOSED:
    default:
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is already confirmed."), number);
      return FALSE;
    }
  return cpt_order_service_set_status (db, order_id, CPT_ORDER_STATUS_CONFIRMED, error)
         && cpt_history_add_to_order (db, order_id, "confirmed", _("Order confirmed"), error);
}

gboolean
cpt_order_service_confirm (CptDatabase  *db,
                           gint64        order_id,
                           GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  return finish (db, confirm_one (db, order_id, error), error);
}

static gboolean
void_one (CptDatabase  *db,
          gint64        order_id,
          const char   *reason,
          GError      **error)
{
  g_autofree char *number = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (reason ? reason : ""));
  g_autofree char *text = NULL;
  CptInvoicedStatus invoiced;
  CptShippedStatus shipped;
  CptOrderStatus status;
  sqlite3_stmt *stmt;

  if (!cpt_order_service_lookup (db, order_id, &status, &number, error))
    return FALSE;
  if (status == CPT_ORDER_STATUS_VOID)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is already void."), number);
      return FALSE;
    }
  if (status == CPT_ORDER_STATUS_CLOSED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is closed and cannot be voided."), number);
      return FALSE;
    }
  if (!cpt_order_service_recompute_sub_statuses (db, order_id, &invoiced, &shipped, error))
    return FALSE;
  if (invoiced != CPT_INVOICED_STATUS_NOT_INVOICED || shipped != CPT_SHIPPED_STATUS_NOT_SHIPPED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s has already been shipped or invoiced and cannot be voided."),
                   number);
      return FALSE;
    }
  if (*stripped == '\0')
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Give the reason why the order is voided."));
      return FALSE;
    }

  stmt = cpt_database_prepare (db,
                               "UPDATE sales_orders SET status = 'void', void_reason = ?2,"
                               " updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  text = cpt_database_dup_timestamp_now ();
  sqlite3_bind_int64 (stmt, 1, order_id);
  sqlite3_bind_text (stmt, 2, stripped, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
  if (!cpt_order_sql_step_done (db, stmt, error))
    return FALSE;
  g_free (text);
  text = g_strdup_printf (_("Order voided: %s"), stripped);
  return cpt_history_add_to_order (db, order_id, "voided", text, error);
}

gboolean
cpt_order_service_void (CptDatabase  *db,
                        gint64        order_id,
                        const char   *reason,
                        GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  return finish (db, void_one (db, order_id, reason, error), error);
}

static gboolean
delete_one (CptDatabase  *db,
            gint64        order_id,
            GError      **error)
{
  g_autofree char *number = NULL;
  CptOrderStatus status;
  sqlite3_stmt *stmt;

  if (!cpt_order_service_lookup (db, order_id, &status, &number, error))
    return FALSE;
  if (status != CPT_ORDER_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("Only drafts can be deleted: void the order %s instead."), number);
      return FALSE;
    }

  /* Its lines, VAT summary and history go with it (ON DELETE CASCADE). */
  stmt = cpt_database_prepare (db, "DELETE FROM sales_orders WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  return cpt_order_sql_step_done (db, stmt, error);
}

gboolean
cpt_order_service_delete (CptDatabase  *db,
                          gint64        order_id,
                          GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  return finish (db, delete_one (db, order_id, error), error);
}

static gint64
duplicate_one (CptDatabase  *db,
               gint64        order_id,
               GError      **error)
{
  g_autoptr(CptOrder) copy = cpt_order_service_load (db, order_id, error);
  g_autofree char *today = cpt_date_today ();
  g_autofree char *text = NULL;

  if (copy == NULL)
    return 0;
  text = g_strdup_printf (_("Order created as a copy of %s"), cpt_order_get_number (copy));
  g_object_set (copy,
                "number", NULL,
                "status", CPT_ORDER_STATUS_DRAFT,
                "date", today,
                "marketplace", NULL,
                "merged-into", NULL,
                "void-reason", NULL,
                NULL);
  if (!create_one (db, copy, text, error))
    return 0;
  return cpt_order_get_id (copy);
}

gint64
cpt_order_service_duplicate (CptDatabase  *db,
                             gint64        order_id,
                             GError      **error)
{
  gint64 new_id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!cpt_database_begin (db, error))
    return 0;
  new_id = duplicate_one (db, order_id, error);
  if (!finish (db, new_id > 0, error))
    return 0;
  return new_id;
}

static gboolean
mark_sent_one (CptDatabase  *db,
               gint64        order_id,
               const char   *recipient,
               GError      **error)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  CptOrderStatus status;

  if (!cpt_order_service_lookup (db, order_id, &status, &number, error))
    return FALSE;
  if (status == CPT_ORDER_STATUS_VOID)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is void and cannot be sent."), number);
      return FALSE;
    }
  if (status == CPT_ORDER_STATUS_DRAFT && !confirm_one (db, order_id, error))
    return FALSE;
  text = g_strdup_printf (_("Sent by e-mail to %s"), recipient ? recipient : "");
  return cpt_history_add_to_order (db, order_id, "emailed", text, error);
}

gboolean
cpt_order_service_mark_sent (CptDatabase  *db,
                             gint64        order_id,
                             const char   *recipient,
                             GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  return finish (db, mark_sent_one (db, order_id, recipient, error), error);
}

static CptOrder *
get_one (CptDatabase  *db,
         gint64        order_id,
         GError      **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GListModel) history = NULL;

  order = cpt_order_service_load (db, order_id, error);
  if (order == NULL)
    return NULL;
  history = cpt_history_list (db, CPT_HISTORY_ORDER, order_id, error);
  if (history == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CptHistoryEntry) entry = g_list_model_get_item (history, i);

      cpt_order_add_history (order,
                             cpt_history_entry_get_at (entry),
                             cpt_history_entry_get_event (entry),
                             cpt_history_entry_get_text (entry));
    }
  return g_steal_pointer (&order);
}

/* The order, its lines and its history are read in one read transaction
 * (a snapshot: another process saving the order meanwhile is not seen
 * half-way), which takes no lock from writers in WAL mode. */
CptOrder *
cpt_order_service_get (CptDatabase  *db,
                       gint64        order_id,
                       GError      **error)
{
  gboolean own_snapshot;
  CptOrder *order;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  own_snapshot = sqlite3_get_autocommit (cpt_database_get_handle (db));
  if (own_snapshot && !cpt_database_exec (db, "BEGIN DEFERRED", error))
    return NULL;
  order = get_one (db, order_id, error);
  if (own_snapshot)
    cpt_database_exec (db, "COMMIT", NULL);
  return order;
}

GPtrArray *
cpt_order_service_get_taxes (CptDatabase  *db,
                             gint64        order_id,
                             GError      **error)
{
  g_autoptr(GPtrArray) taxes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db,
                               "SELECT tax_id, name, rate, base, amount FROM sales_order_taxes"
                               " WHERE order_id = ? ORDER BY rate DESC, tax_id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, order_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptDocumentTax *tax = cpt_document_tax_new ();

      cpt_document_tax_set_tax_id (tax, sqlite3_column_int64 (stmt, 0));
      cpt_document_tax_set_name (tax, (const char *) sqlite3_column_text (stmt, 1));
      cpt_document_tax_set_rate (tax, sqlite3_column_int (stmt, 2));
      cpt_document_tax_set_base (tax, sqlite3_column_int64 (stmt, 3));
      cpt_document_tax_set_amount (tax, sqlite3_column_int64 (stmt, 4));
      g_ptr_array_add (taxes, tax);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&taxes);
}

gint64
cpt_order_service_find_by_number (CptDatabase  *db,
                                  const char   *number,
                                  GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);

  stmt = cpt_database_prepare (db, "SELECT id FROM sales_orders WHERE number = ?", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, number ? number : "", -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                 _("The order %s does not exist."), number ? number : "");
  return id;
}
