/* cpt-database.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-database"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cpt-database.h"
#include "cpt-database-private.h"
#include "cpt-error.h"
#include "cpt-store-resources.h"

/* "CPTR": marks a file as a Comptoir database (PRAGMA application_id). */
#define CPT_APPLICATION_ID 0x43505452

struct _CptDatabase
{
  GObject     parent_instance;

  const CptMigrationStep *steps; /* steps[v] brings version v - 1 to v */
  int                     latest_version;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;    /* SQL text → sqlite3_stmt, finalized with the database */
  guint       depth;         /* 0: no transaction; 1: BEGIN; > 1: savepoints */
  GPtrArray  *pending_kinds; /* kinds changed by the open transaction */
  gint64      data_version;
  int         schema_version;
  gint64      busy_since;    /* monotonic µs when the current wait for the lock began */
  GSource    *checkpoint;    /* the idle checkpoint to come, or NULL */
};

G_DEFINE_FINAL_TYPE (CptDatabase, cpt_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How long a writer waits for another process's transaction to end. */
#define BUSY_TIMEOUT_USEC (15 * G_USEC_PER_SEC)

/* SQLite's own busy handler sleeps ever longer (up to 100 ms) between tries,
 * so a process that writes back to back can starve a waiting one past the
 * timeout. Short, jittered sleeps take the lock in the gaps between the other
 * process's transactions. */
static int
on_database_busy_cb (void *user_data,
                     int   n_calls)
{
  CptDatabase *self = user_data;
  gint64 now = g_get_monotonic_time ();

  if (n_calls == 0)
    self->busy_since = now;
  else if (now - self->busy_since > BUSY_TIMEOUT_USEC)
    return 0;

  g_usleep (g_random_int_range (200, n_calls < 50 ? 2000 : 10000));
  return 1;
}

/* SQLite checkpoints the WAL — copies its pages back into the file and
 * syncs the file — inside the commit that takes it past 1 000 pages, so
 * the user action that happened to commit waited for it: after an import,
 * hundreds of milliseconds. When the commit runs from a main loop (the
 * window, the API server), the checkpoint waits for its next idle moment
 * instead. Elsewhere (tools, tests) it stays in the commit; so does it
 * once the WAL is large, whatever happens. */
#define WAL_CHECKPOINT_PAGES 1000
#define WAL_COMMIT_CHECKPOINT_PAGES 16000

static gboolean
on_idle_checkpoint_cb (gpointer user_data)
{
  CptDatabase *self = user_data;

  /* Within a transaction left open across main loop iterations, the next
   * commit schedules it again. */
  if (self->depth == 0)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  g_clear_pointer (&self->checkpoint, g_source_unref);
  return G_SOURCE_REMOVE;
}

static int
on_wal_commit_cb (void       *user_data,
                  sqlite3    *db,
                  const char *schema,
                  int         n_pages)
{
  CptDatabase *self = user_data;
  g_autoptr(GMainContext) context = NULL;

  if (n_pages < WAL_CHECKPOINT_PAGES)
    return SQLITE_OK;
  context = g_main_context_ref_thread_default ();
  if (n_pages >= WAL_COMMIT_CHECKPOINT_PAGES || !g_main_context_is_owner (context))
    sqlite3_wal_checkpoint_v2 (db, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  else if (self->checkpoint == NULL)
    {
      self->checkpoint = g_idle_source_new ();
      g_source_set_priority (self->checkpoint, G_PRIORITY_LOW);
      g_source_set_callback (self->checkpoint, on_idle_checkpoint_cb, self, NULL);
      g_source_set_static_name (self->checkpoint, "[cpt] WAL checkpoint");
      g_source_attach (self->checkpoint, context);
    }
  return SQLITE_OK;
}

/* Each migration step is a list of SQL resources run in one transaction. */
static const char * const migration_v1[] = {
  "/fr/comptoir/Comptoir/store/schema/v1.sql",
  "/fr/comptoir/Comptoir/store/schema/v1-triggers.sql",
  "/fr/comptoir/Comptoir/store/schema/v1-seed.sql",
  NULL
};

static const CptMigrationStep migrations[CPT_DATABASE_SCHEMA_VERSION + 1] = {
  { NULL, NULL },
  { migration_v1, NULL },
};

void
cpt_statement_release (CptStatement *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
cpt_database_finalize (GObject *object)
{
  CptDatabase *self = CPT_DATABASE (object);

  if (self->checkpoint != NULL)
    g_source_destroy (self->checkpoint);
  g_clear_pointer (&self->checkpoint, g_source_unref);
  /* Statements must be finalized before the connection closes. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->pending_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cpt_database_parent_class)->finalize (object);
}

static void
cpt_database_class_init (CptDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_database_finalize;

  /* The schema's SQL files; registering initializes the static resource. */
  cpt_store_register_resource ();

  /**
   * CptDatabase::changed:
   * @kind: what changed: "orders", "invoices", "credit_notes", "shipments",
   *   "customers", "items", "stock", "taxes", "payment_terms",
   *   "delivery_methods", "warehouses", "company", "settings", …
   *
   * Emitted after a successful commit, once per kind marked with
   * cpt_database_mark_changed() during the transaction. The signal detail
   * is the kind, so a view may connect to "changed::orders" only.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

/* The statement cache is looked up at every cpt_database_prepare(), with
 * SQL texts of up to a kilobyte: g_str_hash() over the whole text was 4 %
 * of an order import. The length and both ends tell the statements apart
 * well enough; g_str_equal() still decides. */
static guint
statement_hash (gconstpointer key)
{
  const char *sql = key;
  size_t length = strlen (sql);
  guint hash = (guint) length;
  size_t edge = MIN (length, 32);

  for (size_t i = 0; i < edge; i++)
    hash = hash * 31 + (guchar) sql[i];
  for (size_t i = length - edge; i < length; i++)
    hash = hash * 31 + (guchar) sql[i];
  return hash;
}

static void
cpt_database_init (CptDatabase *self)
{
  self->statements = g_hash_table_new_full (statement_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->pending_kinds = g_ptr_array_new_with_free_func (g_free);
}

/* ── Errors ───────────────────────────────────────────────────────────── */

gboolean
cpt_database_set_error_code (CptDatabase  *self,
                             int           rc,
                             GError      **error)
{
  const char *message;
  const char *path;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);

  message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  path = self->path != NULL ? self->path : "";

  /* Triggers of the schema raise "cpt:<reason>". */
  if (g_str_has_prefix (message, "cpt:invoice_issued"))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("An issued invoice can no longer be changed or deleted; "
                             "issue a credit note to cancel it."));
      return FALSE;
    }
  if (g_str_has_prefix (message, "cpt:credit_note_issued"))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("An issued credit note can no longer be changed or deleted."));
      return FALSE;
    }
  if (g_str_has_prefix (message, "cpt:stock_movement_immutable"))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("Stock movements are a journal: they cannot be changed or deleted."));
      return FALSE;
    }

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_DATABASE,
                           _("The database is busy: another program is writing to it. "
                             "Please try again in a moment."));
      break;

    case SQLITE_FULL:
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_DATABASE,
                           _("The disk is full: the change could not be saved."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The database file %s cannot be written."), path);
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The database file %s cannot be opened."), path);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The file %s is not a Comptoir database or is damaged."), path);
      break;

    case SQLITE_IOERR:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The database file %s could not be read or written (%s)."), path, message);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The database refused the change (%s)."), message);
      break;

    default:
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("Database error: %s"), message);
      break;
    }

  return FALSE;
}

