/* cpt-order-service-internal.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-service-internal"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-order-service-private.h"

/* The pieces of an order that the services built on it (shipments,
 * invoices, credit notes, closing, merge) read and change inside their own
 * transaction. */

/* The database stores the machine names of core's statuses; a value the
 * CHECK constraints let through is always one of them. */
const char *
cpt_order_status_to_sql (CptOrderStatus status)
{
  return cpt_order_status_to_string (status);
}

CptOrderStatus
cpt_order_status_from_sql (const char *text)
{
  CptOrderStatus status = CPT_ORDER_STATUS_DRAFT;

  cpt_order_status_from_string (text, &status);
  return status;
}

const char *
cpt_invoiced_status_to_sql (CptInvoicedStatus status)
{
  return cpt_invoiced_status_to_string (status);
}

CptInvoicedStatus
cpt_invoiced_status_from_sql (const char *text)
{
  CptInvoicedStatus status = CPT_INVOICED_STATUS_NOT_INVOICED;

  cpt_invoiced_status_from_string (text, &status);
  return status;
}

const char *
cpt_shipped_status_to_sql (CptShippedStatus status)
{
  return cpt_shipped_status_to_string (status);
}

CptShippedStatus
cpt_shipped_status_from_sql (const char *text)
{
  CptShippedStatus status = CPT_SHIPPED_STATUS_NOT_SHIPPED;

  cpt_shipped_status_from_string (text, &status);
  return status;
}

