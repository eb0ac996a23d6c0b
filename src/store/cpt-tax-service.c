/* cpt-tax-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-tax-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-tax-service.h"

#define TAX_COLUMNS "id, name, rate, category, legal_mention, active, is_default"

/* A tax printed on any order or document: its rate is part of what those
 * documents said, so it never changes and the tax is never deleted. */
#define TAX_USED_BY_DOCUMENTS_SQL \
  "SELECT 1 WHERE EXISTS (SELECT 1 FROM sales_order_lines WHERE tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM invoice_lines WHERE tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM credit_note_lines WHERE tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM sales_orders WHERE shipping_tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM invoices WHERE shipping_tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM credit_notes WHERE shipping_tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM sales_order_taxes WHERE tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM invoice_taxes WHERE tax_id = ?1)" \
  " OR EXISTS (SELECT 1 FROM credit_note_taxes WHERE tax_id = ?1)"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static CptTax *
tax_from_row (sqlite3_stmt *stmt)
{
  CptTax *tax = cpt_tax_new ();

  cpt_tax_set_id (tax, sqlite3_column_int64 (stmt, 0));
  cpt_tax_set_name (tax, column_text (stmt, 1));
  cpt_tax_set_rate (tax, sqlite3_column_int (stmt, 2));
  cpt_tax_set_category (tax, column_text (stmt, 3));
  cpt_tax_set_legal_mention (tax, column_text (stmt, 4));
  cpt_tax_set_active (tax, sqlite3_column_int (stmt, 5));
  cpt_tax_set_is_default (tax, sqlite3_column_int (stmt, 6));
  return tax;
}

static void
set_not_found (gint64   id,
               GError **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("There is no tax number %s."), text);
}

/* By rate, highest first, as the VAT summary of documents. */
GPtrArray *
cpt_tax_service_list (CptDatabase  *db,
                      gboolean      include_inactive,
                      GError      **error)
{
  g_autoptr(GPtrArray) taxes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db,
                               "SELECT " TAX_COLUMNS " FROM taxes WHERE active = 1 OR ?1"
                               " ORDER BY rate DESC, name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (taxes, tax_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&taxes);
}

