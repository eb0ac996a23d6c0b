/* test-lifecycle-concurrency.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-order-merge.h"
#include "cpt-order-service.h"
#include "lifecycle-fixture.h"

/* Invoice numbers stay unique and gap-free when two processes issue at the
 * same time, and a process killed in the middle of an issue or a merge
 * leaves no trace of half an operation. This program is its own child:
 * with --child-issue it issues invoices and exits, with --child-churn it
 * issues and merges until it is killed. */

#define INVOICES_PER_CHILD 1000
#define KILLS 200
#define BULK_REFERENCE "bulk"

static CptDatabase *
open_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  CptDatabase *db = cpt_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      exit (2);
    }
  return db;
}

/* The order every invoice takes one unit of, and its line. */
static void
find_bulk (CptDatabase *db,
           gint64      *order_id,
           gint64      *line_id)
{
  *order_id = store_test_query_int (db, "SELECT id FROM sales_orders WHERE reference = '" BULK_REFERENCE "'");
  *line_id = store_test_query_int (db, "SELECT l.id FROM sales_order_lines l JOIN sales_orders o"
                                       " ON o.id = l.order_id WHERE o.reference = '" BULK_REFERENCE "'");
}

static gboolean
issue_one (CptDatabase  *db,
           gint64        order_id,
           gint64        line_id,
           GError      **error)
{
  CptLineQuantity one = { line_id, 1000 };
  CptInvoiceRequest request = { "2026-05-04", &one, 1 };

  return cpt_invoice_service_create_issued (db, order_id, &request, error) > 0;
}

static int
child_issue (const char *path,
             guint       count)
{
  g_autoptr(CptDatabase) db = open_path (path);
  gint64 order_id, line_id;

  find_bulk (db, &order_id, &line_id);
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(GError) error = NULL;
      guint attempts = 0;

      /* On a loaded machine the other writer may hold the lock longer than
       * the busy timeout: a refused transaction changed nothing, so the
       * clerk — and this child — simply tries again. */
      while (!issue_one (db, order_id, line_id, &error))
        {
          if (!g_error_matches (error, CPT_ERROR, CPT_ERROR_DATABASE) || ++attempts == 10)
            {
              g_printerr ("child: invoice %u: %s\n", i, error->message);
              return 1;
            }
          g_clear_error (&error);
        }
    }
  return 0;
}

static gint64
small_order (CptDatabase *db,
             gint64       customer_id,
             gint64       item_id)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;

  cpt_order_set_customer_id (order, customer_id);
  cpt_order_set_date (order, "2026-05-04");
  cpt_order_set_warehouse_id (order, 1);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  cpt_order_line_set_item_id (line, item_id);
  cpt_order_line_set_quantity (line, 1000);
  cpt_order_line_set_rate (line, 1000);
  cpt_order_line_set_tax_id (line, TAX_20);
  cpt_order_add_line (order, line);
  if (!cpt_order_service_create (db, order, &error))
    {
      g_printerr ("child: order: %s\n", error->message);
      exit (1);
    }
  return cpt_order_get_id (order);
}

static int
child_churn (const char *path)
{
  g_autoptr(CptDatabase) db = open_path (path);
  gint64 customer_id = store_test_query_int (db, "SELECT min (id) FROM customers");
  gint64 item_id = store_test_query_int (db, "SELECT min (id) FROM items");
  gint64 order_id, line_id;

  find_bulk (db, &order_id, &line_id);
  for (guint i = 0; ; i++)
    {
      g_autoptr(GError) error = NULL;

      if (i % 2 == 0)
        issue_one (db, order_id, line_id, &error);
      else
        {
          gint64 a = small_order (db, customer_id, item_id);
          gint64 b = small_order (db, customer_id, item_id);

          cpt_order_merge (db, a, b, 0, NULL, &error);
        }
      /* A busy database is tried again; anything else is a failure. */
      if (error != NULL && !g_error_matches (error, CPT_ERROR, CPT_ERROR_DATABASE))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
    }
  return 0;
}

static GPid
spawn_child (const char *mode,
             const char *path,
             guint       count)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  const char *argv[] = { self, mode, path, count_text, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_assert_nonnull (self);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* A file with a customer, a stocked item and the bulk order; returns its path. */
static char *
new_file (LifecycleFixture *f)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;

  lifecycle_fixture_set_up (f, NULL);
  cpt_order_set_customer_id (order, f->customer_id);
  cpt_order_set_date (order, "2026-05-01");
  cpt_order_set_reference (order, BULK_REFERENCE);
  cpt_order_set_warehouse_id (order, 1);
  cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
  cpt_order_line_set_description (line, "Abonnement");
  cpt_order_line_set_quantity (line, 100000 * 1000);
  cpt_order_line_set_rate (line, 100);
  cpt_order_line_set_tax_id (line, TAX_20);
  cpt_order_add_line (order, line);
  cpt_order_service_create (f->db, order, &error);
  g_assert_no_error (error);
  return g_strdup (cpt_database_get_path (f->db));
}

