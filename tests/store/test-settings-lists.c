/* test-settings-lists.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-payment-terms-service.h"
#include "cpt-tax-service.h"
#include "cpt-warehouse-service.h"
#include "store-test-util.h"

/* Runs @refused, expects @code, and checks the file did not change. */
#define ASSERT_REFUSED(db, call, code)                                \
  G_STMT_START {                                                      \
    g_autoptr(GError) _error = NULL;                                  \
    g_autofree char *_before = store_test_dump_checksum (db);         \
    g_autofree char *_after = NULL;                                   \
    g_assert_false (call (&_error));                                  \
    g_assert_error (_error, CPT_ERROR, code);                         \
    _after = store_test_dump_checksum (db);                           \
    g_assert_cmpstr (_after, ==, _before);                            \
    g_assert_false (cpt_database_in_transaction (db));                \
  } G_STMT_END

static void
test_taxes (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) taxes = NULL;
  g_autoptr(CptTax) tax = cpt_tax_new ();
  g_autoptr(CptTax) standard = NULL;
  g_autoptr(CptTax) def = NULL;

  taxes = cpt_tax_service_list (db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (taxes->len, ==, 5);
  g_assert_cmpint (cpt_tax_get_rate (g_ptr_array_index (taxes, 0)), ==, 2000);
  g_assert_true (cpt_tax_get_is_default (g_ptr_array_index (taxes, 0)));

  /* A new reverse-charge tax needs its mention and a 0 % rate. */
  cpt_tax_set_name (tax, "Autoliquidation");
  cpt_tax_set_category (tax, "reverse_charge");
  cpt_tax_set_rate (tax, 0);
#define CREATE(e) cpt_tax_service_create (db, tax, e)
  ASSERT_REFUSED (db, CREATE, CPT_ERROR_INVALID);
  cpt_tax_set_legal_mention (tax, "Autoliquidation — article 283-2 du CGI");
  cpt_tax_set_rate (tax, 500);
  ASSERT_REFUSED (db, CREATE, CPT_ERROR_INVALID);
  cpt_tax_set_rate (tax, 0);
  cpt_tax_set_category (tax, "zero");
  ASSERT_REFUSED (db, CREATE, CPT_ERROR_INVALID);
  cpt_tax_set_category (tax, "reverse_charge");
  g_assert_true (cpt_tax_service_create (db, tax, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cpt_tax_get_id (tax), >, 5);
#undef CREATE

  /* Making it the default takes the role from TVA 20 %. */
  cpt_tax_set_is_default (tax, TRUE);
  g_assert_true (cpt_tax_service_update (db, tax, &error));
  def = cpt_tax_service_get_default (db, &error);
  g_assert_cmpint (cpt_tax_get_id (def), ==, cpt_tax_get_id (tax));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM taxes WHERE is_default"), ==, 1);
  cpt_tax_set_active (tax, FALSE);
#define UPDATE(e) cpt_tax_service_update (db, tax, e)
  ASSERT_REFUSED (db, UPDATE, CPT_ERROR_INVALID);
  cpt_tax_set_active (tax, TRUE);
  cpt_tax_set_is_default (tax, FALSE);
  ASSERT_REFUSED (db, UPDATE, CPT_ERROR_INVALID);
#undef UPDATE

  /* The rate of a tax used by an order line is frozen; renaming is fine. */
  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO sales_orders (id, number, customer_id, date, warehouse_id)"
                   " VALUES (1, 'CC-1', 1, '2026-11-28', 1);"
                   "INSERT INTO sales_order_lines (order_id, quantity, tax_id, tax_rate) VALUES (1, 1000, 2, 1000);");
  standard = cpt_tax_service_get (db, 2, &error);
  cpt_tax_set_name (standard, "TVA intermédiaire 10\u00a0%");
  g_assert_true (cpt_tax_service_update (db, standard, &error));
  cpt_tax_set_rate (standard, 1100);
#define UPDATE(e) cpt_tax_service_update (db, standard, e)
  ASSERT_REFUSED (db, UPDATE, CPT_ERROR_STATE);
#undef UPDATE
  {
    g_autoptr(GError) e = NULL;

    g_assert_false (cpt_tax_service_delete (db, 2, &e));
    g_assert_error (e, CPT_ERROR, CPT_ERROR_STATE);
    g_assert_nonnull (strstr (e->message, "TVA intermédiaire 10\u00a0%"));
  }
#define DELETE_DEFAULT(e) cpt_tax_service_delete (db, cpt_tax_get_id (tax), e)
  ASSERT_REFUSED (db, DELETE_DEFAULT, CPT_ERROR_STATE);
#undef DELETE_DEFAULT
#define DELETE_MISSING(e) cpt_tax_service_delete (db, 999, e)
  ASSERT_REFUSED (db, DELETE_MISSING, CPT_ERROR_NOT_FOUND);
#undef DELETE_MISSING

  /* An unused tax can be deleted. */
  g_assert_true (cpt_tax_service_delete (db, 4, &error));
  g_assert_no_error (error);
  g_clear_pointer (&taxes, g_ptr_array_unref);
  taxes = cpt_tax_service_list (db, TRUE, &error);
  g_assert_cmpint (taxes->len, ==, 5);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_payment_terms (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = cpt_payment_terms_service_list (db, FALSE, &error);
  g_autoptr(CptPaymentTerms) terms = cpt_payment_terms_new ();
  g_autoptr(CptPaymentTerms) def = NULL;
  g_autofree char *due = NULL;

  g_assert_cmpint (list->len, ==, 4);
  g_assert_cmpstr (cpt_payment_terms_get_name (g_ptr_array_index (list, 0)), ==, "À réception");
  g_assert_false (cpt_payment_terms_exceeds_legal_limit (g_ptr_array_index (list, 3)));
  def = cpt_payment_terms_service_get_default (db, &error);
  g_assert_cmpstr (cpt_payment_terms_get_name (def), ==, "30 jours");
  due = cpt_payment_terms_dup_due_date (g_ptr_array_index (list, 2), "2026-11-28");
  g_assert_cmpstr (due, ==, "2027-01-31");

  /* 90 days is over the legal limit: saved, but flagged. */
  cpt_payment_terms_set_name (terms, "90 jours");
  cpt_payment_terms_set_days (terms, 90);
  g_assert_true (cpt_payment_terms_exceeds_legal_limit (terms));
  g_assert_true (cpt_payment_terms_service_create (db, terms, &error));
  g_assert_no_error (error);

  cpt_payment_terms_set_days (terms, -3);
#define UPDATE(e) cpt_payment_terms_service_update (db, terms, e)
  ASSERT_REFUSED (db, UPDATE, CPT_ERROR_INVALID);
  cpt_payment_terms_set_days (terms, 90);
  cpt_payment_terms_set_name (terms, " ");
  ASSERT_REFUSED (db, UPDATE, CPT_ERROR_INVALID);
#undef UPDATE

  /* Used by a customer: deactivate, never delete. */
  store_test_exec (db, "INSERT INTO customers (display_name, payment_terms_id) VALUES ('Léa', 1)");
#define DELETE_USED(e) cpt_payment_terms_service_delete (db, 1, e)
  ASSERT_REFUSED (db, DELETE_USED, CPT_ERROR_STATE);
#undef DELETE_USED
  g_assert_true (cpt_payment_terms_service_delete (db, cpt_payment_terms_get_id (terms), &error));
  g_assert_no_error (error);
}

static void
test_warehouses_and_methods (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptWarehouse) lyon = cpt_warehouse_new ();
  g_autoptr(CptWarehouse) twin = cpt_warehouse_new ();
  g_autoptr(CptWarehouse) def = NULL;
  g_autoptr(CptAddress) address = cpt_address_new ("12 rue de la Soie", NULL, "69100", "Villeurbanne", "France");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CptDeliveryMethod) method = cpt_delivery_method_new ();

  cpt_warehouse_set_name (lyon, "Dépôt de Lyon");
  cpt_warehouse_set_address (lyon, address);
  g_assert_true (cpt_warehouse_service_create (db, lyon, &error));
  g_assert_no_error (error);

  cpt_warehouse_set_name (twin, "dépôt de lyon");
