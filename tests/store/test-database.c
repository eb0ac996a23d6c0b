/* test-database.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cpt-database-private.h"
#include "cpt-error.h"
#include "store-test-util.h"

static void
test_open_fresh_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "deep", "folder", "comptoir.db", NULL);
  g_autoptr(CptDatabase) db = NULL;
  g_autofree char *mode = NULL;

  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (cpt_database_get_path (db), ==, path);
  g_assert_cmpint (cpt_database_get_schema_version (db), ==, CPT_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (store_test_query_int (db, "PRAGMA user_version"), ==, 1);

  mode = store_test_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (store_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (store_test_query_int (db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_seeds (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autofree char *name = NULL;
  g_autofree char *mention = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *rule = NULL;

  g_assert_nonnull (db);

  /* VAT: 20 % (default), 10 %, 5,5 %, 2,1 %, 0 % exempt with its mention. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM taxes"), ==, 5);
  g_assert_cmpint (store_test_query_int (db, "SELECT rate FROM taxes WHERE is_default"), ==, 2000);
  name = store_test_query_text (db, "SELECT group_concat(rate, ' ') FROM (SELECT rate FROM taxes ORDER BY id)");
  g_assert_cmpstr (name, ==, "2000 1000 550 210 0");
  g_clear_pointer (&name, g_free);
  name = store_test_query_text (db, "SELECT name FROM taxes WHERE rate = 550");
  g_assert_cmpstr (name, ==, "TVA 5,5\u00a0%");
  mention = store_test_query_text (db, "SELECT legal_mention FROM taxes WHERE category = 'exempt'");
  g_assert_true (g_str_has_prefix (mention, "Exonération de TVA"));

  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM payment_terms"), ==, 4);
  g_assert_cmpint (store_test_query_int (db, "SELECT days FROM payment_terms "
                                             "WHERE end_of_month = 1"), ==, 45);
  g_clear_pointer (&name, g_free);
  name = store_test_query_text (db, "SELECT name FROM payment_terms WHERE days = 0");
  g_assert_cmpstr (name, ==, "À réception");

  g_clear_pointer (&name, g_free);
  name = store_test_query_text (db, "SELECT name FROM warehouses WHERE is_default");
  g_assert_cmpstr (name, ==, "Entrepôt principal");

  prefix = store_test_query_text (db, "SELECT group_concat(prefix, ' ') FROM "
                                      "(SELECT prefix FROM number_series ORDER BY doc_type)");
  g_assert_cmpstr (prefix, ==, "AV-{YYYY}- FA-{YYYY}- CC-{YYYY}- EXP-{YYYY}-");
  g_assert_cmpint (store_test_query_int (db, "SELECT min(padding) = 5 AND max(padding) = 5 "
                                             "AND min(next_number) = 1 FROM number_series"), ==, 1);

  rule = store_test_query_text (db, "SELECT value FROM settings WHERE key = 'closing_rule'");
  g_assert_cmpstr (rule, ==, "shipped_and_invoiced");

  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM company"), ==, 1);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders"), ==, 0);
  g_assert_cmpint (cpt_database_get_row_count (db, "nothing"), ==, -1);

  /* No REAL column anywhere. */
  g_assert_cmpint (store_test_query_int (db,
                                         "SELECT count(*) FROM sqlite_master m, pragma_table_info(m.name) c "
                                         "WHERE m.type = 'table' AND upper(c.type) IN ('REAL', 'FLOAT', 'DOUBLE')"),
                   ==, 0);
}

static void
test_reopen_keeps_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  CptDatabase *db = store_test_open_fresh (&dir);

  path = g_strdup (cpt_database_get_path (db));
  store_test_exec (db, "UPDATE company SET name = 'Atelier Dupré'");
  g_object_unref (db);

  db = cpt_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM taxes"), ==, 5);
  g_assert_cmpint (store_test_query_int (db, "SELECT name = 'Atelier Dupré' FROM company"), ==, 1);

  /* Same version: nothing to migrate, no backup copy. */
  backup = g_strdup_printf ("%s.v1.bak", path);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_object_unref (db);
  store_test_remove_dir (dir);
}