/**
 * cpt_database_set_error:
 *
 * Sets @error from the connection's last failure, as a CPT_ERROR with a
 * translated sentence. Call it right after the failing sqlite3 call, before
 * any other call on the connection. Always returns %FALSE, so a service can
 * write `return cpt_database_set_error (db, error);`.
 */
gboolean
cpt_database_set_error (CptDatabase  *self,
                        GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);

  return cpt_database_set_error_code (self, sqlite3_extended_errcode (self->db), error);
}

/* ── Statements ───────────────────────────────────────────────────────── */

/**
 * cpt_database_prepare:
 *
 * Returns the cached statement for @sql, reset and with its bindings
 * cleared, or %NULL with @error set. The database owns it: never finalize
 * it; use g_autoptr(CptStatement) to reset it when done. Do not prepare the
 * same SQL again while still stepping through it.
 */
sqlite3_stmt *
cpt_database_prepare (CptDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      cpt_database_set_error_code (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs one or more statements that return no rows (not cached). */
gboolean
cpt_database_exec (CptDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return cpt_database_set_error_code (self, sqlite3_extended_errcode (self->db), error);

  return TRUE;
}

static gint64
query_int64 (CptDatabase *self,
             const char  *sql,
             gint64       fallback)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = fallback;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

gint64
cpt_database_last_insert_id (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), 0);

  return sqlite3_last_insert_rowid (self->db);
}

int
cpt_database_changes (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), 0);

  return sqlite3_changes (self->db);
}

/**
 * cpt_database_get_row_count:
 * @name: "customers", "items", "sales_orders", "sales_orders:confirmed",
 *   "invoices", "invoices:paid", …
 *
 * The row count kept by triggers, without scanning the table; -1 for an
 * unknown name.
 */
