/* test-order-list.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-order-service.h"
#include "order-fixture.h"

typedef struct
{
  char        *dir;
  CptDatabase *db;
  gint64       eric;
  gint64       zoe;
  GPtrArray   *statements; /* SQL of every statement run, for the plans */
} Fixture;

static int
on_trace (unsigned  type,
          void     *data,
          void     *stmt,
          void     *sql)
{
  Fixture *f = data;

  g_ptr_array_add (f->statements, g_strdup (sqlite3_sql (stmt)));
  return 0;
}

/* 45 orders: dates with ties, totals with ties, some without expected
 * shipment date, three customers, several statuses. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 ana;

  f->dir = store_test_make_dir ();
  f->db = fixture_open (f->dir);
  f->statements = g_ptr_array_new_with_free_func (g_free);
  f->eric = fixture_add_customer (f->db, "Éric Dupont", "Paris");
  f->zoe = fixture_add_customer (f->db, "zoé Martin", "Lille");
  ana = fixture_add_customer (f->db, "Ana Leroy", "Nantes");

  for (guint i = 0; i < 45; i++)
    {
      gint64 customers[] = { f->eric, f->zoe, ana };
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 7, 1 + (i * 5) % 9);
      g_autofree char *shipment = g_strdup_printf ("2026-12-%02u", 1 + i % 4);
      g_autofree char *reference = g_strdup_printf ("BC-%u", 100 + i);
      g_autoptr(CptOrder) order = fixture_order_new (customers[i % 3], date,
                                                     1000 + (int) (i % 5) * 1000, 999, TAX_20,
                                                     -1);
      g_autoptr(GError) error = NULL;

      cpt_order_set_reference (order, reference);
      if (i % 3 != 1)
        cpt_order_set_shipment_date (order, shipment);
      if (i % 4 == 0)
        cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
      g_assert_true (cpt_order_service_create (f->db, order, &error));
      g_assert_no_error (error);
      if (i % 10 == 9)
        g_assert_true (cpt_order_service_void (f->db, cpt_order_get_id (order), "Doublon", &error));
      g_assert_no_error (error);
    }
  sqlite3_trace_v2 (cpt_database_get_handle (f->db), SQLITE_TRACE_STMT, on_trace, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_trace_v2 (cpt_database_get_handle (f->db), 0, NULL, NULL);
  g_clear_object (&f->db);
  g_clear_pointer (&f->statements, g_ptr_array_unref);
  store_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GArray *
list_ids (Fixture             *f,
          const CptOrderQuery *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = NULL;

  g_assert_true (cpt_order_service_list_ids (f->db, query, &ids, &error));
  g_assert_no_error (error);
  return ids;
}

/* Walks the whole list by keyset pages of @limit and returns the ids seen. */
static GArray *
walk_pages_by (Fixture             *f,
               const CptOrderQuery *query,
               guint                limit)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_order_service_first_page (f->db, query, limit, &page, &error));
  g_assert_no_error (error);
  while (page->len > 0)
    {
      g_autoptr(CptOrderSummary) last = g_object_ref (g_ptr_array_index (page, page->len - 1));

      for (guint i = 0; i < page->len; i++)
        {
          gint64 id = cpt_order_summary_get_id (g_ptr_array_index (page, i));
          g_array_append_val (ids, id);
        }
      g_clear_pointer (&page, g_ptr_array_unref);
      g_assert_true (cpt_order_service_next_page (f->db, query, last, limit, &page, &error));
      g_assert_no_error (error);
    }
  return ids;
}

static GArray *
walk_pages (Fixture             *f,
            const CptOrderQuery *query)
{
  return walk_pages_by (f, query, 7);
}