gboolean
cpt_order_sql_fail (CptDatabase   *db,
                    sqlite3_stmt  *stmt,
                    int            rc,
                    GError       **error)
{
  cpt_database_set_error_code (db, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
cpt_order_sql_step_done (CptDatabase   *db,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return cpt_order_sql_fail (db, stmt, rc, error);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
cpt_order_service_lookup (CptDatabase     *db,
                          gint64           order_id,
                          CptOrderStatus  *status,
                          char           **number,
                          GError         **error)
{
  sqlite3_stmt *stmt;

  stmt = cpt_database_prepare (db, "SELECT status, number FROM sales_orders WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The order %lld does not exist."), (long long) order_id);
      return FALSE;
    }
  if (status != NULL)
    *status = cpt_order_status_from_sql ((const char *) sqlite3_column_text (stmt, 0));
  if (number != NULL)
    *number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

GPtrArray *
cpt_order_service_load_lines (CptDatabase  *db,
                              gint64        order_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT id, position, item_id, description, quantity, unit, rate,"
                               " discount, tax_id, tax_name, tax_rate, amount, quantity_shipped,"
                               " quantity_invoiced FROM sales_order_lines"
                               " WHERE order_id = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, order_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (lines,
                     g_object_new (CPT_TYPE_ORDER_LINE,
                                   "id", sqlite3_column_int64 (stmt, 0),
                                   "position", sqlite3_column_int (stmt, 1),
                                   "item-id", sqlite3_column_int64 (stmt, 2),
                                   "description", sqlite3_column_text (stmt, 3),
                                   "quantity", sqlite3_column_int64 (stmt, 4),
                                   "unit", sqlite3_column_text (stmt, 5),
                                   "rate", sqlite3_column_int64 (stmt, 6),
                                   "discount", sqlite3_column_int (stmt, 7),
                                   "tax-id", sqlite3_column_int64 (stmt, 8),
                                   "tax-name", sqlite3_column_text (stmt, 9),
                                   "tax-rate", sqlite3_column_int (stmt, 10),
                                   "amount", sqlite3_column_int64 (stmt, 11),
                                   "quantity-shipped", sqlite3_column_int64 (stmt, 12),
                                   "quantity-invoiced", sqlite3_column_int64 (stmt, 13),
                                   NULL));
  if (rc != SQLITE_DONE)
    {
      cpt_order_sql_fail (db, stmt, rc, error);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&lines);
}

CptAddress *
cpt_order_sql_address (sqlite3_stmt *stmt,
                       int           first)
{
  return cpt_address_new ((const char *) sqlite3_column_text (stmt, first),
                          (const char *) sqlite3_column_text (stmt, first + 1),
                          (const char *) sqlite3_column_text (stmt, first + 2),
                          (const char *) sqlite3_column_text (stmt, first + 3),
                          (const char *) sqlite3_column_text (stmt, first + 4));
}

CptOrder *
cpt_order_service_load (CptDatabase  *db,
                        gint64        order_id,
                        GError      **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  sqlite3_stmt *stmt;

  stmt = cpt_database_prepare (db,
                               "SELECT o.number, o.status, o.invoiced_status, o.shipped_status,"
                               " o.customer_id, o.customer_name, o.customer_email, o.reference,"
                               " o.date, o.shipment_date, o.delivery_method_id, o.payment_terms_id,"
                               " o.warehouse_id, o.salesperson, o.marketplace,"
                               " o.billing_street, o.billing_street2, o.billing_postcode,"
                               " o.billing_city, o.billing_country,"
                               " o.shipping_street, o.shipping_street2, o.shipping_postcode,"
                               " o.shipping_city, o.shipping_country,"
                               " o.discount_kind, o.discount_value, o.shipping_charge,"
                               " o.shipping_tax_id, o.shipping_tax_rate, o.shipping_tax_name,"
                               " o.adjustment, o.adjustment_description, o.notes, o.terms,"
                               " o.sub_total, o.discount_total, o.tax_total, o.total,"
                               " m.number, o.void_reason, o.created_at, o.updated_at"
                               " FROM sales_orders o"
                               " LEFT JOIN sales_orders m ON m.id = o.merged_into_id"
                               " WHERE o.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, order_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The order %lld does not exist."), (long long) order_id);
      return NULL;
    }

  billing = cpt_order_sql_address (stmt, 15);
  shipping = cpt_order_sql_address (stmt, 20);
  order = g_object_new (CPT_TYPE_ORDER,
                        "id", order_id,
                        "number", sqlite3_column_text (stmt, 0),
                        "status", cpt_order_status_from_sql ((const char *) sqlite3_column_text (stmt, 1)),
                        "invoiced-status", cpt_invoiced_status_from_sql ((const char *) sqlite3_column_text (stmt, 2)),
                        "shipped-status", cpt_shipped_status_from_sql ((const char *) sqlite3_column_text (stmt, 3)),
                        "customer-id", sqlite3_column_int64 (stmt, 4),
                        "customer-name", sqlite3_column_text (stmt, 5),
                        "customer-email", sqlite3_column_text (stmt, 6),
                        "reference", sqlite3_column_text (stmt, 7),
                        "date", sqlite3_column_text (stmt, 8),
                        "shipment-date", sqlite3_column_text (stmt, 9),
                        "delivery-method-id", sqlite3_column_int64 (stmt, 10),
                        "payment-terms-id", sqlite3_column_int64 (stmt, 11),
                        "warehouse-id", sqlite3_column_int64 (stmt, 12),
                        "salesperson", sqlite3_column_text (stmt, 13),
                        "marketplace", sqlite3_column_text (stmt, 14),
                        "billing-address", billing,
                        "shipping-address", shipping,
                        "discount-kind", cpt_order_discount_kind_from_sql ((const char *) sqlite3_column_text (stmt, 25)),
                        "discount-value", sqlite3_column_int64 (stmt, 26),
                        "shipping-charge", sqlite3_column_int64 (stmt, 27),
                        "shipping-tax-id", sqlite3_column_int64 (stmt, 28),
                        "shipping-tax-rate", sqlite3_column_int (stmt, 29),
                        "shipping-tax-name", sqlite3_column_text (stmt, 30),
                        "adjustment", sqlite3_column_int64 (stmt, 31),
                        "adjustment-description", sqlite3_column_text (stmt, 32),
                        "notes", sqlite3_column_text (stmt, 33),
                        "terms", sqlite3_column_text (stmt, 34),
                        "sub-total", sqlite3_column_int64 (stmt, 35),
                        "discount-total", sqlite3_column_int64 (stmt, 36),
                        "tax-total", sqlite3_column_int64 (stmt, 37),
                        "total", sqlite3_column_int64 (stmt, 38),
                        "merged-into", sqlite3_column_text (stmt, 39),
                        "void-reason", sqlite3_column_text (stmt, 40),
                        "created-at", sqlite3_column_text (stmt, 41),
                        "updated-at", sqlite3_column_text (stmt, 42),
                        NULL);
  sqlite3_reset (stmt);

  lines = cpt_order_service_load_lines (db, order_id, error);
  if (lines == NULL)
    return NULL;
  for (guint i = 0; i < lines->len; i++)
    cpt_order_add_line (order, g_ptr_array_index (lines, i));
  return g_steal_pointer (&order);
}

