/* test-lazy-list.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cpt-lazy-list.h"

/* A row of the scratch table the tests list: an id and a value. */
#define TEST_TYPE_ROW (test_row_get_type ())
G_DECLARE_FINAL_TYPE (TestRow, test_row, TEST, ROW, GObject)

struct _TestRow
{
  GObject parent_instance;
  gint64  id;
  gint64  value;
};

G_DEFINE_FINAL_TYPE (TestRow, test_row, G_TYPE_OBJECT)

static void test_row_class_init (TestRowClass *klass) { }
static void test_row_init (TestRow *self) { }

typedef struct
{
  gint64 min_value; /* rows with value >= min_value */
} TestQuery;

static guint get_rows_calls;

static GPtrArray *
read_rows (sqlite3_stmt *stmt)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TestRow *row = g_object_new (TEST_TYPE_ROW, NULL);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->value = sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
test_first_page (CptDatabase *db, gconstpointer query, guint limit, GPtrArray **rows, GError **error)
{
  const TestQuery *q = query;
  g_autoptr(CptStatement) stmt =
    cpt_database_prepare (db, "SELECT id, value FROM lazy_rows WHERE value >= ?1 "
                              "ORDER BY value DESC, id DESC LIMIT ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, q->min_value);
  sqlite3_bind_int64 (stmt, 2, limit);
  *rows = read_rows (stmt);
  return TRUE;
}

static gboolean
test_list_ids (CptDatabase *db, gconstpointer query, GArray **ids, GError **error)
{
  const TestQuery *q = query;
  g_autoptr(CptStatement) stmt =
    cpt_database_prepare (db, "SELECT id FROM lazy_rows WHERE value >= ?1 "
                              "ORDER BY value DESC, id DESC", error);
  g_assert_false (g_main_context_is_owner (g_main_context_default ()));
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, q->min_value);
  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (*ids, id);
    }
  return TRUE;
}

static gboolean
test_get_rows (CptDatabase *db, const gint64 *ids, guint n_ids, GPtrArray **rows, GError **error)
{
  g_autoptr(CptStatement) stmt =
    cpt_database_prepare (db, "SELECT id, value FROM lazy_rows WHERE id = ?1", error);

  get_rows_calls++;
  *rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GPtrArray) one = NULL;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      one = read_rows (stmt);
      if (one->len == 1)
        g_ptr_array_add (*rows, g_object_ref (one->pdata[0]));
    }
  return TRUE;
}

static gint64
test_row_id (gpointer row)
{
  return TEST_ROW (row)->id;
}

static gpointer
test_copy_query (gconstpointer query)
{
  return g_memdup2 (query, sizeof (TestQuery));
}

static const CptLazyListSource source = {
  .first_page = test_first_page,
  .list_ids = test_list_ids,
  .get_rows = test_get_rows,
  .get_row_id = test_row_id,
  .copy_query = test_copy_query,
  .free_query = g_free,
};

typedef struct
{
  char        *dir;
  CptDatabase *db;
  CptLazyList *list;
  guint        changes;
  guint        last_position, last_removed, last_added;
} Fixture;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Fixture *f)
{
  f->changes++;
  f->last_position = position;
  f->last_removed = removed;
  f->last_added = added;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CptLazyListSource s = source;

  f->dir = g_dir_make_tmp ("cpt-lazy-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cpt_database_exec (f->db,
    "CREATE TABLE lazy_rows (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
    "INSERT INTO lazy_rows SELECT i, i * 10 FROM n;", &error));
  g_assert_no_error (error);

  s.item_type = TEST_TYPE_ROW;
  f->list = cpt_lazy_list_new (f->db, &s);
  g_signal_connect (f->list, "items-changed", G_CALLBACK (on_items_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->list);
  g_clear_object (&f->db);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
wait_loaded (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (cpt_lazy_list_get_loading (f->list))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gint64
value_at (Fixture *f, guint position)
{
  g_autoptr(TestRow) row = g_list_model_get_item (G_LIST_MODEL (f->list), position);

  g_assert_nonnull (row);
  return row->value;
}

static void
test_first_page_then_all (Fixture *f, gconstpointer data)
{
  TestQuery query = { 0 };

  g_autoptr(TestRow) first = NULL;
  g_autoptr(TestRow) again = NULL;

  cpt_lazy_list_set_query (f->list, &query);

  /* The first rows are there at once, the rest is loading. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 64);
  g_assert_true (cpt_lazy_list_get_loading (f->list));
  g_assert_cmpint (value_at (f, 0), ==, 10000);
  g_assert_cmpint (value_at (f, 63), ==, 9370);
  first = g_list_model_get_item (G_LIST_MODEL (f->list), 10);

  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 1000);
  /* Appended after the first rows: the rows shown are not disturbed,
   * not even replaced by other objects. */
  g_assert_cmpuint (f->last_position, ==, 64);
  g_assert_cmpuint (f->last_removed, ==, 0);
  g_assert_cmpuint (f->last_added, ==, 936);
  again = g_list_model_get_item (G_LIST_MODEL (f->list), 10);
  g_assert_true (again == first);

  get_rows_calls = 0;
  g_assert_cmpint (value_at (f, 999), ==, 10);
  g_assert_cmpint (value_at (f, 900), ==, 1000);
  g_assert_cmpuint (get_rows_calls, ==, 1);
  g_assert_cmpint (cpt_lazy_list_get_id (f->list, 999), ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->list), 1000));

  /* The first page was kept: reading it again costs nothing. */
  g_assert_cmpint (value_at (f, 5), ==, 9950);
  g_assert_cmpint (value_at (f, 100), ==, 9000);
  g_assert_cmpuint (get_rows_calls, ==, 1);
  g_assert_cmpuint (get_rows_calls, ==, 1);
}