gint64
cpt_database_get_row_count (CptDatabase *self,
                            const char  *name)
{
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  stmt = cpt_database_prepare (self, "SELECT n FROM row_counts WHERE name = ?1", NULL);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * cpt_database_exists:
 * @sql: a query with one parameter, ?1 = @id, that returns a row when the
 *   thing exists (e.g. "SELECT 1 FROM sales_orders WHERE customer_id = ?1 LIMIT 1")
 *
 * Sets @exists; returns %FALSE with @error set when the query fails.
 */
gboolean
cpt_database_exists (CptDatabase  *self,
                     const char   *sql,
                     gint64        id,
                     gboolean     *exists,
                     GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL && exists != NULL, FALSE);

  stmt = cpt_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return cpt_database_set_error (self, error);

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* ── Transactions and change notification ────────────────────────────── */

/**
 * cpt_database_begin:
 *
 * Starts a `BEGIN IMMEDIATE` transaction (the write lock is taken at once,
 * waiting up to BUSY_TIMEOUT_USEC for another process). Called inside an open
 * transaction it opens a savepoint instead, so a service may call another
 * service; each begin needs its commit or rollback.
 */
gboolean
cpt_database_begin (CptDatabase  *self,
                    GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT cpt_%u", self->depth);

  if (!cpt_database_exec (self, sql, error))
    return FALSE;

  self->depth++;
  return TRUE;
}

static void
emit_pending_changes (CptDatabase *self)
{
  g_autoptr(GPtrArray) kinds = g_steal_pointer (&self->pending_kinds);

  self->pending_kinds = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < kinds->len; i++)
    {
      const char *kind = g_ptr_array_index (kinds, i);

      g_signal_emit (self, signals[CHANGED], g_quark_from_string (kind), kind);
    }
}

/* Commits the innermost begin. On failure the whole transaction is rolled
 * back (and @error set): the database is as it was before the first begin. */
gboolean
cpt_database_commit (CptDatabase  *self,
                     GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      sql = g_strdup_printf ("RELEASE cpt_%u", self->depth - 1);
      if (!cpt_database_exec (self, sql, error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!cpt_database_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
      g_ptr_array_set_size (self->pending_kinds, 0);
      return FALSE;
    }

  self->depth = 0;
  emit_pending_changes (self);
  return TRUE;
}

/* Undoes everything since the innermost begin. */
void
cpt_database_rollback (CptDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (CPT_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth > 1)
    {
      sql = g_strdup_printf ("ROLLBACK TO cpt_%u; RELEASE cpt_%u",
                             self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      self->depth--;
      return;
    }

  /* SQLite may already have rolled back by itself (disk full, …). */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  g_ptr_array_set_size (self->pending_kinds, 0);
}

gboolean
cpt_database_in_transaction (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

/**
 * cpt_database_mark_changed:
 *
 * Records that @kind changed; #CptDatabase::changed is emitted for it after
 * the transaction commits (at once outside a transaction), and not at all
 * if it rolls back.
 */
void
cpt_database_mark_changed (CptDatabase *self,
                           const char  *kind)
{
  g_return_if_fail (CPT_IS_DATABASE (self));
  g_return_if_fail (kind != NULL);

  for (guint i = 0; i < self->pending_kinds->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pending_kinds, i), kind))
      return;

  g_ptr_array_add (self->pending_kinds, g_strdup (kind));

  if (self->depth == 0)
    emit_pending_changes (self);
}

/**
 * cpt_database_poll_external_change:
 *
 * Returns %TRUE when another connection (the API server, another window)
 * committed a change since the last call; the caller then reloads what it
 * shows. Cheap enough for a one-second timer (PRAGMA data_version).
 */
gboolean
cpt_database_poll_external_change (CptDatabase *self)
{
  gint64 version;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);

  version = query_int64 (self, "PRAGMA data_version", self->data_version);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  return TRUE;
}

/* ── Opening and migrating ────────────────────────────────────────────── */