static void
test_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autofree char *copy_path = g_build_filename (dir, "copie.db", NULL);
  g_autoptr(CptDatabase) copy = NULL;
  g_autofree char *original_sum = NULL;
  g_autofree char *copy_sum = NULL;

  store_test_exec (db, "INSERT INTO customers (display_name) VALUES ('Éric Dupré')");
  g_assert_true (cpt_database_backup (db, copy_path, &error));
  g_assert_no_error (error);

  /* The copy is a Comptoir file with the same rows, and stays apart. */
  copy = cpt_database_open (copy_path, &error);
  g_assert_no_error (error);
  original_sum = store_test_dump_checksum (db);
  copy_sum = store_test_dump_checksum (copy);
  g_assert_cmpstr (copy_sum, ==, original_sum);
  store_test_exec (db, "DELETE FROM customers");
  g_assert_cmpint (store_test_query_int (copy, "SELECT count(*) FROM customers"), ==, 1);

  g_clear_object (&copy);
  g_assert_false (cpt_database_backup (db, "/nonexistent-folder/copie.db", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static const char * const schema_v1[] = {
  "/fr/comptoir/Comptoir/store/schema/v1.sql",
  "/fr/comptoir/Comptoir/store/schema/v1-triggers.sql",
  "/fr/comptoir/Comptoir/store/schema/v1-seed.sql",
  NULL
};

/* A file of version 1 meets a program of version 2, then a broken step 3. */
static void
test_migration (void)
{
  static const CptMigrationStep steps[] = {
    { NULL, NULL },
    { schema_v1, NULL },
    { NULL, "ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;"
            "UPDATE customers SET loyalty_points = 10;" },
    { NULL, "CREATE TABLE gifts (id INTEGER PRIMARY KEY);"
            "INSERT INTO nowhere VALUES (1);" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "comptoir.db", NULL);
  g_autofree char *backup_v1 = g_strconcat (path, ".v1.bak", NULL);
  g_autofree char *backup_v2 = g_strconcat (path, ".v2.bak", NULL);
  CptDatabase *db;

  db = cpt_database_open_with_migrations (path, steps, 1, &error);
  g_assert_no_error (error);
  store_test_exec (db, "INSERT INTO customers (display_name) VALUES ('Léa')");
  g_object_unref (db);
  g_assert_false (g_file_test (backup_v1, G_FILE_TEST_EXISTS));

  /* Version 2: a copy of the version-1 file first, then the step. */
  db = cpt_database_open_with_migrations (path, steps, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_database_get_schema_version (db), ==, 2);
  g_assert_cmpint (store_test_query_int (db, "SELECT loyalty_points FROM customers"), ==, 10);
  g_object_unref (db);
  g_assert_true (g_file_test (backup_v1, G_FILE_TEST_IS_REGULAR));
  db = cpt_database_open_with_migrations (backup_v1, steps, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM customers"), ==, 1);
  g_object_unref (db);

  /* A failing step leaves the file at version 2, untouched. */
  db = cpt_database_open_with_migrations (path, steps, 3, &error);
  g_assert_null (db);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
  g_clear_error (&error);
  g_assert_true (g_file_test (backup_v2, G_FILE_TEST_IS_REGULAR));
  db = cpt_database_open_with_migrations (path, steps, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'gifts'"), ==, 0);
  g_object_unref (db);

  /* This build (version 1) refuses the newer file. */
  db = cpt_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);

  store_test_remove_dir (dir);
}

static void
test_refuses_foreign_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *text_path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *newer_path = g_build_filename (dir, "newer.db", NULL);
  g_autoptr(CptDatabase) db = NULL;
  sqlite3 *raw = NULL;

  g_file_set_contents (text_path, "Ceci n'est pas une base de données, mais un texte assez long "
                                  "pour remplir l'en-tête d'un fichier SQLite sans rien y ressembler.",
                       -1, NULL);
  db = cpt_database_open (text_path, &error);
  g_assert_null (db);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
  g_clear_error (&error);

  /* Another program's SQLite file is not taken over. */
  g_assert_cmpint (sqlite3_open (other_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  db = cpt_database_open (other_path, &error);
  g_assert_null (db);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, other_path));
  g_clear_error (&error);

  /* A file from a newer Comptoir is refused, not damaged. */
  db = cpt_database_open (newer_path, &error);
  g_assert_no_error (error);
  store_test_exec (db, "PRAGMA user_version = 99");
  g_clear_object (&db);
  db = cpt_database_open (newer_path, &error);
  g_assert_null (db);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);

  store_test_remove_dir (dir);
}

/* A numbered invoice with one line, as the invoice service leaves it. */
static void
insert_issued_invoice (CptDatabase *db)
{
  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Éric Dupré');"
                   "INSERT INTO invoices (id, customer_id, date, total) VALUES (1, 1, '2026-11-28', 12000);"
                   "INSERT INTO invoice_lines (invoice_id, description, quantity, rate, tax_rate, amount)"
                   "  VALUES (1, 'Chaise', 1000, 10000, 2000, 10000);"
                   "INSERT INTO invoice_taxes (invoice_id, name, rate, base, amount)"
                   "  VALUES (1, 'TVA 20 %', 2000, 10000, 2000);"
                   "UPDATE invoices SET number = 'FA-2026-00001', status = 'issued',"
                   "  issued_at = '2026-11-28T10:00:00Z' WHERE id = 1;");
}

static void
assert_refused (CptDatabase *db,
                const char  *sql,
                const char  *checksum)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_false (cpt_database_exec (db, sql, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, checksum);
}

static void
test_issued_invoice_immutable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autofree char *before = NULL;
  g_autofree char *status = NULL;

  insert_issued_invoice (db);
  before = store_test_dump_checksum (db);

  assert_refused (db, "UPDATE invoices SET total = 1 WHERE id = 1", before);
  assert_refused (db, "UPDATE invoices SET customer_name = 'X' WHERE id = 1", before);
  assert_refused (db, "UPDATE invoices SET number = 'FA-2026-00002' WHERE id = 1", before);
  assert_refused (db, "UPDATE invoices SET number = NULL, status = 'draft' WHERE id = 1", before);
  assert_refused (db, "DELETE FROM invoices WHERE id = 1", before);
  assert_refused (db, "UPDATE invoice_lines SET quantity = 2000", before);
  assert_refused (db, "DELETE FROM invoice_lines", before);
  assert_refused (db, "INSERT INTO invoice_lines (invoice_id, quantity) VALUES (1, 1000)", before);
  assert_refused (db, "UPDATE invoice_taxes SET amount = 0", before);
  assert_refused (db, "DELETE FROM invoice_taxes", before);

  /* The error says why, in a sentence. */
  g_assert_false (cpt_database_exec (db, "DELETE FROM invoices", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_assert_null (strstr (error->message, "cpt:"));
  g_clear_error (&error);

  /* Allowed: sent, paid with its date, the date corrected, credited. */
  store_test_exec (db, "UPDATE invoices SET status = 'sent', sent_at = '2026-11-28T11:00:00Z'");
  store_test_exec (db, "UPDATE invoices SET status = 'paid', paid_date = '2026-12-01'");
  store_test_exec (db, "UPDATE invoices SET paid_date = '2026-12-02'");
  store_test_exec (db,
                   "INSERT INTO credit_notes (id, invoice_id, customer_id, date, total)"
                   "  VALUES (1, 1, 1, '2026-12-05', 12000);"
                   "INSERT INTO credit_note_lines (credit_note_id, quantity, rate) VALUES (1, 1000, 10000);"
                   "UPDATE credit_notes SET number = 'AV-2026-00001', status = 'issued' WHERE id = 1;"
                   "UPDATE invoices SET status = 'credited', credited_by = 1 WHERE id = 1;");
  status = store_test_query_text (db, "SELECT status FROM invoices WHERE id = 1");
  g_assert_cmpstr (status, ==, "credited");

  g_clear_pointer (&before, g_free);
  before = store_test_dump_checksum (db);
  assert_refused (db, "UPDATE invoices SET status = 'paid' WHERE id = 1", before);
  assert_refused (db, "UPDATE credit_notes SET total = 0", before);
  assert_refused (db, "DELETE FROM credit_notes", before);
  assert_refused (db, "DELETE FROM credit_note_lines", before);
  store_test_exec (db, "UPDATE credit_notes SET status = 'sent', sent_at = '2026-12-05T09:00:00Z'");

  /* A draft stays editable and deletable. */
  store_test_exec (db,
                   "INSERT INTO invoices (id, customer_id, date) VALUES (2, 1, '2026-11-29');"
                   "INSERT INTO invoice_lines (invoice_id, quantity) VALUES (2, 1000);"
                   "UPDATE invoice_lines SET quantity = 3000 WHERE invoice_id = 2;"
                   "UPDATE invoices SET total = 5 WHERE id = 2;"
                   "DELETE FROM invoices WHERE id = 2;");
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM invoice_lines"), ==, 1);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_checks (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  static const char * const refused[] = {
    "INSERT INTO taxes (name, rate) VALUES ('Trop', 10001)",
    "INSERT INTO taxes (name, rate, is_default) VALUES ('Deux défauts', 100, 1)",
    "INSERT INTO customers (display_name) VALUES ('   ')",
    "INSERT INTO customers (display_name, type) VALUES ('X', 'robot')",
    "INSERT INTO items (name, sku) VALUES ('A', 'SKU-1'), ('B', 'sku-1')",
    "INSERT INTO number_series (doc_type) VALUES ('quote')",
    "UPDATE number_series SET mode = 'manual' WHERE doc_type = 'invoice'",
    "UPDATE settings SET value = 'never' WHERE key = 'closing_rule'",
    "INSERT INTO sales_orders (number, customer_id, date, warehouse_id) VALUES ('CC-1', 999, '2026-11-28', 1)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (cpt_database_exec (db, refused[i], &error));
      g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
      g_clear_error (&error);
    }

  store_test_exec (db, "INSERT INTO customers (id, display_name) VALUES (1, 'Léa')");
  g_assert_false (cpt_database_exec (db,
                                     "INSERT INTO sales_orders (number, customer_id, date, warehouse_id)"
                                     " VALUES ('CC-1', 1, '2026-02-30', 1)", &error));
  g_clear_error (&error);
  store_test_exec (db,
                   "INSERT INTO sales_orders (number, customer_id, date, warehouse_id)"
                   " VALUES ('CC-1', 1, '2026-02-28', 1)");
  g_assert_false (cpt_database_exec (db,
                                     "INSERT INTO sales_orders (number, customer_id, date, warehouse_id)"
                                     " VALUES ('CC-1', 1, '2026-02-28', 1)", &error));
  g_clear_error (&error);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders:draft"), ==, 1);
}

static void
test_search_ignores_accents (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  CptStatement *stmt;

  store_test_exec (db,
                   "INSERT INTO customers (id, display_name, billing_city) VALUES"
                   " (1, 'Éric Lefèvre', 'Besançon'), (2, 'Hélène Martin', 'Lyon');"
                   "INSERT INTO sales_orders (id, number, customer_id, customer_name, reference, date, warehouse_id)"
                   " VALUES (1, 'CC-2026-00042', 1, 'Éric Lefèvre', 'BC 7781', '2026-11-28', 1);"
                   "UPDATE customers SET display_name = 'Éric Lefebvre' WHERE id = 1;");

  query = cpt_database_build_fts_query ("eric");
  stmt = cpt_database_prepare (db, "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

  /* The update re-indexed the new name, and the city is searchable. */
  g_clear_pointer (&query, g_free);
  query = cpt_database_build_fts_query ("lefeb besanc");
  stmt = cpt_database_prepare (db, "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1", &error);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_clear_pointer (&query, g_free);
  query = cpt_database_build_fts_query ("lefèvre");
  stmt = cpt_database_prepare (db, "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1", &error);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  cpt_statement_release (stmt);

  g_clear_pointer (&query, g_free);
  query = cpt_database_build_fts_query ("cc-2026-00042");
  g_assert_cmpstr (query, ==, "\"cc\"* \"2026\"* \"00042\"*");
  stmt = cpt_database_prepare (db, "SELECT rowid FROM sales_orders_fts WHERE sales_orders_fts MATCH ?1", &error);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  cpt_statement_release (stmt);

  /* Query syntax typed by a user never reaches FTS5. */
  g_assert_null (cpt_database_build_fts_query ("  \"*-( ) "));
  g_assert_null (cpt_database_build_fts_query (NULL));
  g_clear_pointer (&query, g_free);
  query = cpt_database_build_fts_query ("NEAR(a\" OR b*");
  g_assert_cmpstr (query, ==, "\"NEAR\"* \"a\"* \"OR\"* \"b\"*");
}

static void
test_fold_text (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autofree char *folded = cpt_database_fold_text ("  Élodie LŒUF-Çelik ");
  g_autofree char *sql_folded = NULL;

  g_assert_cmpstr (folded, ==, "elodie lœuf-celik");
  sql_folded = store_test_query_text (db, "SELECT cpt_fold('Éric')");
  g_assert_cmpstr (sql_folded, ==, "eric");
}

/* committed follows confirmed orders; on_hand follows stock movements. */
static void
test_stock_triggers (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;

  store_test_exec (db,
                   "INSERT INTO warehouses (id, name) VALUES (2, 'Dépôt Lyon');"
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO items (id, name, sku) VALUES (1, 'Chaise', 'CH-1'), (2, 'Table', 'TB-1');"
                   "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind, reason)"
                   "  VALUES (1, 1, 10000, 'adjustment', 'Inventaire'), (1, 1, -2500, 'adjustment', 'Casse');"
                   "INSERT INTO sales_orders (id, number, customer_id, date, warehouse_id)"
                   "  VALUES (1, 'CC-1', 1, '2026-11-28', 1);"
                   "INSERT INTO sales_order_lines (order_id, item_id, quantity) VALUES"
                   "  (1, 1, 3000), (1, 1, 1000), (1, 2, 500), (1, NULL, 7000);");

  g_assert_cmpint (store_test_query_int (db, "SELECT on_hand FROM stock_levels WHERE item_id = 1 AND warehouse_id = 1"), ==, 7500);
  /* A draft commits nothing. */
  g_assert_cmpint (store_test_query_int (db, "SELECT total(committed) FROM stock_levels"), ==, 0);

  store_test_exec (db, "UPDATE sales_orders SET status = 'confirmed' WHERE id = 1");
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1 AND warehouse_id = 1"), ==, 4000);
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 2 AND warehouse_id = 1"), ==, 500);

  /* Shipping part of a line, editing and adding lines. */
  store_test_exec (db, "UPDATE sales_order_lines SET quantity_shipped = 1000 WHERE order_id = 1 AND quantity = 3000");
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1 AND warehouse_id = 1"), ==, 3000);
  store_test_exec (db, "UPDATE sales_order_lines SET quantity = 1500 WHERE order_id = 1 AND item_id = 2;"
                       "INSERT INTO sales_order_lines (order_id, item_id, quantity) VALUES (1, 2, 250);"
                       "DELETE FROM sales_order_lines WHERE order_id = 1 AND quantity = 1000 AND item_id = 1;");
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 1 AND warehouse_id = 1"), ==, 2000);
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 2 AND warehouse_id = 1"), ==, 1750);

  /* Moving the order to another warehouse moves what it commits. */
  store_test_exec (db, "UPDATE sales_orders SET warehouse_id = 2 WHERE id = 1");
  g_assert_cmpint (store_test_query_int (db, "SELECT total(committed) FROM stock_levels WHERE warehouse_id = 1"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT committed FROM stock_levels WHERE item_id = 2 AND warehouse_id = 2"), ==, 1750);

  /* Closing (or voiding) releases everything; reopening takes it back. */
  store_test_exec (db, "UPDATE sales_orders SET status = 'closed' WHERE id = 1");
  g_assert_cmpint (store_test_query_int (db, "SELECT total(committed) FROM stock_levels"), ==, 0);
  store_test_exec (db, "UPDATE sales_orders SET status = 'confirmed' WHERE id = 1");
  g_assert_cmpint (store_test_query_int (db, "SELECT total(committed) FROM stock_levels"), ==, 3750);

  /* Matches the definition computed from scratch. */
  g_assert_cmpint (store_test_query_int (db,
                                         "SELECT count(*) FROM stock_levels s WHERE committed <> "
                                         "(SELECT total(l.quantity - l.quantity_shipped) FROM sales_order_lines l "
                                         " JOIN sales_orders o ON o.id = l.order_id "
                                         " WHERE o.status = 'confirmed' AND l.item_id = s.item_id "
                                         " AND o.warehouse_id = s.warehouse_id)"), ==, 0);

  /* The movements journal cannot be rewritten. */
  g_assert_false (cpt_database_exec (db, "DELETE FROM stock_movements", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
}

static void
on_changed_cb (CptDatabase *db,
               const char  *kind,
               GString     *log)
{
  g_string_append_printf (log, "%s;", kind);
}

static void
test_transactions_and_signal (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GString) orders_only = g_string_new (NULL);

  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), log);
  g_signal_connect (db, "changed::orders", G_CALLBACK (on_changed_cb), orders_only);

  g_assert_true (cpt_database_begin (db, &error));
  store_test_exec (db, "INSERT INTO customers (display_name) VALUES ('Léa')");
  cpt_database_mark_changed (db, "customers");
  cpt_database_mark_changed (db, "customers");

  /* A nested begin is a savepoint: rolling it back keeps the outer work. */
  g_assert_true (cpt_database_begin (db, &error));
  store_test_exec (db, "INSERT INTO customers (display_name) VALUES ('Noé')");
  cpt_database_mark_changed (db, "orders");
  cpt_database_rollback (db);
  g_assert_true (cpt_database_begin (db, &error));
  store_test_exec (db, "INSERT INTO customers (display_name) VALUES ('Zoé')");
  g_assert_true (cpt_database_commit (db, &error));

  g_assert_cmpstr (log->str, ==, "");
  g_assert_true (cpt_database_in_transaction (db));
  g_assert_true (cpt_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_false (cpt_database_in_transaction (db));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM customers"), ==, 2);
  g_assert_cmpstr (log->str, ==, "customers;orders;");
  g_assert_cmpstr (orders_only->str, ==, "orders;");

  /* A rolled-back transaction leaves nothing and says nothing. */
  g_string_truncate (log, 0);
  g_assert_true (cpt_database_begin (db, &error));
  store_test_exec (db, "DELETE FROM customers");
  cpt_database_mark_changed (db, "customers");
  cpt_database_rollback (db);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM customers"), ==, 2);
  g_assert_cmpstr (log->str, ==, "");
  g_assert_cmpint (cpt_database_get_row_count (db, "customers"), ==, 2);
}

static gpointer
rollback_later_cb (gpointer data)
{
  g_usleep (300 * 1000);
  cpt_database_rollback (data);
  return NULL;
}

static void
test_external_change (void)
{
  g_autoptr(GError) error = NULL;
  GThread *rollback_thread;
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) window = store_test_open_fresh (&dir);
  g_autoptr(CptDatabase) server = NULL;

  server = cpt_database_open (cpt_database_get_path (window), &error);
  g_assert_no_error (error);

  g_assert_false (cpt_database_poll_external_change (window));
  store_test_exec (window, "INSERT INTO customers (display_name) VALUES ('Léa')");
  g_assert_false (cpt_database_poll_external_change (window));

  store_test_exec (server, "INSERT INTO customers (display_name) VALUES ('Noé')");
  g_assert_true (cpt_database_poll_external_change (window));
  g_assert_false (cpt_database_poll_external_change (window));
  g_assert_cmpint (store_test_query_int (window, "SELECT count(*) FROM customers"), ==, 2);

  /* BEGIN IMMEDIATE: a second writer waits for the first to finish… */
  g_assert_true (cpt_database_begin (server, &error));
  rollback_thread = g_thread_new ("rollback", rollback_later_cb, server);
  g_assert_true (cpt_database_begin (window, &error));
  g_assert_no_error (error);
  cpt_database_rollback (window);
  g_thread_join (rollback_thread);

  /* …and gets a clear error when it waited too long. */
  g_assert_true (cpt_database_begin (server, &error));
  store_test_exec (window, "PRAGMA busy_timeout = 50");
  g_assert_false (cpt_database_begin (window, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
  g_assert_false (cpt_database_in_transaction (window));
  cpt_database_rollback (server);

  g_clear_object (&server);
  g_clear_object (&window);
  store_test_remove_dir (dir);
}

static void
test_statement_cache (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *first;
  sqlite3_stmt *second;

  first = cpt_database_prepare (db, "SELECT id FROM taxes WHERE rate = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (first, 1, 2000);
  g_assert_cmpint (sqlite3_step (first), ==, SQLITE_ROW);

  second = cpt_database_prepare (db, "SELECT id FROM taxes WHERE rate = ?1", &error);
  g_assert_true (first == second);
  /* Reset and unbound: the NULL rate matches nothing. */
  g_assert_cmpint (sqlite3_step (second), ==, SQLITE_DONE);
  cpt_statement_release (second);

  g_assert_null (cpt_database_prepare (db, "SELECT nonsense FROM nowhere", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static gboolean
write_6_mb_cb (gpointer user_data)
{
  store_test_exec (user_data, "INSERT INTO scratch VALUES (zeroblob (6000000))");
  return G_SOURCE_REMOVE;
}

/* A commit that takes the WAL past 1 000 pages from the main loop leaves
 * the checkpoint to the loop's next idle moment; without a main loop, the
 * commit checkpoints at once, as SQLite does by itself. */
static void
test_idle_checkpoint (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autofree char *path = g_strdup (cpt_database_get_path (db));
  goffset before = file_size (path);

  store_test_exec (db, "CREATE TABLE scratch (b BLOB)");
  g_idle_add (write_6_mb_cb, db);
  g_assert_true (g_main_context_iteration (NULL, FALSE));
  /* The 6 MB are in the WAL, not yet in the file… */
  g_assert_cmpint (file_size (path), <, before + 1000000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* …until the loop was idle. */
  g_assert_cmpint (file_size (path), >=, before + 6000000);

  store_test_exec (db, "INSERT INTO scratch VALUES (zeroblob (6000000))");
  g_assert_cmpint (file_size (path), >=, before + 12000000);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/open-fresh-file", test_open_fresh_file);
  g_test_add_func ("/database/seeds", test_seeds);
  g_test_add_func ("/database/reopen", test_reopen_keeps_data);
  g_test_add_func ("/database/backup", test_backup);
  g_test_add_func ("/database/migration", test_migration);
  g_test_add_func ("/database/foreign-files", test_refuses_foreign_files);
  g_test_add_func ("/database/issued-invoice-immutable", test_issued_invoice_immutable);
  g_test_add_func ("/database/checks", test_checks);
  g_test_add_func ("/database/search-ignores-accents", test_search_ignores_accents);
  g_test_add_func ("/database/fold-text", test_fold_text);
  g_test_add_func ("/database/stock-triggers", test_stock_triggers);
  g_test_add_func ("/database/transactions", test_transactions_and_signal);
  g_test_add_func ("/database/external-change", test_external_change);
  g_test_add_func ("/database/statement-cache", test_statement_cache);
  g_test_add_func ("/database/idle-checkpoint", test_idle_checkpoint);

  return g_test_run ();
}
