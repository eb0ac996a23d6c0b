/* test-item-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-item-service.h"
#include "store-test-util.h"

static gint64
add_item (CptDatabase *db,
          const char  *name,
          const char  *sku,
          gint64       rate,
          gint64       reorder_level)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItem) item = cpt_item_new ();

  cpt_item_set_name (item, name);
  cpt_item_set_sku (item, sku);
  cpt_item_set_rate (item, rate);
  cpt_item_set_tax_id (item, 1);
  cpt_item_set_unit (item, "pièce");
  cpt_item_set_reorder_level (item, reorder_level);
  g_assert_true (cpt_item_service_create (db, item, &error));
  g_assert_no_error (error);
  return cpt_item_get_id (item);
}

static void
adjust (CptDatabase *db,
        gint64       item,
        gint64       warehouse,
        gint64       quantity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_item_service_adjust_stock (db, item, warehouse, quantity, "Inventaire", &error));
  g_assert_no_error (error);
}

static void
test_create_get_update (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(CptItem) read = NULL;
  g_autoptr(CptItem) by_sku = NULL;

  cpt_item_set_name (item, " Chaise bistrot en hêtre ");
  cpt_item_set_sku (item, " CH-HETRE-01 ");
  cpt_item_set_rate (item, 8990);
  cpt_item_set_tax_id (item, 1);
  cpt_item_set_unit (item, "pièce");
  cpt_item_set_reorder_level (item, 5000);
  cpt_item_set_description (item, "Assise cannée, vernis naturel.");
  g_assert_true (cpt_item_service_create (db, item, &error));
  g_assert_no_error (error);

  read = cpt_item_service_get (db, cpt_item_get_id (item), 0, &error);
  g_assert_cmpstr (cpt_item_get_name (read), ==, "Chaise bistrot en hêtre");
  g_assert_cmpstr (cpt_item_get_sku (read), ==, "CH-HETRE-01");
  g_assert_cmpint (cpt_item_get_rate (read), ==, 8990);
  g_assert_cmpint (cpt_item_get_tax_id (read), ==, 1);
  g_assert_cmpint (cpt_item_get_kind (read), ==, CPT_ITEM_KIND_GOODS);
  g_assert_true (cpt_item_get_track_stock (read));
  g_assert_cmpint (cpt_item_get_reorder_level (read), ==, 5000);
  g_assert_true (cpt_item_get_out_of_stock (read));
  g_assert_cmpint (cpt_item_get_missing (read), ==, 5000);

  by_sku = cpt_item_service_find_by_sku (db, "ch-hetre-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_item_get_id (by_sku), ==, cpt_item_get_id (item));

  /* A service never tracks stock; its SKU may be empty (stored NULL). */
  cpt_item_set_kind (read, CPT_ITEM_KIND_SERVICE);
  cpt_item_set_sku (read, "");
  cpt_item_set_rate (read, 4500);
  g_assert_true (cpt_item_service_update (db, read, &error));
  g_clear_object (&by_sku);
  by_sku = cpt_item_service_get (db, cpt_item_get_id (item), 0, &error);
  g_assert_false (cpt_item_get_track_stock (by_sku));
  g_assert_cmpint (cpt_item_get_rate (by_sku), ==, 4500);
  g_assert_cmpint (store_test_query_int (db, "SELECT sku IS NULL FROM items"), ==, 1);
  g_assert_cmpint (cpt_database_get_row_count (db, "items"), ==, 1);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_refusals_leave_file_unchanged (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = add_item (db, "Table pliante", "TB-01", 12000, 0);
  g_autoptr(CptItem) item = NULL;

  store_test_exec (db, "INSERT INTO taxes (id, name, rate, active) VALUES (9, 'TVA ancienne', 1960, 0)");
  before = store_test_dump_checksum (db);

  /* Duplicate SKU, whatever the case. */
  item = cpt_item_new ();
  cpt_item_set_name (item, "Autre table");
  cpt_item_set_sku (item, "tb-01");
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "TB-01"));
  g_assert_cmpint (cpt_item_get_id (item), ==, 0);
  g_clear_error (&error);

  cpt_item_set_sku (item, "TB 02");
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  cpt_item_set_sku (item, "TB-02");
  cpt_item_set_name (item, "  ");
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  cpt_item_set_name (item, "Autre table");
  cpt_item_set_rate (item, -1);
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Autre table"));
  g_clear_error (&error);

  cpt_item_set_rate (item, 100);
  cpt_item_set_tax_id (item, 77);
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpuint (cpt_error_get_n_fields (error), ==, 1);
  g_assert_cmpstr (cpt_error_get_field (error, 0, NULL), ==, "tax_id");
  g_clear_error (&error);

  cpt_item_set_tax_id (item, 9);
  g_assert_false (cpt_item_service_create (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "TVA ancienne"));
  g_clear_error (&error);

  cpt_item_set_tax_id (item, 1);
  cpt_item_set_id (item, 999);
  g_assert_false (cpt_item_service_update (db, item, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Stock adjustments: zero, no reason, unknown warehouse, service item. */
  g_assert_false (cpt_item_service_adjust_stock (db, id, 1, 0, "Inventaire", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cpt_item_service_adjust_stock (db, id, 1, 1000, "  ", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Table pliante"));
  g_clear_error (&error);
  g_assert_false (cpt_item_service_adjust_stock (db, id, 42, 1000, "Inventaire", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cpt_item_service_adjust_stock (db, 4242, 1, 1000, "Inventaire", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cpt_item_service_count_stock (db, id, 1, -5, "Inventaire", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (cpt_database_in_transaction (db));

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_stock (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  gint64 chair = add_item (db, "Chaise", "CH-01", 5000, 10000);
  gint64 table = add_item (db, "Table", "TB-01", 20000, 2000);
  g_autoptr(CptItem) read = NULL;
  g_autoptr(GArray) levels = NULL;
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  store_test_exec (db, "INSERT INTO warehouses (id, name) VALUES (2, 'Dépôt de Lyon')");
  adjust (db, chair, 1, 12000);
  adjust (db, chair, 2, 3500);
  adjust (db, table, 1, 1000);
  g_assert_true (cpt_item_service_count_stock (db, chair, 1, 11000, "Comptage annuel", &error));
  g_assert_no_error (error);
  /* Counting what is already there records nothing. */
  g_assert_true (cpt_item_service_count_stock (db, chair, 1, 11000, "Comptage annuel", &error));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM stock_movements"), ==, 4);
  g_assert_cmpint (store_test_query_int (db, "SELECT quantity FROM stock_movements WHERE id = 4"), ==, -1000);

  /* A confirmed order commits 4 chairs in the main warehouse. */
  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO sales_orders (id, number, customer_id, date, warehouse_id, status)"
                   " VALUES (1, 'CC-1', 1, '2026-11-28', 1, 'confirmed');"
                   "INSERT INTO sales_order_lines (order_id, item_id, quantity) VALUES (1, 1, 4000);");

  read = cpt_item_service_get (db, chair, 0, &error);
  g_assert_cmpint (cpt_item_get_on_hand (read), ==, 14500);
  g_assert_cmpint (cpt_item_get_committed (read), ==, 4000);
  g_assert_cmpint (cpt_item_get_available (read), ==, 10500);
  g_assert_false (cpt_item_get_out_of_stock (read));
  g_clear_object (&read);
  read = cpt_item_service_get (db, chair, 2, &error);
  g_assert_cmpint (cpt_item_get_on_hand (read), ==, 3500);
  g_assert_cmpint (cpt_item_get_committed (read), ==, 0);

  levels = cpt_item_service_get_stock (db, chair, &error);
  g_assert_cmpint (levels->len, ==, 2);
  g_assert_cmpstr (g_array_index (levels, CptStockLevel, 0).warehouse_name, ==, "Entrepôt principal");
  g_assert_cmpint (g_array_index (levels, CptStockLevel, 0).available, ==, 7000);
  g_assert_cmpstr (g_array_index (levels, CptStockLevel, 1).warehouse_name, ==, "Dépôt de Lyon");
  g_assert_cmpint (g_array_index (levels, CptStockLevel, 1).on_hand, ==, 3500);

  /* To reorder: the table (1 available < 2); the chair over all warehouses
   * has 10,5 ≥ 10, but in the main warehouse only 7 < 10. */
  query->to_reorder = TRUE;
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, table);
  query->warehouse_id = 1;
  g_assert_true (cpt_item_service_first_page (db, query, 10, &rows, &error));
  g_assert_cmpint (rows->len, ==, 2);
  g_assert_cmpint (cpt_item_get_missing (g_ptr_array_index (rows, 0)), ==, 3000);
  g_assert_cmpint (cpt_item_get_missing (g_ptr_array_index (rows, 1)), ==, 1000);

  /* Items with history cannot be deleted. */
  g_assert_false (cpt_item_service_delete (db, chair, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_assert_nonnull (strstr (error->message, "Chaise"));
}

static void
test_list_and_search (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *cursor = NULL;
  gint64 hidden;

  add_item (db, "Étagère murale", "ET-01", 3000, 0);
  add_item (db, "Armoire", "AR-01", 30000, 0);
  add_item (db, "Bureau d'angle", "BU-01", 25000, 0);
  add_item (db, "Lampe de bureau", "LA-01", 4000, 0);
  add_item (db, "Fauteuil", "FA-01", 15000, 0);
  hidden = add_item (db, "Ancien bureau", "BU-00", 1000, 0);
  {
    g_autoptr(CptItem) item = cpt_item_service_get (db, hidden, 0, NULL);

    cpt_item_set_active (item, FALSE);
    g_assert_true (cpt_item_service_update (db, item, &error));
  }

  do
    {
      g_autoptr(GPtrArray) page = NULL;
      g_autofree char *next = NULL;

      page = cpt_item_service_list (db, query, cursor, 2, &next, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < page->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (page, i)));
      g_free (cursor);
      cursor = g_steal_pointer (&next);
    }
  while (cursor != NULL);

  g_assert_cmpint (all->len, ==, 5);
  g_assert_cmpstr (cpt_item_get_name (g_ptr_array_index (all, 0)), ==, "Armoire");
  g_assert_cmpstr (cpt_item_get_name (g_ptr_array_index (all, 2)), ==, "Étagère murale");
  g_assert_cmpstr (cpt_item_get_name (g_ptr_array_index (all, 4)), ==, "Lampe de bureau");

  /* Name or SKU, accents ignored; inactive items only on request. */
  g_free (query->search);
  query->search = g_strdup ("bureau");
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, ==, 2);
  query->include_inactive = TRUE;
  g_clear_pointer (&ids, g_array_unref);
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, ==, 3);
  g_free (query->search);
  query->search = g_strdup ("etagere");
  g_clear_pointer (&ids, g_array_unref);
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, ==, 1);
  g_free (query->search);
  query->search = g_strdup ("fa-01");
  g_clear_pointer (&ids, g_array_unref);
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, ==, 1);
  g_assert_true (cpt_item_service_get_rows (db, (gint64 *) ids->data, ids->len, &rows, &error));
  g_assert_cmpstr (cpt_item_get_name (g_ptr_array_index (rows, 0)), ==, "Fauteuil");

  /* Unused items can be deleted. */
  g_assert_true (cpt_item_service_delete (db, hidden, &error));
  g_assert_cmpint (cpt_database_get_row_count (db, "items"), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/item-service/create-get-update", test_create_get_update);
  g_test_add_func ("/item-service/refusals", test_refusals_leave_file_unchanged);
  g_test_add_func ("/item-service/stock", test_stock);
  g_test_add_func ("/item-service/list-and-search", test_list_and_search);

  return g_test_run ();
}
