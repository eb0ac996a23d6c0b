/* cpt-customer-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customer-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-customer-service.h"
#include "cpt-error.h"

#define CUSTOMER_COLUMNS \
  "c.id, c.type, c.display_name, c.company_name, c.contact_name, c.email, c.phone, " \
  "c.siren, c.vat_number, " \
  "c.billing_street, c.billing_street2, c.billing_postcode, c.billing_city, c.billing_country, " \
  "c.shipping_street, c.shipping_street2, c.shipping_postcode, c.shipping_city, c.shipping_country, " \
  "c.payment_terms_id, c.notes, c.created_at, c.updated_at, c.sort_name"

/* Index of sort_name in CUSTOMER_COLUMNS, for the paging cursor. */
#define COLUMN_SORT_NAME 23

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static CptCustomer *
customer_from_row (sqlite3_stmt *stmt)
{
  CptCustomer *customer = cpt_customer_new ();
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  CptCustomerKind kind = CPT_CUSTOMER_KIND_COMPANY;

  cpt_customer_kind_from_string (column_text (stmt, 1), &kind);
  billing = cpt_address_new (column_text (stmt, 9), column_text (stmt, 10), column_text (stmt, 11),
                             column_text (stmt, 12), column_text (stmt, 13));
  shipping = cpt_address_new (column_text (stmt, 14), column_text (stmt, 15), column_text (stmt, 16),
                              column_text (stmt, 17), column_text (stmt, 18));

  cpt_customer_set_id (customer, sqlite3_column_int64 (stmt, 0));
  cpt_customer_set_kind (customer, kind);
  cpt_customer_set_display_name (customer, column_text (stmt, 2));
  cpt_customer_set_company_name (customer, column_text (stmt, 3));
  cpt_customer_set_contact_name (customer, column_text (stmt, 4));
  cpt_customer_set_email (customer, column_text (stmt, 5));
  cpt_customer_set_phone (customer, column_text (stmt, 6));
  cpt_customer_set_siren (customer, column_text (stmt, 7));
  cpt_customer_set_vat_number (customer, column_text (stmt, 8));
  cpt_customer_set_billing_address (customer, billing);
  cpt_customer_set_shipping_address (customer, shipping);
  cpt_customer_set_payment_terms_id (customer, sqlite3_column_int64 (stmt, 19));
  cpt_customer_set_notes (customer, column_text (stmt, 20));
  cpt_customer_set_timestamps (customer, column_text (stmt, 21), column_text (stmt, 22));

  return customer;
}

