/* cpt-database.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema version this build creates and migrates to (PRAGMA user_version). */
#define CPT_DATABASE_SCHEMA_VERSION 1

#define CPT_TYPE_DATABASE (cpt_database_get_type ())

G_DECLARE_FINAL_TYPE (CptDatabase, cpt_database, CPT, DATABASE, GObject)

/* A statement from cpt_database_prepare(): owned by the database's cache.
 * Declare it g_autoptr(CptStatement) so it is reset when it goes out of
 * scope — a statement left in the middle of its rows keeps a read snapshot
 * open, which stops other connections' changes from being seen. */
typedef sqlite3_stmt CptStatement;

void          cpt_statement_release              (CptStatement  *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptStatement, cpt_statement_release)

CptDatabase  *cpt_database_open                  (const char    *path,
                                                  GError       **error);
const char   *cpt_database_get_path              (CptDatabase   *self);
sqlite3      *cpt_database_get_handle            (CptDatabase   *self);
int           cpt_database_get_schema_version    (CptDatabase   *self);

gboolean      cpt_database_backup                (CptDatabase   *self,
                                                  const char    *dest_path,
                                                  GError       **error);

sqlite3_stmt *cpt_database_prepare               (CptDatabase   *self,
                                                  const char    *sql,
                                                  GError       **error);
gboolean      cpt_database_exec                  (CptDatabase   *self,
                                                  const char    *sql,
                                                  GError       **error);

gboolean      cpt_database_begin                 (CptDatabase   *self,
                                                  GError       **error);
gboolean      cpt_database_commit                (CptDatabase   *self,
                                                  GError       **error);
void          cpt_database_rollback              (CptDatabase   *self);
gboolean      cpt_database_in_transaction        (CptDatabase   *self);

void          cpt_database_mark_changed          (CptDatabase   *self,
                                                  const char    *kind);
gboolean      cpt_database_poll_external_change  (CptDatabase   *self);

gboolean      cpt_database_set_error             (CptDatabase   *self,
                                                  GError       **error);
gboolean      cpt_database_set_error_code        (CptDatabase   *self,
                                                  int            rc,
                                                  GError       **error);

gint64        cpt_database_last_insert_id        (CptDatabase   *self);
int           cpt_database_changes               (CptDatabase   *self);
gint64        cpt_database_get_row_count         (CptDatabase   *self,
                                                  const char    *name);
gboolean      cpt_database_exists                (CptDatabase   *self,
                                                  const char    *sql,
                                                  gint64         id,
                                                  gboolean      *exists,
                                                  GError       **error);

char         *cpt_database_build_fts_query       (const char    *text);
char         *cpt_database_fold_text             (const char    *text);
char         *cpt_database_dup_timestamp_now     (void);

char         *cpt_database_encode_cursor         (const char    *key,
                                                  gint64         id);
gboolean      cpt_database_decode_cursor         (const char    *cursor,
                                                  char         **key,
                                                  gint64        *id);

G_END_DECLS
