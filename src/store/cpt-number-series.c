/* cpt-number-series.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-number-series"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-number-series.h"
#include "cpt-numbering.h"

G_DEFINE_BOXED_TYPE (CptNumberSeries, cpt_number_series, cpt_number_series_copy,
                     cpt_number_series_free)

CptNumberSeries *
cpt_number_series_copy (const CptNumberSeries *self)
{
  CptNumberSeries *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->doc_type = g_strdup (self->doc_type);
  copy->prefix = g_strdup (self->prefix);
  return copy;
}

void
cpt_number_series_free (CptNumberSeries *self)
{
  if (self == NULL)
    return;

  g_free (self->doc_type);
  g_free (self->prefix);
  g_free (self);
}

gboolean
cpt_number_series_is_known_type (const char *doc_type)
{
  return g_strcmp0 (doc_type, CPT_DOC_TYPE_SALES_ORDER) == 0 ||
         g_strcmp0 (doc_type, CPT_DOC_TYPE_INVOICE) == 0 ||
         g_strcmp0 (doc_type, CPT_DOC_TYPE_CREDIT_NOTE) == 0 ||
         g_strcmp0 (doc_type, CPT_DOC_TYPE_SHIPMENT) == 0;
}

/* French law: invoices and credit notes get numbers from an unbroken
 * chronological series, never typed by hand. */
gboolean
cpt_number_series_always_auto (const char *doc_type)
{
  return g_strcmp0 (doc_type, CPT_DOC_TYPE_INVOICE) == 0 ||
         g_strcmp0 (doc_type, CPT_DOC_TYPE_CREDIT_NOTE) == 0;
}

/* The table whose numbers the series gives. */
static const char *
documents_table (const char *doc_type)
{
  if (g_str_equal (doc_type, CPT_DOC_TYPE_SALES_ORDER))
    return "sales_orders";
  if (g_str_equal (doc_type, CPT_DOC_TYPE_INVOICE))
    return "invoices";
  if (g_str_equal (doc_type, CPT_DOC_TYPE_CREDIT_NOTE))
    return "credit_notes";
  return "shipments";
}

static gboolean
check_doc_type (const char  *doc_type,
                GError     **error)
{
  if (cpt_number_series_is_known_type (doc_type))
    return TRUE;

  g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
               _("There is no numbering for “%s”."), doc_type ? doc_type : "");
  return FALSE;
}

CptNumberSeries *
cpt_number_series_get (CptDatabase  *db,
                       const char   *doc_type,
                       GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  CptNumberSeries *series;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  if (!check_doc_type (doc_type, error))
    return NULL;

  stmt = cpt_database_prepare (db,
                               "SELECT mode, prefix, next_number, padding, yearly_reset,"
                               " coalesce (last_year, 0) FROM number_series WHERE doc_type = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, doc_type, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

  series = g_new0 (CptNumberSeries, 1);
  series->doc_type = g_strdup (doc_type);
  series->manual = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "manual") == 0;
  series->prefix = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  series->next_number = sqlite3_column_int64 (stmt, 2);
  series->padding = sqlite3_column_int (stmt, 3);
  series->yearly_reset = sqlite3_column_int (stmt, 4) != 0;
  series->last_year = sqlite3_column_int (stmt, 5);

  return series;
}