/* Binds ?1..?20 in the order of the INSERT and UPDATE below. */
static void
bind_customer (sqlite3_stmt *stmt,
               CptCustomer  *customer)
{
  const CptAddress *billing = cpt_customer_get_billing_address (customer);
  const CptAddress *shipping = cpt_customer_get_shipping_address (customer);
  gint64 terms = cpt_customer_get_payment_terms_id (customer);

  sqlite3_bind_text (stmt, 1, cpt_customer_kind_to_string (cpt_customer_get_kind (customer)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cpt_customer_get_display_name (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, cpt_customer_get_company_name (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, cpt_customer_get_contact_name (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, cpt_customer_get_email (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, cpt_customer_get_phone (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, cpt_customer_get_siren (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, cpt_customer_get_vat_number (customer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, billing->street, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, billing->street2, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, billing->postcode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, billing->city, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, billing->country, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, shipping->street, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, shipping->street2, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, shipping->postcode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, shipping->city, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 18, shipping->country, -1, SQLITE_TRANSIENT);
  if (terms > 0)
    sqlite3_bind_int64 (stmt, 19, terms);
  else
    sqlite3_bind_null (stmt, 19);
  sqlite3_bind_text (stmt, 20, cpt_customer_get_notes (customer), -1, SQLITE_TRANSIENT);
}

static gboolean
fail (CptDatabase  *db,
      GError      **error)
{
  cpt_database_set_error (db, error);
  cpt_database_rollback (db);
  return FALSE;
}

static gboolean
check_payment_terms (CptDatabase  *db,
                     CptCustomer  *customer,
                     GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  gint64 terms = cpt_customer_get_payment_terms_id (customer);

  if (terms <= 0)
    return TRUE;

  stmt = cpt_database_prepare (db, "SELECT 1 FROM payment_terms WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, terms);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The payment terms chosen for the customer “%s” do not exist."),
                   cpt_customer_get_display_name (customer));
      return FALSE;
    }

  return TRUE;
}

static gboolean
prepare_write (CptDatabase  *db,
               CptCustomer  *customer,
               GError      **error)
{
  cpt_customer_normalize (customer);
  if (!cpt_customer_validate (customer, error))
    return FALSE;
  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!check_payment_terms (db, customer, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * cpt_customer_service_create:
 *
 * Validates and inserts @customer, then sets its id and timestamps.
 */
gboolean
cpt_customer_service_create (CptDatabase  *db,
                             CptCustomer  *customer,
                             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  gint64 id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_CUSTOMER (customer), FALSE);

  if (!prepare_write (db, customer, error))
    return FALSE;

  stmt = cpt_database_prepare (db,
                               "INSERT INTO customers (type, display_name, sort_name, company_name,"
                               " contact_name, email, phone, siren, vat_number,"
                               " billing_street, billing_street2, billing_postcode, billing_city,"
                               " billing_country, shipping_street, shipping_street2,"
                               " shipping_postcode, shipping_city, shipping_country,"
                               " payment_terms_id, notes, created_at, updated_at)"
                               " VALUES (?1, ?2, cpt_fold (?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                               " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21)",
                               error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  bind_customer (stmt, customer);
  sqlite3_bind_text (stmt, 21, now, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error);
  id = cpt_database_last_insert_id (db);

  cpt_database_mark_changed (db, "customers");
  if (!cpt_database_commit (db, error))
    return FALSE;

  cpt_customer_set_id (customer, id);
  cpt_customer_set_timestamps (customer, now, now);
  return TRUE;
}

static void
set_not_found (gint64   id,
               GError **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no customer number %s."), text);
}

/**
 * cpt_customer_service_update:
 *
 * Saves every field of @customer over the row with its id. Orders and
 * documents keep their own copies of the name and addresses.
 */
gboolean
cpt_customer_service_update (CptDatabase  *db,
                             CptCustomer  *customer,
                             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_CUSTOMER (customer), FALSE);

  if (!prepare_write (db, customer, error))
    return FALSE;

  stmt = cpt_database_prepare (db,
                               "UPDATE customers SET type = ?1, display_name = ?2,"
                               " sort_name = cpt_fold (?2), company_name = ?3, contact_name = ?4,"
                               " email = ?5, phone = ?6, siren = ?7, vat_number = ?8,"
                               " billing_street = ?9, billing_street2 = ?10, billing_postcode = ?11,"
                               " billing_city = ?12, billing_country = ?13, shipping_street = ?14,"
                               " shipping_street2 = ?15, shipping_postcode = ?16, shipping_city = ?17,"
                               " shipping_country = ?18, payment_terms_id = ?19, notes = ?20,"
                               " updated_at = ?21 WHERE id = ?22",
                               error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  bind_customer (stmt, customer);
  sqlite3_bind_text (stmt, 21, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 22, cpt_customer_get_id (customer));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error);

  if (cpt_database_changes (db) == 0)
    {
      cpt_database_rollback (db);
      set_not_found (cpt_customer_get_id (customer), error);
      return FALSE;
    }

  cpt_database_mark_changed (db, "customers");
  if (!cpt_database_commit (db, error))
    return FALSE;

  cpt_customer_set_timestamps (customer, cpt_customer_get_created_at (customer), now);
  return TRUE;
}

static gboolean
is_referenced (CptDatabase  *db,
               const char   *sql,
               gint64        id,
               gboolean     *referenced,
               GError      **error)
{
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  *referenced = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * cpt_customer_service_delete:
 *
 * Deletes a customer no order and no document refers to; otherwise
 * refuses with CPT_ERROR_STATE and says why.
 */
gboolean
cpt_customer_service_delete (CptDatabase  *db,
                             gint64        id,
                             GError      **error)
{
  g_autoptr(CptCustomer) customer = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  gboolean has_orders = FALSE;
  gboolean has_invoices = FALSE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  customer = cpt_customer_service_get (db, id, error);
  if (customer == NULL ||
      !is_referenced (db, "SELECT 1 FROM sales_orders WHERE customer_id = ?1 LIMIT 1", id,
                      &has_orders, error) ||
      !is_referenced (db, "SELECT 1 FROM invoices WHERE customer_id = ?1 LIMIT 1", id,
                      &has_invoices, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  if (has_orders || has_invoices)
    {
      cpt_database_rollback (db);
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   has_orders
                   ? _("The customer “%s” cannot be deleted: orders are recorded for this customer.")
                   : _("The customer “%s” cannot be deleted: invoices are recorded for this customer."),
                   cpt_customer_get_display_name (customer));
      return FALSE;
    }

  stmt = cpt_database_prepare (db, "DELETE FROM customers WHERE id = ?1", error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error);

  cpt_database_mark_changed (db, "customers");
  return cpt_database_commit (db, error);
}

CptCustomer *
cpt_customer_service_get (CptDatabase  *db,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " CUSTOMER_COLUMNS " FROM customers c WHERE c.id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return customer_from_row (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (id, error);
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/**
 * cpt_customer_service_get_many:
 *
 * The customers of @ids, in the order of @ids (a page of a lazy list);
 * ids that no longer exist are skipped.
 */
GPtrArray *
cpt_customer_service_get_many (CptDatabase   *db,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(CptStatement) stmt = NULL;
      int rc;

      stmt = cpt_database_prepare (db, "SELECT " CUSTOMER_COLUMNS " FROM customers c WHERE c.id = ?1",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (customers, customer_from_row (stmt));
      else if (rc != SQLITE_DONE)
        {
          cpt_database_set_error (db, error);
          return NULL;
        }
    }

  return g_steal_pointer (&customers);
}

/**
 * cpt_customer_service_list_ids:
 * @search: (nullable): words typed by the user; %NULL or blank for all
 *
 * The ids of the matching customers in display order, for a lazy list
 * model that then fetches pages with cpt_customer_service_get_many().
 */
GArray *
cpt_customer_service_list_ids (CptDatabase  *db,
                               const char   *search,
                               GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *query = cpt_database_build_fts_query (search);
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  if (query == NULL)
    stmt = cpt_database_prepare (db, "SELECT id FROM customers ORDER BY sort_name, id", error);
  else
    stmt = cpt_database_prepare (db,
                                 "SELECT id FROM customers WHERE id IN"
                                 " (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1)"
                                 " ORDER BY sort_name, id",
                                 error);
  if (stmt == NULL)
    return NULL;
  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * cpt_customer_service_list:
 * @cursor: (nullable): the @next_cursor of the previous page, or %NULL
 * @next_cursor: (out) (nullable): set to the cursor of the next page, or
 *   %NULL when this page is the last
 *
 * One page of at most @limit customers (keyset paging, for the API).
 */
GPtrArray *
cpt_customer_service_list (CptDatabase  *db,
                           const char   *search,
                           const char   *cursor,
                           guint         limit,
                           char        **next_cursor,
                           GError      **error)
{
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *query = cpt_database_build_fts_query (search);
  g_autofree char *after_key = NULL;
  g_autofree char *last_key = NULL;
  gint64 after_id = 0;
  gint64 last_id = 0;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (limit > 0, NULL);

  if (next_cursor != NULL)
    *next_cursor = NULL;

  if (cursor != NULL && !cpt_database_decode_cursor (cursor, &after_key, &after_id))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The list position (cursor) is not valid."));
      return NULL;
    }

  stmt = cpt_database_prepare (db,
                               query == NULL
                               ? "SELECT " CUSTOMER_COLUMNS " FROM customers c"
                                 " WHERE ?2 IS NULL OR (c.sort_name, c.id) > (?2, ?3)"
                                 " ORDER BY c.sort_name, c.id LIMIT ?4"
                               : "SELECT " CUSTOMER_COLUMNS " FROM customers c"
                                 " WHERE c.id IN (SELECT rowid FROM customers_fts"
                                 "                WHERE customers_fts MATCH ?1)"
                                 " AND (?2 IS NULL OR (c.sort_name, c.id) > (?2, ?3))"
                                 " ORDER BY c.sort_name, c.id LIMIT ?4",
                               error);
  if (stmt == NULL)
    return NULL;

  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  if (after_key != NULL)
    {
      sqlite3_bind_text (stmt, 2, after_key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, after_id);
    }
  /* One more row than asked tells whether there is a next page. */
  sqlite3_bind_int64 (stmt, 4, (gint64) limit + 1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (customers->len == limit)
        {
          if (next_cursor != NULL)
            *next_cursor = cpt_database_encode_cursor (last_key, last_id);
          break;
        }
      g_ptr_array_add (customers, customer_from_row (stmt));
      g_free (last_key);
      last_key = g_strdup (column_text (stmt, COLUMN_SORT_NAME));
      last_id = sqlite3_column_int64 (stmt, 0);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&customers);
}

static gboolean
contains_id (GPtrArray *customers,
             gint64     id)
{
  for (guint i = 0; i < customers->len; i++)
    if (cpt_customer_get_id (g_ptr_array_index (customers, i)) == id)
      return TRUE;
  return FALSE;
}

/**
 * cpt_customer_service_complete:
 *
 * Suggestions for the order form's customer field: first the customers
 * whose name starts with @text (in name order, straight from the name
 * index), then those with a word of their name, e-mail or city starting
 * with the words of @text. Both steps stop at @limit rows, so the answer is
 * instant whatever the number of customers.
 */
GPtrArray *
cpt_customer_service_complete (CptDatabase  *db,
                               const char   *text,
                               guint         limit,
                               GError      **error)
{
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *folded = cpt_database_fold_text (text);
  g_autofree char *query = cpt_database_build_fts_query (text);
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  if (limit == 0)
    return g_steal_pointer (&customers);

  {
    g_autoptr(CptStatement) stmt = NULL;

    stmt = cpt_database_prepare (db,
                                 "SELECT " CUSTOMER_COLUMNS " FROM customers c"
                                 " WHERE c.sort_name >= ?1 AND c.sort_name < ?1 || char (1114111)"
                                 " ORDER BY c.sort_name, c.id LIMIT ?2",
                                 error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, limit);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (customers, customer_from_row (stmt));
    if (rc != SQLITE_DONE)
      {
        cpt_database_set_error (db, error);
        return NULL;
      }
  }

  if (customers->len < limit && query != NULL)
    {
      g_autoptr(CptStatement) stmt = NULL;

      stmt = cpt_database_prepare (db,
                                   "SELECT " CUSTOMER_COLUMNS " FROM customers_fts f"
                                   " JOIN customers c ON c.id = f.rowid"
                                   " WHERE customers_fts MATCH ?1 LIMIT ?2",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, (gint64) limit * 2);
      while (customers->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (!contains_id (customers, sqlite3_column_int64 (stmt, 0)))
            g_ptr_array_add (customers, customer_from_row (stmt));
        }
      if (customers->len < limit && rc != SQLITE_DONE)
        {
          cpt_database_set_error (db, error);
          return NULL;
        }
    }

  return g_steal_pointer (&customers);
}

/**
 * cpt_customer_service_get_amounts:
 * @to_invoice: (out) (optional): incl. VAT, cents: what confirmed and
 *   closed orders still have to invoice (their total minus the issued,
 *   sent and paid invoices made from them)
 * @unpaid: (out) (optional): incl. VAT, cents: issued and sent invoices
 *   not yet paid
 */
gboolean
cpt_customer_service_get_amounts (CptDatabase  *db,
                                  gint64        id,
                                  gint64       *to_invoice,
                                  gint64       *unpaid,
                                  GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  stmt = cpt_database_prepare (db,
                               "SELECT"
                               " (SELECT coalesce (sum (max (o.total - coalesce ("
                               "    (SELECT sum (i.total) FROM invoices i WHERE i.order_id = o.id"
                               "     AND i.status IN ('issued', 'sent', 'paid')), 0), 0)), 0)"
                               "  FROM sales_orders o WHERE o.customer_id = ?1"
                               "  AND o.status IN ('confirmed', 'closed')"
                               "  AND o.invoiced_status <> 'invoiced'),"
                               " (SELECT coalesce (sum (i.total), 0) FROM invoices i"
                               "  WHERE i.customer_id = ?1 AND i.status IN ('issued', 'sent')),"
                               " EXISTS (SELECT 1 FROM customers WHERE id = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return cpt_database_set_error (db, error);

  if (sqlite3_column_int (stmt, 2) == 0)
    {
      set_not_found (id, error);
      return FALSE;
    }

  if (to_invoice != NULL)
    *to_invoice = sqlite3_column_int64 (stmt, 0);
  if (unpaid != NULL)
    *unpaid = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}
