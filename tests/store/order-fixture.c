/* order-fixture.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "order-fixture.h"

#include "store-test-util.h"

CptDatabase *
fixture_open (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  g_autoptr(GError) error = NULL;
  CptDatabase *db = cpt_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

/* Runs @sql, made by sqlite3_mprintf() (which quotes with %Q), and frees it. */
static gint64
insert (CptDatabase *db,
        char        *sql)
{
  g_autoptr(GError) error = NULL;

  cpt_database_exec (db, sql, &error);
  sqlite3_free (sql);
  g_assert_no_error (error);
  return cpt_database_last_insert_id (db);
}

gint64
fixture_add_customer (CptDatabase *db,
                      const char  *name,
                      const char  *city)
{
  char *sql = sqlite3_mprintf ("INSERT INTO customers (display_name, email, billing_street,"
                                          " billing_postcode, billing_city, shipping_street,"
                                          " shipping_postcode, shipping_city)"
                                          " VALUES (%Q, 'client@example.fr', '1 rue de la Paix', '75002',"
                                          " %Q, '2 quai Voltaire', '69002', 'Lyon')", name, city);
  return insert (db, sql);
}

gint64
fixture_add_item (CptDatabase *db,
                  const char  *name,
                  gint64       rate,
                  gint64       tax_id)
{
  char *sql = sqlite3_mprintf ("INSERT INTO items (name, unit, rate, tax_id)"
                                          " VALUES (%Q, 'pièce', %lld, %lld)",
                                          name, (long long) rate, (long long) tax_id);
  return insert (db, sql);
}

gint64
fixture_add_tax (CptDatabase *db,
                 const char  *name,
                 int          rate,
                 gboolean     active)
{
  char *sql = sqlite3_mprintf ("INSERT INTO taxes (name, rate, active) VALUES (%Q, %d, %d)",
                                          name, rate, active);
  return insert (db, sql);
}

CptOrder *
fixture_order_new (gint64      customer_id,
                   const char *date,
                   ...)
{
  CptOrder *order = cpt_order_new ();
  va_list args;
  int quantity;

  cpt_order_set_customer_id (order, customer_id);
  cpt_order_set_date (order, date);
  va_start (args, date);
  while ((quantity = va_arg (args, int)) >= 0)
    {
      g_autoptr(CptOrderLine) line = cpt_order_line_new ();
      g_autofree char *description = NULL;

      cpt_order_line_set_quantity (line, quantity);
      cpt_order_line_set_rate (line, va_arg (args, int));
      cpt_order_line_set_tax_id (line, va_arg (args, int));
      description = g_strdup_printf ("Article %u", cpt_order_get_n_lines (order) + 1);
      cpt_order_line_set_description (line, description);
      cpt_order_add_line (order, line);
    }
  va_end (args);
  return order;
}

static void
append_file (GString    *out,
             const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autofree char *checksum = NULL;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_string_append_printf (out, "%s: absent\n", path);
      return;
    }
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  g_string_append_printf (out, "%s: %" G_GSIZE_FORMAT " bytes %s\n", path, length, checksum);
}

char *
fixture_snapshot (CptDatabase *db)
{
  g_autofree char *rows = store_test_dump_checksum (db);
  g_autofree char *wal = g_strconcat (cpt_database_get_path (db), "-wal", NULL);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "rows: %s\n", rows);
  append_file (out, cpt_database_get_path (db));
  append_file (out, wal);
  return g_string_free (out, FALSE);
}
