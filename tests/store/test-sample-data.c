/* test-sample-data.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-customer-service.h"
#include "cpt-error.h"
#include "cpt-item-service.h"
#include "cpt-sample-data.h"
#include "cpt-settings-service.h"
#include "store-test-util.h"

static void
test_load (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cpt_sample_data_load (db, &error));
  g_assert_no_error (error);
  g_assert_false (cpt_database_in_transaction (db));

  company = cpt_settings_get_company (db, &error);
  g_assert_true (cpt_company_is_configured (company));
  g_assert_cmpstr (cpt_company_get_legal_form (company), ==, "SARL");

  g_assert_cmpint (cpt_database_get_row_count (db, "customers"), ==, 30);
  g_assert_cmpint (cpt_database_get_row_count (db, "items"), ==, 60);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM warehouses WHERE active"), ==, 2);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders"), ==, 150);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders:draft"), >=, 20);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders:confirmed"), >=, 90);
  g_assert_cmpint (cpt_database_get_row_count (db, "sales_orders:void"), >=, 5);

  /* Orders went through the order service: numbered, totalled, with VAT rows. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE total <= 0"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE number NOT LIKE 'CC-%'"), ==, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(DISTINCT order_id) FROM sales_order_taxes"), ==, 150);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE marketplace IS NOT NULL"), >, 0);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM sales_orders WHERE discount_kind <> 'none'"), >, 0);

  /* Stock: on hand in both warehouses, committed by confirmed orders, and
   * something to reorder. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count(DISTINCT warehouse_id) FROM stock_levels WHERE on_hand > 0"), ==, 2);
  g_assert_cmpint (store_test_query_int (db, "SELECT sum(committed) FROM stock_levels"), >, 0);
  query->to_reorder = TRUE;
  g_assert_true (cpt_item_service_list_ids (db, query, &ids, &error));
  g_assert_cmpint (ids->len, >, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Accented names are found without their accents. */
  ids = cpt_customer_service_list_ids (db, "eric lefevre", &error);
  g_assert_cmpint (ids->len, ==, 1);

  /* A second load is refused and changes nothing. */
  before = store_test_dump_checksum (db);
  g_assert_false (cpt_sample_data_load (db, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample-data/load", test_load);

  return g_test_run ();
}