static void
test_small_result (Fixture *f, gconstpointer data)
{
  TestQuery query = { 9500 };

  cpt_lazy_list_set_query (f->list, &query);
  g_assert_false (cpt_lazy_list_get_loading (f->list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 51);
  g_assert_cmpint (value_at (f, 50), ==, 9500);
}

static void
test_requery_forgets_old_load (Fixture *f, gconstpointer data)
{
  TestQuery all = { 0 };
  TestQuery half = { 5010 };

  cpt_lazy_list_set_query (f->list, &all);
  cpt_lazy_list_set_query (f->list, &half);
  wait_loaded (f);
  /* Let a late answer of the first query arrive, if any. */
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 500);
  g_assert_cmpint (value_at (f, 499), ==, 5010);
}

static void
test_reload_announces_changes (Fixture *f, gconstpointer data)
{
  TestQuery query = { 0 };
  g_autoptr(GError) error = NULL;

  cpt_lazy_list_set_query (f->list, &query);
  wait_loaded (f);
  g_assert_cmpint (value_at (f, 500), ==, 5000);

  /* Ten rows in the middle go away, as when drafts are deleted. */
  g_assert_true (cpt_database_exec (f->db, "DELETE FROM lazy_rows WHERE id BETWEEN 600 AND 609", &error));
  f->changes = 0;
  cpt_lazy_list_reload (f->list);
  wait_loaded (f);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 990);
  g_assert_cmpuint (f->changes, >=, 1);
  g_assert_cmpint (value_at (f, 390), ==, 6100);
  g_assert_cmpint (value_at (f, 391), ==, 5990);
  g_assert_cmpint (value_at (f, 989), ==, 10);
}

static void
test_row_update (gpointer row, gpointer fresh)
{
  TEST_ROW (row)->id = TEST_ROW (fresh)->id;
  TEST_ROW (row)->value = TEST_ROW (fresh)->value;
}

/* With update_row, a new query gives its first rows the row objects a
 * view holds (here the test, scrolled down to row 700), with the new
 * values, so that the view finds its items again and keeps their widgets. */
static void
test_requery_keeps_row_objects (Fixture *f, gconstpointer data)
{
  CptLazyListSource s = source;
  TestQuery all = { 0 };
  TestQuery high = { 8000 };
  g_autoptr(CptLazyList) list = NULL;
  g_autoptr(TestRow) before = NULL;
  g_autoptr(TestRow) after = NULL;

  s.item_type = TEST_TYPE_ROW;
  s.update_row = test_row_update;
  list = cpt_lazy_list_new (f->db, &s);
  cpt_lazy_list_set_query (list, &all);
  while (cpt_lazy_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  before = g_list_model_get_item (G_LIST_MODEL (list), 700);
  g_assert_cmpint (before->value, ==, 3000);

  cpt_lazy_list_set_query (list, &high);
  while (cpt_lazy_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 201);
  after = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (after == before);
  g_assert_cmpint (after->value, ==, 10000);
  g_clear_object (&after);
  after = g_list_model_get_item (G_LIST_MODEL (list), 150);
  g_assert_true (after != before);
  g_assert_cmpint (after->value, ==, 8500);
  g_clear_object (&after);
  after = g_list_model_get_item (G_LIST_MODEL (list), 200);
  g_assert_cmpint (after->value, ==, 8000);
}

/* Reading the second half of a page reads the next page between two
 * frames (in an idle), so that scrolling on finds it already read. */
static void
test_prefetch_next_page (Fixture *f, gconstpointer data)
{
  TestQuery query = { 0 };
  guint calls;

  cpt_lazy_list_set_query (f->list, &query);
  wait_loaded (f);

  calls = get_rows_calls;
  g_assert_cmpint (value_at (f, 600), ==, 4000);
  g_assert_cmpuint (get_rows_calls, ==, calls + 1);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (get_rows_calls, ==, calls + 2);

  g_assert_cmpint (value_at (f, 650), ==, 3500);
  g_assert_cmpint (value_at (f, 700), ==, 3000);
  g_assert_cmpuint (get_rows_calls, ==, calls + 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/lazy-list/first-page-then-all", Fixture, NULL,
              fixture_set_up, test_first_page_then_all, fixture_tear_down);
  g_test_add ("/lazy-list/small-result", Fixture, NULL,
              fixture_set_up, test_small_result, fixture_tear_down);
  g_test_add ("/lazy-list/requery-forgets-old-load", Fixture, NULL,
              fixture_set_up, test_requery_forgets_old_load, fixture_tear_down);
  g_test_add ("/lazy-list/reload-announces-changes", Fixture, NULL,
              fixture_set_up, test_reload_announces_changes, fixture_tear_down);

  g_test_add ("/lazy-list/requery-keeps-row-objects", Fixture, NULL,
              fixture_set_up, test_requery_keeps_row_objects, fixture_tear_down);
  g_test_add ("/lazy-list/prefetch-next-page", Fixture, NULL,
              fixture_set_up, test_prefetch_next_page, fixture_tear_down);

  return g_test_run ();
}