static gboolean
has_numbered_documents (CptDatabase  *db,
                        const char   *doc_type,
                        gboolean     *numbered,
                        GError      **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE number IS NOT NULL LIMIT 1",
                         documents_table (doc_type));
  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  *numbered = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * cpt_number_series_set:
 *
 * Saves the numbering settings of @series->doc_type after checking them:
 * tokens and lengths (core's cpt_numbering_validate()), invoices and
 * credit notes always automatic, and their next number frozen once one has
 * been issued (changing it would break or repeat the series). last_year is
 * kept as the database has it.
 */
gboolean
cpt_number_series_set (CptDatabase            *db,
                       const CptNumberSeries  *series,
                       GError                **error)
{
  g_autoptr(CptNumberSeries) current = NULL;
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (series != NULL, FALSE);

  if (!check_doc_type (series->doc_type, error))
    return FALSE;
  if (!cpt_numbering_validate (series->prefix, series->next_number, series->padding,
                               series->yearly_reset, error))
    return FALSE;
  if (series->manual && cpt_number_series_always_auto (series->doc_type))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Invoices and credit notes are always numbered automatically: "
                             "the law requires an unbroken series."));
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;

  current = cpt_number_series_get (db, series->doc_type, error);
  if (current == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  if (cpt_number_series_always_auto (series->doc_type) &&
      current->next_number != series->next_number)
    {
      gboolean numbered = FALSE;

      if (!has_numbered_documents (db, series->doc_type, &numbered, error))
        {
          cpt_database_rollback (db);
          return FALSE;
        }
      if (numbered)
        {
          cpt_database_rollback (db);
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                               g_str_equal (series->doc_type, CPT_DOC_TYPE_INVOICE)
                               ? _("The next invoice number cannot be changed once invoices "
                                   "have been issued: the series must stay unbroken.")
                               : _("The next credit note number cannot be changed once credit "
                                   "notes have been issued: the series must stay unbroken."));
          return FALSE;
        }
    }

  stmt = cpt_database_prepare (db,
                               "UPDATE number_series SET mode = ?2, prefix = ?3, next_number = ?4,"
                               " padding = ?5, yearly_reset = ?6 WHERE doc_type = ?1",
                               error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, series->doc_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, series->manual ? "manual" : "auto", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, series->prefix ? series->prefix : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, series->next_number);
  sqlite3_bind_int (stmt, 5, series->padding);
  sqlite3_bind_int (stmt, 6, series->yearly_reset ? 1 : 0);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      cpt_database_rollback (db);
      return FALSE;
    }

  cpt_database_mark_changed (db, "settings");
  return cpt_database_commit (db, error);
}

/* The number the next document dated @date_iso (today when %NULL) would
 * receive, for the numbering dialog's live preview. */
char *
cpt_number_series_preview (const CptNumberSeries *series,
                           const char            *date_iso)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  if (date_iso == NULL)
    date_iso = today = cpt_date_today ();

  return cpt_numbering_preview (series->prefix, series->next_number, series->padding,
                                series->yearly_reset, series->last_year, date_iso);
}

static gboolean
number_exists (CptDatabase  *db,
               const char   *doc_type,
               const char   *number,
               gboolean     *exists,
               GError      **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE number = ?1", documents_table (doc_type));
  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * cpt_number_series_take_next:
 * @date_iso: the document's date: its year and month fill the prefix, and
 *   a new year restarts a yearly series
 * @number: (out): the number for the document
 *
 * Takes the next number of the series. Call it INSIDE the transaction that
 * writes the document: if that transaction rolls back, the counter goes back
 * too and no number is lost. A series in manual mode refuses
 * (CPT_ERROR_STATE): the caller uses the number the user typed. For orders
 * and shipments, numbers already taken by hand are skipped; for invoices and
 * credit notes a clash means the settings were tampered with, and is refused
 * (CPT_ERROR_CONFLICT) rather than leaving a gap.
 */
gboolean
cpt_number_series_take_next (CptDatabase  *db,
                             const char   *doc_type,
                             const char   *date_iso,
                             char        **number,
                             GError      **error)
{
  g_autoptr(CptNumberSeries) series = NULL;
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *candidate = NULL;
  gint64 counter;
  int year = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (cpt_database_in_transaction (db), FALSE);

  if (!cpt_date_get_ymd (date_iso, &year, NULL, NULL))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The date “%s” is not a valid date."), date_iso ? date_iso : "");
      return FALSE;
    }

  series = cpt_number_series_get (db, doc_type, error);
  if (series == NULL)
    return FALSE;

  if (series->manual)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("This numbering is manual: type the document number."));
      return FALSE;
    }

  counter = cpt_numbering_next (series->next_number, series->yearly_reset,
                                series->last_year, date_iso);

  for (guint attempt = 0; ; attempt++)
    {
      gboolean exists = FALSE;

      g_free (candidate);
      candidate = cpt_numbering_format (series->prefix, counter, series->padding, date_iso);
      if (candidate == NULL)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The date “%s” is not a valid date."), date_iso);
          return FALSE;
        }
      if (!number_exists (db, doc_type, candidate, &exists, error))
        return FALSE;
      if (!exists)
        break;
      if (cpt_number_series_always_auto (doc_type) || attempt >= 10000)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_CONFLICT,
                       _("The number %s already exists: correct the next number in the "
                         "numbering settings."), candidate);
          return FALSE;
        }
      counter++;
    }

  stmt = cpt_database_prepare (db,
                               "UPDATE number_series SET next_number = ?2,"
                               " last_year = max (coalesce (last_year, 0), ?3)"
                               " WHERE doc_type = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, doc_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, counter + 1);
  sqlite3_bind_int (stmt, 3, year);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  *number = g_steal_pointer (&candidate);
  return TRUE;
}
