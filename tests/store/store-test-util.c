/* store-test-util.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "store-test-util.h"

char *
store_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cpt-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFileInfo *info;

      while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

          remove_tree (child);
          g_object_unref (info);
        }
    }

  g_file_delete (file, NULL, NULL);
}

void
store_test_remove_dir (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);

  remove_tree (file);
}

/* A new database file in a new temporary folder. */
CptDatabase *
store_test_open_fresh (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  CptDatabase *db;

  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  if (dir_out != NULL)
    *dir_out = g_steal_pointer (&dir);

  return db;
}

/* A checksum of every row of every table (FTS shadow tables included), to
 * prove that a refused operation left the file exactly as it was. */
char *
store_test_dump_checksum (CptDatabase *db)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = cpt_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                       "ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, i));

      g_checksum_update (checksum, g_ptr_array_index (tables, i), -1);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const void *blob = sqlite3_column_blob (stmt, c);
              int size = sqlite3_column_bytes (stmt, c);
              char type = (char) ('0' + sqlite3_column_type (stmt, c));

              g_checksum_update (checksum, (const guchar *) &type, 1);
              if (blob != NULL)
                g_checksum_update (checksum, blob, size);
            }
        }
      sqlite3_finalize (stmt);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

gint64
store_test_query_int (CptDatabase *db,
                      const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (cpt_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

char *
store_test_query_text (CptDatabase *db,
                       const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (cpt_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

void
store_test_exec (CptDatabase *db,
                 const char  *sql)
{
  g_autoptr(GError) error = NULL;

  cpt_database_exec (db, sql, &error);
  g_assert_no_error (error);
}
