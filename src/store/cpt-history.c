/* cpt-history.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-history"

#include "config.h"

#include "cpt-history.h"

#include "cpt-history-entry.h"

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
cpt_history_add (CptDatabase             *db,
                 const CptHistoryTarget  *target,
                 const char              *event,
                 const char              *text,
                 GError                 **error)
{
  g_autofree char *at = cpt_database_dup_timestamp_now ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (target != NULL && event != NULL, FALSE);

  stmt = cpt_database_prepare (db,
                               "INSERT INTO history_events (order_id, invoice_id, credit_note_id,"
                               " shipment_id, at, event, text) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  bind_id_or_null (stmt, 1, target->order_id);
  bind_id_or_null (stmt, 2, target->invoice_id);
  bind_id_or_null (stmt, 3, target->credit_note_id);
  bind_id_or_null (stmt, 4, target->shipment_id);
  sqlite3_bind_text (stmt, 5, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, event, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, text ? text : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    cpt_database_set_error_code (db, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

gboolean
cpt_history_add_to_order (CptDatabase  *db,
                          gint64        order_id,
                          const char   *event,
                          const char   *text,
                          GError      **error)
{
  CptHistoryTarget target = { .order_id = order_id };

  return cpt_history_add (db, &target, event, text, error);
}

GListModel *
cpt_history_list (CptDatabase         *db,
                  CptHistoryDocument   document,
                  gint64               id,
                  GError             **error)
{
  static const char *const queries[] = {
    "SELECT at, event, text FROM history_events WHERE order_id = ? ORDER BY at, id",
    "SELECT at, event, text FROM history_events WHERE invoice_id = ? ORDER BY at, id",
    "SELECT at, event, text FROM history_events WHERE credit_note_id = ? ORDER BY at, id",
  };
  g_autoptr(GListStore) entries = g_list_store_new (CPT_TYPE_HISTORY_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail ((guint) document < G_N_ELEMENTS (queries), NULL);

  stmt = cpt_database_prepare (db, queries[document], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CptHistoryEntry) entry =
        cpt_history_entry_new_full ((const char *) sqlite3_column_text (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2));
      g_list_store_append (entries, entry);
    }
  if (rc != SQLITE_DONE)
    cpt_database_set_error_code (db, rc, error);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&entries));
}