gboolean
cpt_order_service_add_line_quantities (CptDatabase  *db,
                                       gint64        line_id,
                                       gint64        shipped,
                                       gint64        invoiced,
                                       GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 quantity, new_shipped, new_invoiced;
  int position;

  stmt = cpt_database_prepare (db,
                               "SELECT quantity, quantity_shipped, quantity_invoiced, position"
                               " FROM sales_order_lines WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, line_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The order line %lld does not exist."), (long long) line_id);
      return FALSE;
    }
  quantity = sqlite3_column_int64 (stmt, 0);
  new_shipped = sqlite3_column_int64 (stmt, 1) + shipped;
  new_invoiced = sqlite3_column_int64 (stmt, 2) + invoiced;
  position = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);

  if (new_shipped < 0 || new_shipped > quantity)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("Line %d: the quantity shipped cannot exceed the quantity ordered."),
                   position + 1);
      return FALSE;
    }
  if (new_invoiced < 0 || new_invoiced > quantity)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("Line %d: the quantity invoiced cannot exceed the quantity ordered."),
                   position + 1);
      return FALSE;
    }

  stmt = cpt_database_prepare (db,
                               "UPDATE sales_order_lines SET quantity_shipped = ?2,"
                               " quantity_invoiced = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, line_id);
  sqlite3_bind_int64 (stmt, 2, new_shipped);
  sqlite3_bind_int64 (stmt, 3, new_invoiced);
  return cpt_order_sql_step_done (db, stmt, error);
}

gboolean
cpt_order_service_recompute_sub_statuses (CptDatabase        *db,
                                          gint64              order_id,
                                          CptInvoicedStatus  *invoiced,
                                          CptShippedStatus   *shipped,
                                          GError            **error)
{
  g_autoptr(GArray) ordered = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) done_invoiced = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) done_shipped = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shippable = g_array_new (FALSE, FALSE, sizeof (gboolean));
  CptInvoicedStatus new_invoiced;
  CptShippedStatus new_shipped;
  sqlite3_stmt *stmt;
  int rc;

  /* A service is never shipped; a free-text line may be. */
  stmt = cpt_database_prepare (db,
                               "SELECT l.quantity, l.quantity_invoiced, l.quantity_shipped,"
                               " i.type IS NOT 'service'"
                               " FROM sales_order_lines l LEFT JOIN items i ON i.id = l.item_id"
                               " WHERE l.order_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 values[3];
      gboolean can_ship = sqlite3_column_int (stmt, 3);

      for (guint i = 0; i < 3; i++)
        values[i] = sqlite3_column_int64 (stmt, i);
      g_array_append_val (ordered, values[0]);
      g_array_append_val (done_invoiced, values[1]);
      g_array_append_val (done_shipped, values[2]);
      g_array_append_val (shippable, can_ship);
    }
  if (rc != SQLITE_DONE)
    return cpt_order_sql_fail (db, stmt, rc, error);
  sqlite3_reset (stmt);

  new_invoiced = cpt_invoiced_status_compute ((gint64 *) ordered->data, (gint64 *) done_invoiced->data,
                                              ordered->len);
  new_shipped = cpt_shipped_status_compute ((gint64 *) ordered->data, (gint64 *) done_shipped->data,
                                            (gboolean *) shippable->data, ordered->len);

  stmt = cpt_database_prepare (db,
                               "UPDATE sales_orders SET invoiced_status = ?2, shipped_status = ?3"
                               " WHERE id = ?1 AND (invoiced_status IS NOT ?2 OR shipped_status IS NOT ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  sqlite3_bind_text (stmt, 2, cpt_invoiced_status_to_sql (new_invoiced), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cpt_shipped_status_to_sql (new_shipped), -1, SQLITE_STATIC);
  if (!cpt_order_sql_step_done (db, stmt, error))
    return FALSE;
  if (invoiced != NULL)
    *invoiced = new_invoiced;
  if (shipped != NULL)
    *shipped = new_shipped;
  return TRUE;
}

gboolean
cpt_order_service_set_status (CptDatabase     *db,
                              gint64           order_id,
                              CptOrderStatus   status,
                              GError         **error)
{
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  sqlite3_stmt *stmt;

  stmt = cpt_database_prepare (db,
                               "UPDATE sales_orders SET status = ?2, updated_at = ?3 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  sqlite3_bind_text (stmt, 2, cpt_order_status_to_sql (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  return cpt_order_sql_step_done (db, stmt, error);
}
