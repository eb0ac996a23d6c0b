/* test-order-concurrency.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "cpt-order-service.h"
#include "order-fixture.h"

/* The desktop application and `comptoir --serve` write the same file:
 * two processes creating orders at once must both succeed, with unique
 * numbers. And a process killed at any moment must leave a sound file
 * with whole orders only. This program is its own child: run with
 * --child-create it creates orders and exits, or is killed. */

#define ORDERS_PER_CHILD 300
#define KILLS 200

/* In the child: creates @count orders (forever when 0) of 1 to 4 lines. */
static int
child_create (const char *path,
              guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptDatabase) db = cpt_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; count == 0 || i < count; i++)
    {
      g_autoptr(CptOrder) order = fixture_order_new (1, "2026-11-28",
                                                     1500, 1999, TAX_20,
                                                     -1);
      guint n_extra = g_random_int_range (0, 4);

      for (guint j = 0; j < n_extra; j++)
        {
          g_autoptr(CptOrderLine) line = cpt_order_line_new ();

          cpt_order_line_set_description (line, "Supplément");
          cpt_order_line_set_quantity (line, g_random_int_range (1, 5000));
          cpt_order_line_set_rate (line, g_random_int_range (1, 100000));
          cpt_order_line_set_tax_id (line, j % 2 ? TAX_5_5 : TAX_20);
          cpt_order_add_line (order, line);
        }
      if (i % 2)
        cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
      if (!cpt_order_service_create (db, order, &error))
        {
          g_printerr ("child: order %u: %s\n", i, error->message);
          return 1;
        }
    }
  return 0;
}

static char *
new_file (char **dir)
{
  g_autoptr(CptDatabase) db = NULL;
  char *path;

  *dir = store_test_make_dir ();
  path = g_build_filename (*dir, "comptoir.db", NULL);
  db = fixture_open (*dir);
  g_assert_cmpint (fixture_add_customer (db, "Éric Dupont", "Paris"), ==, 1);
  return path;
}

static void
remove_file (char *dir,
             char *path)
{
  store_test_remove_dir (dir);
  g_free (dir);
  g_free (path);
}

static GPid
spawn_child (const char *path,
             guint       count)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  const char *argv[] = { self, "--child-create", path, count_text, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_assert_nonnull (self);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* The numbers are CC-2026-00001 … CC-2026-0000N, each once. */
static void
assert_numbers_gap_free (CptDatabase *db,
                         gint64       n)
{
  g_assert_cmpint (store_test_query_int (db, "SELECT count(DISTINCT number) FROM sales_orders"), ==, n);
  g_assert_cmpint (store_test_query_int (db, "SELECT ifnull(min(CAST(substr(number, 9) AS INTEGER)), 1)"
                                          " FROM sales_orders"), ==, 1);
  g_assert_cmpint (store_test_query_int (db, "SELECT ifnull(max(CAST(substr(number, 9) AS INTEGER)), 0)"
                                          " FROM sales_orders"), ==, n);
  g_assert_cmpint (store_test_query_int (db, "SELECT next_number FROM number_series"
                                          " WHERE doc_type = 'salesorder'"), ==, n + 1);
}

static void
test_two_processes (void)
{
  char *dir;
  char *path = new_file (&dir);
  g_autoptr(CptDatabase) db = NULL;
  GPid children[2];

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    children[i] = spawn_child (path, ORDERS_PER_CHILD);
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (children[i], &status, 0), ==, children[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  db = fixture_open (dir);
  assert_numbers_gap_free (db, 2 * ORDERS_PER_CHILD);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM history_events WHERE event = 'created'"),
                   ==, 2 * ORDERS_PER_CHILD);
  g_clear_object (&db);
  remove_file (dir, path);
}

static void
test_killed (void)
{
  char *dir;
  char *path = new_file (&dir);
  g_autoptr(CptDatabase) db = NULL;
  g_autofree char *integrity = NULL;
  gint64 n;

  for (guint i = 0; i < KILLS; i++)
    {
      GPid pid = spawn_child (path, 0);
      int status = 0;

      g_usleep (g_random_int_range (2000, 30000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
    }

  db = fixture_open (dir);
  integrity = store_test_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  n = store_test_query_int (db, "SELECT count(*) FROM sales_orders");
  g_test_message ("%" G_GINT64_FORMAT " orders created by %d killed processes", n, KILLS);
  g_assert_cmpint (n, >, 0);
  assert_numbers_gap_free (db, n);

  /* Whole orders only: lines, totals, VAT summary and history. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders o WHERE NOT EXISTS"
                                          " (SELECT 1 FROM sales_order_lines WHERE order_id = o.id)"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders o WHERE sub_total IS NOT"
                                          " (SELECT sum(amount) FROM sales_order_lines WHERE order_id = o.id)"),
                   ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders o WHERE tax_total IS NOT"
                                          " (SELECT sum(amount) FROM sales_order_taxes WHERE order_id = o.id)"),
                   ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE total <>"
                                          " sub_total - discount_total + shipping_charge + tax_total + adjustment"),
                   ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders o WHERE NOT EXISTS"
                                          " (SELECT 1 FROM history_events WHERE order_id = o.id"
                                          "  AND event = 'created')"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders_fts"), ==, n);
  g_assert_cmpint (store_test_query_int (db, "SELECT n FROM row_counts WHERE name = 'sales_orders'"), ==, n);
  g_clear_object (&db);
  remove_file (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child-create"))
    return child_create (argv[2], atoi (argv[3]));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/order-concurrency/two-processes", test_two_processes);
  g_test_add_func ("/order-concurrency/killed", test_killed);
  return g_test_run ();
}