static void
assert_same_ids (GArray *a,
                 GArray *b)
{
  g_assert_cmpint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

/* No page query sorts the table in a temporary B-tree: each walks an index. */
static void
assert_pages_use_indexes (Fixture *f)
{
  for (guint i = 0; i < f->statements->len; i++)
    {
      const char *sql = g_ptr_array_index (f->statements, i);
      g_autofree char *explain = NULL;
      sqlite3_stmt *stmt;

      /* A search sorts its matches; a customer's orders are few. */
      if (strstr (sql, "LIMIT ?") == NULL || strstr (sql, "_fts") != NULL
          || strstr (sql, "customer_id = ?") != NULL)
        continue;
      explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
      g_assert_cmpint (sqlite3_prepare_v2 (cpt_database_get_handle (f->db), explain, -1, &stmt, NULL),
                       ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *detail = (const char *) sqlite3_column_text (stmt, 3);

          if (strstr (detail, "TEMP B-TREE") != NULL)
            g_error ("%s sorts: %s", sql, detail);
        }
      sqlite3_finalize (stmt);
    }
}

static void
test_sorts (Fixture       *f,
            gconstpointer  data)
{
  static const struct
  {
    CptOrderSort  sort;
    const char   *order_by;
  } sorts[] = {
    { CPT_ORDER_SORT_DATE, "date DIR, id DIR" },
    { CPT_ORDER_SORT_NUMBER, "number DIR, id DIR" },
    { CPT_ORDER_SORT_CUSTOMER, "customer_name COLLATE NOCASE DIR, id DIR" },
    { CPT_ORDER_SORT_TOTAL, "total DIR, id DIR" },
    { CPT_ORDER_SORT_STATUS, "status DIR, date DIR, id DIR" },
    { CPT_ORDER_SORT_SHIPMENT_DATE, "ifnull(shipment_date, '') DIR, id DIR" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    for (int descending = 0; descending < 2; descending++)
      {
        CptOrderQuery query = CPT_ORDER_QUERY_INIT;
        const char *dir = descending ? "DESC" : "ASC";
        g_autoptr(GString) order_by = g_string_new (sorts[s].order_by);
        g_autofree char *sql = NULL;
        g_autofree char *expected = NULL;
        g_autoptr(GArray) ids = NULL;
        g_autoptr(GArray) paged = NULL;
        g_autoptr(GString) got = g_string_new (NULL);

        g_string_replace (order_by, "DIR", dir, 0);
        sql = g_strdup_printf ("SELECT group_concat(id) FROM (SELECT id FROM sales_orders ORDER BY %s)",
                               order_by->str);
        expected = store_test_query_text (f->db, sql);
        query.sort = sorts[s].sort;
        query.descending = descending;
        ids = list_ids (f, &query);
        for (guint i = 0; i < ids->len; i++)
          g_string_append_printf (got, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (ids, gint64, i));
        g_assert_cmpstr (got->str, ==, expected);
        paged = walk_pages (f, &query);
        assert_same_ids (ids, paged);
      }
  assert_pages_use_indexes (f);
}

static void
test_first_page_newest_first (Fixture       *f,
                              gconstpointer  data)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;
  CptOrderSummary *first;

  g_assert_true (cpt_order_service_first_page (f->db, &query, 10, &page, &error));
  g_assert_no_error (error);
  g_assert_cmpint (page->len, ==, 10);
  first = g_ptr_array_index (page, 0);
  g_assert_cmpstr (cpt_order_summary_get_date (first), ==, "2026-07-09");
  for (guint i = 1; i < page->len; i++)
    g_assert_cmpstr (cpt_order_summary_get_date (g_ptr_array_index (page, i - 1)), >=,
                     cpt_order_summary_get_date (g_ptr_array_index (page, i)));
  g_assert_nonnull (cpt_order_summary_get_number (first));
  g_assert_nonnull (cpt_order_summary_get_customer_name (first));
  g_assert_cmpint (cpt_order_summary_get_total (first), >, 0);
  assert_pages_use_indexes (f);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) paged = NULL;

  query.status = CPT_ORDER_STATUS_CONFIRMED;
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, store_test_query_int (f->db, "SELECT count(*) FROM sales_orders WHERE status = 'confirmed'"));
  g_assert_cmpint (ids->len, ==, 12);
  paged = walk_pages (f, &query);
  assert_same_ids (ids, paged);
  g_clear_pointer (&ids, g_array_unref);
  g_clear_pointer (&paged, g_array_unref);

  query.status = CPT_ORDER_STATUS_VOID;
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 4);
  g_clear_pointer (&ids, g_array_unref);

  for (CptOrderSort sort = CPT_ORDER_SORT_DATE; sort <= CPT_ORDER_SORT_SHIPMENT_DATE; sort++)
    {
      query.sort = sort;
      query.status = CPT_ORDER_STATUS_CONFIRMED;
      ids = list_ids (f, &query);
      g_assert_cmpint (ids->len, ==, 12);
      paged = walk_pages (f, &query);
      assert_same_ids (ids, paged);
      g_clear_pointer (&ids, g_array_unref);
      g_clear_pointer (&paged, g_array_unref);
    }

  query.status = -1;
  query.customer_id = f->zoe;
  query.sort = CPT_ORDER_SORT_TOTAL;
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 15);
  paged = walk_pages (f, &query);
  assert_same_ids (ids, paged);
  assert_pages_use_indexes (f);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) paged = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  /* "eric" finds "Éric", newest first. */
  query.search = "eric";
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 15);
  paged = walk_pages (f, &query);
  assert_same_ids (ids, paged);
  g_assert_true (cpt_order_service_first_page (f->db, &query, 50, &page, &error));
  g_assert_cmpint (page->len, ==, 15);
  for (guint i = 0; i < page->len; i++)
    {
      g_assert_cmpstr (cpt_order_summary_get_customer_name (g_ptr_array_index (page, i)), ==, "Éric Dupont");
      if (i > 0)
        g_assert_cmpstr (cpt_order_summary_get_date (g_ptr_array_index (page, i - 1)), >=,
                         cpt_order_summary_get_date (g_ptr_array_index (page, i)));
    }
  g_clear_pointer (&ids, g_array_unref);
  g_clear_pointer (&page, g_ptr_array_unref);

  /* Every word but the last is whole; the last is being typed. */
  query.search = "Éric Dup";
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 15);
  g_clear_pointer (&ids, g_array_unref);
  query.search = "dupont er";
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 15);
  g_clear_pointer (&ids, g_array_unref);

  /* A fragment of the name, with a status filter. */
  query.search = "Dup";
  query.status = CPT_ORDER_STATUS_CONFIRMED;
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 4);
  g_clear_pointer (&ids, g_array_unref);

  /* A number, a reference. */
  query.status = -1;
  query.search = "CC-2026-00007";
  g_assert_true (cpt_order_service_first_page (f->db, &query, 50, &page, &error));
  g_assert_cmpint (page->len, ==, 1);
  g_assert_cmpstr (cpt_order_summary_get_number (g_ptr_array_index (page, 0)), ==, "CC-2026-00007");
  g_clear_pointer (&page, g_ptr_array_unref);

  query.search = "bc-112";
  g_assert_true (cpt_order_service_first_page (f->db, &query, 50, &page, &error));
  g_assert_cmpint (page->len, ==, 1);
  g_assert_cmpstr (cpt_order_summary_get_reference (g_ptr_array_index (page, 0)), ==, "BC-112");
  g_clear_pointer (&page, g_ptr_array_unref);

  /* Nothing, and nothing searchable. */
  query.search = "introuvable";
  ids = list_ids (f, &query);
  g_assert_cmpint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  query.search = "\"*(";
  ids = list_ids (f, &query);
  g_assert_no_error (error);
  g_assert_cmpint (ids->len, ==, 0);
}