/* FA-2026-00001 … FA-2026-0000N, each once, all from the bulk line. */
static void
assert_invoices_gap_free (CptDatabase *db,
                          gint64       n)
{
  g_assert_cmpint (store_test_query_int (db, "SELECT count (*) FROM invoices WHERE number IS NULL"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count (DISTINCT number) FROM invoices"), ==, n);
  g_assert_cmpint (store_test_query_int (db, "SELECT ifnull (min (CAST (substr (number, 9) AS INTEGER)), 1)"
                                             " FROM invoices"), ==, 1);
  g_assert_cmpint (store_test_query_int (db, "SELECT ifnull (max (CAST (substr (number, 9) AS INTEGER)), 0)"
                                             " FROM invoices"), ==, n);
  g_assert_cmpint (store_test_query_int (db, "SELECT next_number FROM number_series"
                                             " WHERE doc_type = 'invoice'"), ==, n + 1);
  g_assert_cmpint (store_test_query_int (db, "SELECT quantity_invoiced FROM sales_order_lines l"
                                             " JOIN sales_orders o ON o.id = l.order_id"
                                             " WHERE o.reference = '" BULK_REFERENCE "'"), ==, n * 1000);
  g_assert_cmpint (store_test_query_int (db, "SELECT count (*) FROM invoices i WHERE total <> 120"
                                             " OR NOT EXISTS (SELECT 1 FROM history_events"
                                             " WHERE invoice_id = i.id AND event = 'invoiced')"), ==, 0);
}

static void
test_two_processes (void)
{
  LifecycleFixture f = { 0 };
  g_autofree char *path = new_file (&f);
  GPid children[2];

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    children[i] = spawn_child ("--child-issue", path, INVOICES_PER_CHILD);
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (children[i], &status, 0), ==, children[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  assert_invoices_gap_free (f.db, 2 * INVOICES_PER_CHILD);
  lifecycle_fixture_tear_down (&f, NULL);
}

static void
test_killed (void)
{
  LifecycleFixture f = { 0 };
  g_autofree char *path = new_file (&f);
  g_autofree char *integrity = NULL;
  gint64 n, merged;

  /* The parent's connection stays open: the file is shared, as with the
   * desktop application and `comptoir --serve`. */
  for (guint i = 0; i < KILLS; i++)
    {
      GPid pid = spawn_child ("--child-churn", path, 0);
      int status = 0;

      g_usleep (g_random_int_range (5000, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
    }

  integrity = store_test_query_text (f.db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");

  n = store_test_query_int (f.db, "SELECT count (*) FROM invoices");
  merged = store_test_query_int (f.db, "SELECT count (*) FROM sales_orders WHERE merged_into_id IS NOT NULL");
  g_test_message ("%" G_GINT64_FORMAT " invoices and %" G_GINT64_FORMAT " merges by %d killed processes",
                  n, merged, KILLS);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (merged, >, 0);
  assert_invoices_gap_free (f.db, n);

  /* Whole merges only: the void order points at a kept order with both
   * lines and both histories; an order with two lines was merged. */
  g_assert_cmpint (store_test_query_int (f.db, "SELECT count (*) FROM sales_orders g"
                                               " JOIN sales_orders k ON k.id = g.merged_into_id"
                                               " WHERE g.status = 'void' AND k.status = 'confirmed'"
                                               " AND (SELECT count (*) FROM sales_order_lines"
                                               "      WHERE order_id = k.id) = 2"
                                               " AND EXISTS (SELECT 1 FROM history_events"
                                               "             WHERE order_id = g.id AND event = 'merged')"
                                               " AND EXISTS (SELECT 1 FROM history_events"
                                               "             WHERE order_id = k.id AND event = 'merged')"),
                   ==, merged);
  g_assert_cmpint (store_test_query_int (f.db, "SELECT count (*) FROM sales_orders o WHERE reference = ''"
                                               " AND (SELECT count (*) FROM sales_order_lines"
                                               "      WHERE order_id = o.id) = 2"), ==, merged);
  g_assert_cmpint (store_test_query_int (f.db, "SELECT count (*) FROM sales_orders WHERE status = 'void'"
                                               " AND merged_into_id IS NULL"), ==, 0);

  /* Committed stock is what the confirmed orders still have to ship. */
  g_assert_cmpint (lifecycle_stock (&f, f.item_a, "committed"), ==,
                   store_test_query_int (f.db, "SELECT sum (l.quantity - l.quantity_shipped)"
                                               " FROM sales_order_lines l JOIN sales_orders o"
                                               " ON o.id = l.order_id WHERE o.status = 'confirmed'"
                                               " AND l.item_id = 1"));
  lifecycle_fixture_tear_down (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child-issue"))
    return child_issue (argv[2], atoi (argv[3]));
  if (argc == 4 && g_str_equal (argv[1], "--child-churn"))
    return child_churn (argv[2]);

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lifecycle/concurrency/two-processes-issue", test_two_processes);
  g_test_add_func ("/lifecycle/concurrency/killed", test_killed);

  return g_test_run ();
}