#define CREATE_TWIN(e) cpt_warehouse_service_create (db, twin, e)
  ASSERT_REFUSED (db, CREATE_TWIN, CPT_ERROR_CONFLICT);
#undef CREATE_TWIN

  cpt_warehouse_set_is_default (lyon, TRUE);
  g_assert_true (cpt_warehouse_service_update (db, lyon, &error));
  def = cpt_warehouse_service_get_default (db, &error);
  g_assert_cmpstr (cpt_warehouse_get_name (def), ==, "Dépôt de Lyon");
  g_assert_cmpstr (cpt_warehouse_get_address (def)->city, ==, "Villeurbanne");
  list = cpt_warehouse_service_list (db, FALSE, &error);
  g_assert_cmpint (list->len, ==, 2);
  g_assert_cmpstr (cpt_warehouse_get_name (g_ptr_array_index (list, 0)), ==, "Dépôt de Lyon");

  /* The main warehouse held stock: it is deactivated, never deleted. */
  store_test_exec (db,
                   "INSERT INTO items (id, name) VALUES (1, 'Chaise');"
                   "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind) VALUES (1, 1, 1000, 'adjustment');");
#define DELETE_USED(e) cpt_warehouse_service_delete (db, 1, e)
  ASSERT_REFUSED (db, DELETE_USED, CPT_ERROR_STATE);
#undef DELETE_USED
#define DELETE_DEFAULT(e) cpt_warehouse_service_delete (db, cpt_warehouse_get_id (lyon), e)
  ASSERT_REFUSED (db, DELETE_DEFAULT, CPT_ERROR_STATE);
#undef DELETE_DEFAULT
  {
    g_autoptr(CptWarehouse) main_wh = cpt_warehouse_service_get (db, 1, &error);

    cpt_warehouse_set_active (main_wh, FALSE);
    g_assert_true (cpt_warehouse_service_update (db, main_wh, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cpt_warehouse_service_list (db, FALSE, &error);
  g_assert_cmpint (list->len, ==, 1);

  /* Delivery methods. */
  cpt_delivery_method_set_name (method, "colissimo");
#define CREATE_METHOD(e) cpt_delivery_method_service_create (db, method, e)
  ASSERT_REFUSED (db, CREATE_METHOD, CPT_ERROR_CONFLICT);
#undef CREATE_METHOD
  cpt_delivery_method_set_name (method, "Chronopost");
  g_assert_true (cpt_delivery_method_service_create (db, method, &error));
  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO sales_orders (number, customer_id, date, warehouse_id, delivery_method_id)"
                   " VALUES ('CC-1', 1, '2026-11-28', 2, 1);");
#define DELETE_METHOD(e) cpt_delivery_method_service_delete (db, 1, e)
  ASSERT_REFUSED (db, DELETE_METHOD, CPT_ERROR_STATE);
#undef DELETE_METHOD
  g_assert_true (cpt_delivery_method_service_delete (db, cpt_delivery_method_get_id (method), &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cpt_delivery_method_service_list (db, FALSE, &error);
  g_assert_cmpint (list->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings-lists/taxes", test_taxes);
  g_test_add_func ("/settings-lists/payment-terms", test_payment_terms);
  g_test_add_func ("/settings-lists/warehouses-and-methods", test_warehouses_and_methods);

  return g_test_run ();
}