static gboolean
run_resource_sql (CptDatabase  *self,
                  const char   *resource_path,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (cpt_store_get_resource (), resource_path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  sql = g_strndup (data, size);

  return cpt_database_exec (self, sql, error);
}

/**
 * cpt_database_backup:
 * @dest_path: the copy to write (replaced if it exists)
 *
 * Copies the whole database to @dest_path with SQLite's online backup,
 * a consistent snapshot even while other connections write. Done before
 * every migration of an existing file.
 */
gboolean
cpt_database_backup (CptDatabase  *self,
                     const char   *dest_path,
                     GError      **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
                   _("Could not save a copy of %s to %s before updating it (%s)."),
                   self->path, dest_path, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate_step (CptDatabase  *self,
              int           version,
              GError      **error)
{
  g_autofree char *pragma = NULL;

  if (!cpt_database_begin (self, error))
    return FALSE;

  /* Another process may have migrated the file while we waited for the lock. */
  if (query_int64 (self, "PRAGMA user_version", 0) >= version)
    return cpt_database_commit (self, error);

  for (guint i = 0; self->steps[version].resources != NULL && self->steps[version].resources[i] != NULL; i++)
    {
      if (!run_resource_sql (self, self->steps[version].resources[i], error))
        {
          cpt_database_rollback (self);
          return FALSE;
        }
    }
  if (self->steps[version].sql != NULL && !cpt_database_exec (self, self->steps[version].sql, error))
    {
      cpt_database_rollback (self);
      return FALSE;
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d",
                            version, CPT_APPLICATION_ID);
  if (!cpt_database_exec (self, pragma, error))
    {
      cpt_database_rollback (self);
      return FALSE;
    }

  return cpt_database_commit (self, error);
}

static gboolean
migrate (CptDatabase  *self,
         gboolean      is_file,
         GError      **error)
{
  gint64 version;

  version = query_int64 (self, "PRAGMA user_version", -1);
  /* Not an SQLite file at all, or another program's database. */
  if (version < 0 ||
      (version == 0 && query_int64 (self, "SELECT count(*) FROM sqlite_master", 1) > 0))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The file %s is not a Comptoir database or is damaged."), self->path);
      return FALSE;
    }

  if (version > 0 && query_int64 (self, "PRAGMA application_id", 0) != CPT_APPLICATION_ID)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The file %s is not a Comptoir database or is damaged."), self->path);
      return FALSE;
    }

  if (version > self->latest_version)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_DATABASE,
                   _("The file %s was written by a newer version of Comptoir; "
                     "please update Comptoir to open it."), self->path);
      return FALSE;
    }

  if (version > 0 && version < self->latest_version && is_file)
    {
      g_autofree char *backup_path = g_strdup_printf ("%s.v%d.bak", self->path, (int) version);

      if (!cpt_database_backup (self, backup_path, error))
        return FALSE;
    }

  for (int v = (int) version + 1; v <= self->latest_version; v++)
    {
      if (!migrate_step (self, v, error))
        return FALSE;
    }

  self->schema_version = (int) query_int64 (self, "PRAGMA user_version", 0);
  return TRUE;
}

/**
 * cpt_database_open:
 * @path: a file name (its folder is created when missing), or ":memory:"
 *
 * Opens or creates a Comptoir database and brings its schema up to
 * %CPT_DATABASE_SCHEMA_VERSION, after saving a copy `<file>.v<N>.bak` of a
 * file written by an older version.
 */
CptDatabase *
cpt_database_open (const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return cpt_database_open_with_migrations (path, migrations, CPT_DATABASE_SCHEMA_VERSION, error);
}

/* cpt_database_open() with other migration steps, so tests can play a
 * schema change on a file written by an older version. */
CptDatabase *
cpt_database_open_with_migrations (const char              *path,
                                   const CptMigrationStep  *steps,
                                   int                      latest_version,
                                   GError                 **error)
{
  static gsize memstatus_off = 0;
  g_autoptr(CptDatabase) self = NULL;
  gboolean is_file;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (steps != NULL && latest_version >= 1, NULL);

  is_file = g_strcmp0 (path, ":memory:") != 0 && *path != '\0';

  if (is_file)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
                       _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  /* SQLite counts every allocation under a global mutex only to answer
   * sqlite3_status(), which nothing asks; it must be turned off before
   * the library initialises, that is before the first connection. */
  if (g_once_init_enter (&memstatus_off))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&memstatus_off, 1);
    }

  self = g_object_new (CPT_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->steps = steps;
  self->latest_version = latest_version;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      cpt_database_set_error_code (self, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_handler (self->db, on_database_busy_cb, self);
  sqlite3_wal_hook (self->db, on_wal_commit_cb, self);
  cpt_database_register_functions (self->db);

  /* journal_mode answers with a row; it stays "memory" for ":memory:". */
  query_int64 (self, "PRAGMA journal_mode = WAL", 0);
  if (!cpt_database_exec (self,
                          "PRAGMA synchronous = FULL;"
                          "PRAGMA foreign_keys = ON;"
                          /* Statement journals and the temporary b-trees
                           * of triggers and sorts: kept in memory, they
                           * cost no file creation and no write() per
                           * statement (a quarter of an import's CPU). */
                          "PRAGMA temp_store = MEMORY;",
                          error))
    return NULL;

  if (!migrate (self, is_file, error))
    return NULL;

  self->data_version = query_int64 (self, "PRAGMA data_version", 0);

  return g_steal_pointer (&self);
}

const char *
cpt_database_get_path (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), NULL);

  return self->path;
}

sqlite3 *
cpt_database_get_handle (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), NULL);

  return self->db;
}

int
cpt_database_get_schema_version (CptDatabase *self)
{
  g_return_val_if_fail (CPT_IS_DATABASE (self), 0);

  return self->schema_version;
}