CptTax *
cpt_tax_service_get (CptDatabase  *db,
                     gint64        id,
                     GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " TAX_COLUMNS " FROM taxes WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return tax_from_row (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (id, error);
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/* The tax new items and lines start with. */
CptTax *
cpt_tax_service_get_default (CptDatabase  *db,
                             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " TAX_COLUMNS " FROM taxes WHERE is_default = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return tax_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NOT_FOUND, _("No tax is marked as the default."));
  else
    cpt_database_set_error (db, error);
  return NULL;
}

/* Whether an order, a document or an item refers to the tax. */
gboolean
cpt_tax_service_is_used (CptDatabase  *db,
                         gint64        id,
                         gboolean     *used,
                         GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (used != NULL, FALSE);

  if (!cpt_database_exists (db, TAX_USED_BY_DOCUMENTS_SQL, id, used, error))
    return FALSE;
  if (*used)
    return TRUE;
  return cpt_database_exists (db, "SELECT 1 FROM items WHERE tax_id = ?1 LIMIT 1", id, used, error);
}

static gboolean
validate (CptTax  *tax,
          GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (cpt_tax_get_name (tax)));
  g_autofree char *mention = g_strstrip (g_strdup (cpt_tax_get_legal_mention (tax)));
  const char *category = cpt_tax_get_category (tax);

  cpt_tax_set_name (tax, name);
  cpt_tax_set_legal_mention (tax, mention);

  if (*name == '\0')
    {
      cpt_error_add_field (error, "name", "%s", _("The tax needs a name."));
      return FALSE;
    }
  if (cpt_tax_get_rate (tax) < 0 || cpt_tax_get_rate (tax) > 10000)
    {
      cpt_error_add_field (error, "rate",
                           _("The rate of the tax “%s” must be between 0 and 100 %%."), name);
      return FALSE;
    }
  if (g_strcmp0 (category, "standard") != 0 && g_strcmp0 (category, "reduced") != 0 &&
      g_strcmp0 (category, "exempt") != 0 && g_strcmp0 (category, "reverse_charge") != 0)
    {
      cpt_error_add_field (error, "category",
                           _("The category “%s” of the tax “%s” does not exist."), category, name);
      return FALSE;
    }
  if ((g_str_equal (category, "exempt") || g_str_equal (category, "reverse_charge")) &&
      *mention == '\0')
    {
      cpt_error_add_field (error, "legal_mention",
                           _("The tax “%s” needs the legal mention printed on documents "
                             "(for example “Exonération de TVA, article 262 ter I du CGI”)."), name);
      return FALSE;
    }
  if ((g_str_equal (category, "exempt") || g_str_equal (category, "reverse_charge")) &&
      cpt_tax_get_rate (tax) != 0)
    {
      cpt_error_add_field (error, "rate",
                           _("The tax “%s” is an exemption or a reverse charge: its rate must be 0 %%."), name);
      return FALSE;
    }
  if (cpt_tax_get_is_default (tax) && !cpt_tax_get_active (tax))
    {
      cpt_error_add_field (error, "active",
                           _("The default tax “%s” cannot be deactivated: choose another default first."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_tax (CptDatabase  *db,
           CptTax       *tax,
           gboolean      create,
           GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptTax) current = NULL;

  if (!validate (tax, error) || !cpt_database_begin (db, error))
    return FALSE;

  if (!create)
    {
      current = cpt_tax_service_get (db, cpt_tax_get_id (tax), error);
      if (current == NULL)
        goto failed;

      if (cpt_tax_get_is_default (current) && !cpt_tax_get_is_default (tax))
        {
          cpt_error_add_field (error, "is_default",
                               _("The tax “%s” is the default one: mark another tax as the default instead."),
                               cpt_tax_get_name (current));
          goto failed;
        }

      if (cpt_tax_get_rate (current) != cpt_tax_get_rate (tax))
        {
          gboolean used = FALSE;

          if (!cpt_database_exists (db, TAX_USED_BY_DOCUMENTS_SQL, cpt_tax_get_id (tax), &used, error))
            goto failed;
          if (used)
            {
              g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("The tax “%s” is used by orders or documents: its rate can no longer "
                             "change. Create a new tax and deactivate this one."),
                           cpt_tax_get_name (current));
              goto failed;
            }
        }
    }

  /* One default: taking it clears the previous one. */
  if (cpt_tax_get_is_default (tax))
    {
      g_autoptr(CptStatement) clear = NULL;

      clear = cpt_database_prepare (db, "UPDATE taxes SET is_default = 0 WHERE is_default = 1 AND id <> ?1",
                                    error);
      if (clear == NULL)
        goto failed;
      sqlite3_bind_int64 (clear, 1, cpt_tax_get_id (tax));
      if (sqlite3_step (clear) != SQLITE_DONE)
        goto database_failed;
    }

  stmt = cpt_database_prepare (db,
                               create
                               ? "INSERT INTO taxes (name, rate, category, legal_mention, active,"
                                 " is_default) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                               : "UPDATE taxes SET name = ?1, rate = ?2, category = ?3,"
                                 " legal_mention = ?4, active = ?5, is_default = ?6 WHERE id = ?7",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, cpt_tax_get_name (tax), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, cpt_tax_get_rate (tax));
  sqlite3_bind_text (stmt, 3, cpt_tax_get_category (tax), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, cpt_tax_get_legal_mention (tax), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, cpt_tax_get_active (tax) ? 1 : 0);
  sqlite3_bind_int (stmt, 6, cpt_tax_get_is_default (tax) ? 1 : 0);
  if (!create)
    sqlite3_bind_int64 (stmt, 7, cpt_tax_get_id (tax));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto database_failed;

  if (create)
    cpt_tax_set_id (tax, cpt_database_last_insert_id (db));
  cpt_database_mark_changed (db, "taxes");
  if (!cpt_database_commit (db, error))
    {
      if (create)
        cpt_tax_set_id (tax, 0);
      return FALSE;
    }
  return TRUE;

database_failed:
  cpt_database_set_error (db, error);
failed:
  cpt_database_rollback (db);
  return FALSE;
}

/* Validates and inserts @tax, then sets its id. Marking it as the default
 * takes that role from the previous default. */
gboolean
cpt_tax_service_create (CptDatabase  *db,
                        CptTax       *tax,
                        GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_TAX (tax), FALSE);

  return write_tax (db, tax, TRUE, error);
}

/**
 * cpt_tax_service_update:
 *
 * Renames, recategorizes, (de)activates or makes default. The rate may
 * only change while no order or document uses the tax.
 */
gboolean
cpt_tax_service_update (CptDatabase  *db,
                        CptTax       *tax,
                        GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_TAX (tax), FALSE);

  return write_tax (db, tax, FALSE, error);
}

/* Deletes a tax nothing refers to; otherwise CPT_ERROR_STATE: deactivate it. */
gboolean
cpt_tax_service_delete (CptDatabase  *db,
                        gint64        id,
                        GError      **error)
{
  g_autoptr(CptTax) tax = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  gboolean used = FALSE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;

  tax = cpt_tax_service_get (db, id, error);
  if (tax == NULL || !cpt_tax_service_is_used (db, id, &used, error))
    goto failed;

  if (used)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The tax “%s” is used by items, orders or documents: it cannot be deleted. "
                     "Deactivate it instead."),
                   cpt_tax_get_name (tax));
      goto failed;
    }
  if (cpt_tax_get_is_default (tax))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The tax “%s” is the default one: mark another tax as the default before "
                     "deleting it."),
                   cpt_tax_get_name (tax));
      goto failed;
    }

  stmt = cpt_database_prepare (db, "DELETE FROM taxes WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      goto failed;
    }

  cpt_database_mark_changed (db, "taxes");
  return cpt_database_commit (db, error);

failed:
  cpt_database_rollback (db);
  return FALSE;
}
