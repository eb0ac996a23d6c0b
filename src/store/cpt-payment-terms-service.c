/* cpt-payment-terms-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-payment-terms-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-payment-terms-service.h"

#define TERMS_COLUMNS "id, name, days, end_of_month, active, is_default"

static CptPaymentTerms *
terms_from_row (sqlite3_stmt *stmt)
{
  CptPaymentTerms *terms = cpt_payment_terms_new ();

  cpt_payment_terms_set_id (terms, sqlite3_column_int64 (stmt, 0));
  cpt_payment_terms_set_name (terms, (const char *) sqlite3_column_text (stmt, 1));
  cpt_payment_terms_set_days (terms, sqlite3_column_int (stmt, 2));
  cpt_payment_terms_set_end_of_month (terms, sqlite3_column_int (stmt, 3));
  cpt_payment_terms_set_active (terms, sqlite3_column_int (stmt, 4));
  cpt_payment_terms_set_is_default (terms, sqlite3_column_int (stmt, 5));
  return terms;
}

/* Shortest first, as people read them. */
GPtrArray *
cpt_payment_terms_service_list (CptDatabase  *db,
                                gboolean      include_inactive,
                                GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db,
                               "SELECT " TERMS_COLUMNS " FROM payment_terms WHERE active = 1 OR ?1"
                               " ORDER BY days, end_of_month, name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, terms_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

static CptPaymentTerms *
get_one (CptDatabase  *db,
         const char   *sql,
         gint64        id,
         GError      **error)
{
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return terms_from_row (stmt);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("There are no payment terms number %s."), text);
    }
  else
    cpt_database_set_error (db, error);
  return NULL;
}

CptPaymentTerms *
cpt_payment_terms_service_get (CptDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  return get_one (db, "SELECT " TERMS_COLUMNS " FROM payment_terms WHERE id = ?1", id, error);
}

/* The terms new customers start with. */
CptPaymentTerms *
cpt_payment_terms_service_get_default (CptDatabase  *db,
                                       GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  /* Without a default (never in practice), the shortest active terms. */
  return get_one (db, "SELECT " TERMS_COLUMNS " FROM payment_terms WHERE active = 1 AND ?1 = 0"
                      " ORDER BY is_default DESC, days, id LIMIT 1", 0, error);
}

static gboolean
write_terms (CptDatabase      *db,
             CptPaymentTerms  *terms,
             gboolean          create,
             GError          **error)
{
  g_autofree char *name = g_strstrip (g_strdup (cpt_payment_terms_get_name (terms)));
  g_autoptr(CptStatement) stmt = NULL;

  cpt_payment_terms_set_name (terms, name);
  if (*name == '\0')
    {
      cpt_error_add_field (error, "name", "%s", _("The payment terms need a name."));
      return FALSE;
    }
  if (cpt_payment_terms_get_days (terms) < 0 || cpt_payment_terms_get_days (terms) > 3650)
    {
      cpt_error_add_field (error, "days",
                           _("The payment terms “%s” must be between 0 and 3650 days."), name);
      return FALSE;
    }
  if (cpt_payment_terms_get_is_default (terms) && !cpt_payment_terms_get_active (terms))
    {
      cpt_error_add_field (error, "active",
                           _("The default payment terms “%s” cannot be deactivated: choose another default first."),
                           name);
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;

  if (!create)
    {
      g_autoptr(CptPaymentTerms) current = cpt_payment_terms_service_get (db, cpt_payment_terms_get_id (terms), error);

      if (current == NULL)
        goto failed;
      if (cpt_payment_terms_get_is_default (current) && !cpt_payment_terms_get_is_default (terms))
        {
          cpt_error_add_field (error, "is_default",
                               _("The payment terms “%s” are the default ones: mark other terms as the default instead."),
                               cpt_payment_terms_get_name (current));
          goto failed;
        }
    }

  if (cpt_payment_terms_get_is_default (terms))
    {
      g_autoptr(CptStatement) clear = NULL;

      clear = cpt_database_prepare (db, "UPDATE payment_terms SET is_default = 0"
                                        " WHERE is_default = 1 AND id <> ?1", error);
      if (clear == NULL)
        goto failed;
      sqlite3_bind_int64 (clear, 1, cpt_payment_terms_get_id (terms));
      if (sqlite3_step (clear) != SQLITE_DONE)
        goto database_failed;
    }

  stmt = cpt_database_prepare (db,
                               create
                               ? "INSERT INTO payment_terms (name, days, end_of_month, active, is_default)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)"
                               : "UPDATE payment_terms SET name = ?1, days = ?2, end_of_month = ?3,"
                                 " active = ?4, is_default = ?5 WHERE id = ?6",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, cpt_payment_terms_get_days (terms));
  sqlite3_bind_int (stmt, 3, cpt_payment_terms_get_end_of_month (terms) ? 1 : 0);
  sqlite3_bind_int (stmt, 4, cpt_payment_terms_get_active (terms) ? 1 : 0);
  sqlite3_bind_int (stmt, 5, cpt_payment_terms_get_is_default (terms) ? 1 : 0);
  if (!create)
    sqlite3_bind_int64 (stmt, 6, cpt_payment_terms_get_id (terms));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto database_failed;

  if (create)
    cpt_payment_terms_set_id (terms, cpt_database_last_insert_id (db));
  cpt_database_mark_changed (db, "payment_terms");
  if (!cpt_database_commit (db, error))
    {
      if (create)
        cpt_payment_terms_set_id (terms, 0);
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
cpt_payment_terms_service_create (CptDatabase      *db,
                                  CptPaymentTerms  *terms,
                                  GError          **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (terms), FALSE);

  return write_terms (db, terms, TRUE, error);
}

gboolean
cpt_payment_terms_service_update (CptDatabase      *db,
                                  CptPaymentTerms  *terms,
                                  GError          **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (terms), FALSE);

  return write_terms (db, terms, FALSE, error);
}

/* Deletes terms nothing refers to; otherwise CPT_ERROR_STATE: deactivate them. */
gboolean
cpt_payment_terms_service_delete (CptDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_autoptr(CptPaymentTerms) terms = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  gboolean used = FALSE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  terms = cpt_payment_terms_service_get (db, id, error);
  if (terms == NULL ||
      !cpt_database_exists (db,
                            "SELECT 1 WHERE EXISTS (SELECT 1 FROM customers WHERE payment_terms_id = ?1)"
                            " OR EXISTS (SELECT 1 FROM sales_orders WHERE payment_terms_id = ?1)"
                            " OR EXISTS (SELECT 1 FROM invoices WHERE payment_terms_id = ?1)",
                            id, &used, error))
    goto failed;

  if (used || cpt_payment_terms_get_is_default (terms))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   used
                   ? _("The payment terms “%s” are used by customers, orders or invoices: they cannot "
                       "be deleted. Deactivate them instead.")
                   : _("The payment terms “%s” are the default ones: mark other terms as the default "
                       "before deleting them."),
                   cpt_payment_terms_get_name (terms));
      goto failed;
    }

  stmt = cpt_database_prepare (db, "DELETE FROM payment_terms WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      goto failed;
    }

  cpt_database_mark_changed (db, "payment_terms");
  return cpt_database_commit (db, error);

failed:
  cpt_database_rollback (db);
  return FALSE;
}