/* A name so common that the page walks the sort's index and filters by
 * the matches instead of sorting them: the same rows, in the same order. */
static void
test_search_many (Fixture       *f,
                  gconstpointer  data)
{
  gint64 martin = fixture_add_customer (f->db, "Hélène Martin", "Rennes");
  g_autoptr(GPtrArray) orders = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 4100; i++)
    {
      g_autofree char *date = g_strdup_printf ("2025-%02u-%02u", 1 + i % 12, 1 + i % 28);
      CptOrder *order = fixture_order_new (martin, date, 1000 + (int) (i % 7) * 500, 1000, TAX_20, -1);

      if (i % 3 == 0)
        cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
      g_ptr_array_add (orders, order);
    }
  g_assert_true (cpt_order_service_import (f->db, (CptOrder **) orders->pdata, orders->len, &error));
  g_assert_no_error (error);

  for (CptOrderSort sort = CPT_ORDER_SORT_DATE; sort <= CPT_ORDER_SORT_SHIPMENT_DATE; sort++)
    for (int status = -1; status <= CPT_ORDER_STATUS_CONFIRMED; status += 2)
      {
        CptOrderQuery query = CPT_ORDER_QUERY_INIT;
        g_autoptr(GArray) ids = NULL;
        g_autoptr(GArray) paged = NULL;

        query.search = "mart";
        query.sort = sort;
        query.status = status;
        ids = list_ids (f, &query);
        /* With zoé Martin's 15 orders, 4 of them confirmed. */
        g_assert_cmpint (ids->len, ==, status < 0 ? 4115 : 1371);
        paged = walk_pages_by (f, &query, 128);
        assert_same_ids (ids, paged);
      }
}

static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  g_autoptr(GArray) ids = list_ids (f, &query);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 picked[4];

  picked[0] = g_array_index (ids, gint64, 30);
  picked[1] = g_array_index (ids, gint64, 2);
  picked[2] = 999999;
  picked[3] = g_array_index (ids, gint64, 17);
  g_assert_true (cpt_order_service_get_summaries (f->db, picked, G_N_ELEMENTS (picked), &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows->len, ==, 3);
  g_assert_cmpint (cpt_order_summary_get_id (g_ptr_array_index (rows, 0)), ==, picked[0]);
  g_assert_cmpint (cpt_order_summary_get_id (g_ptr_array_index (rows, 1)), ==, picked[1]);
  g_assert_cmpint (cpt_order_summary_get_id (g_ptr_array_index (rows, 2)), ==, picked[3]);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT total FROM sales_orders WHERE id = %" G_GINT64_FORMAT,
                                            picked[0]);
    g_assert_cmpint (cpt_order_summary_get_total (g_ptr_array_index (rows, 0)), ==,
                     store_test_query_int (f->db, sql));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/order-list/sorts", test_sorts);
  ADD ("/order-list/first-page", test_first_page_newest_first);
  ADD ("/order-list/filters", test_filters);
  ADD ("/order-list/search", test_search);
  ADD ("/order-list/search-many", test_search_many);
  ADD ("/order-list/summaries", test_summaries);
#undef ADD

  return g_test_run ();
}
