/* test-customer-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-customer-service.h"
#include "cpt-error.h"
#include "store-test-util.h"

static CptCustomer *
make_customer (const char *name,
               const char *city)
{
  CptCustomer *customer = cpt_customer_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("5 rue des Lilas", NULL, "69003", city, "France");

  cpt_customer_set_display_name (customer, name);
  cpt_customer_set_billing_address (customer, address);
  cpt_customer_set_shipping_address (customer, address);
  return customer;
}

static gint64
add_customer (CptDatabase *db,
              const char  *name,
              const char  *city)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCustomer) customer = make_customer (name, city);

  g_assert_true (cpt_customer_service_create (db, customer, &error));
  g_assert_no_error (error);
  return cpt_customer_get_id (customer);
}

static void
test_create_and_get (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(CptCustomer) customer = make_customer ("  Boulangerie Éric Lefèvre ", "Besançon");
  g_autoptr(CptCustomer) read = NULL;
  g_autoptr(CptAddress) shipping = cpt_address_new ("ZI des Tilleuls", "Quai 4", "25000", "Besançon", "");
  g_autofree char *sort_name = NULL;

  cpt_customer_set_kind (customer, CPT_CUSTOMER_KIND_COMPANY);
  cpt_customer_set_company_name (customer, "Boulangerie Lefèvre SARL");
  cpt_customer_set_contact_name (customer, "Éric Lefèvre");
  cpt_customer_set_email (customer, " eric@boulangerie-lefevre.fr ");
  cpt_customer_set_phone (customer, "03 81 00 00 00");
  cpt_customer_set_siren (customer, "732 829 320");
  cpt_customer_set_vat_number (customer, "fr 44 732829320");
  cpt_customer_set_shipping_address (customer, shipping);
  cpt_customer_set_payment_terms_id (customer, 3);
  cpt_customer_set_notes (customer, "Livrer avant 7 h.");

  g_assert_true (cpt_customer_service_create (db, customer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cpt_customer_get_id (customer), >, 0);
  g_assert_cmpstr (cpt_customer_get_created_at (customer), !=, "");

  read = cpt_customer_service_get (db, cpt_customer_get_id (customer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_customer_get_display_name (read), ==, "Boulangerie Éric Lefèvre");
  g_assert_cmpstr (cpt_customer_get_email (read), ==, "eric@boulangerie-lefevre.fr");
  g_assert_cmpstr (cpt_customer_get_siren (read), ==, "732829320");
  g_assert_cmpstr (cpt_customer_get_vat_number (read), ==, "FR44732829320");
  g_assert_cmpstr (cpt_customer_get_billing_city (read), ==, "Besançon");
  g_assert_true (cpt_address_equal (cpt_customer_get_shipping_address (read), shipping));
  g_assert_cmpint (cpt_customer_get_payment_terms_id (read), ==, 3);
  g_assert_cmpstr (cpt_customer_get_notes (read), ==, "Livrer avant 7 h.");
  g_assert_cmpint (cpt_customer_get_kind (read), ==, CPT_CUSTOMER_KIND_COMPANY);

  sort_name = store_test_query_text (db, "SELECT sort_name FROM customers");
  g_assert_cmpstr (sort_name, ==, "boulangerie eric lefevre");
  g_assert_cmpint (cpt_database_get_row_count (db, "customers"), ==, 1);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

typedef void (*Spoil) (CptCustomer *customer);

static void spoil_name (CptCustomer *c) { cpt_customer_set_display_name (c, "   "); }
static void spoil_email (CptCustomer *c) { cpt_customer_set_email (c, "eric@@exemple"); }
static void spoil_siren (CptCustomer *c) { cpt_customer_set_siren (c, "12345678"); }
static void spoil_vat (CptCustomer *c) { cpt_customer_set_vat_number (c, "FR123"); }
static void spoil_terms (CptCustomer *c) { cpt_customer_set_payment_terms_id (c, 999); }

static void
test_refusals_leave_file_unchanged (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autofree char *before = NULL;
  gint64 id = add_customer (db, "Hélène Martin", "Lyon");
  static const struct { Spoil spoil; int code; const char *needle; } cases[] = {
    { spoil_name, CPT_ERROR_INVALID, "name" },
    { spoil_email, CPT_ERROR_INVALID, "eric@@exemple" },
    { spoil_siren, CPT_ERROR_INVALID, "12345678" },
    { spoil_vat, CPT_ERROR_INVALID, "FR123" },
    { spoil_terms, CPT_ERROR_NOT_FOUND, "Martin" },
  };

  before = store_test_dump_checksum (db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CptCustomer) fresh = make_customer ("Hélène Martin", "Lyon");
      g_autoptr(CptCustomer) existing = NULL;
      g_autofree char *after = NULL;

      cases[i].spoil (fresh);
      g_assert_false (cpt_customer_service_create (db, fresh, &error));
      g_assert_error (error, CPT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].needle));
      g_assert_cmpint (cpt_customer_get_id (fresh), ==, 0);
      g_clear_error (&error);

      existing = cpt_customer_service_get (db, id, &error);
      cases[i].spoil (existing);
      g_assert_false (cpt_customer_service_update (db, existing, &error));
      g_assert_error (error, CPT_ERROR, cases[i].code);

      after = store_test_dump_checksum (db);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (cpt_database_in_transaction (db));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CptCustomer) ghost = make_customer ("Fantôme", "Paris");
    g_autofree char *after = NULL;

    cpt_customer_set_id (ghost, 4242);
    g_assert_false (cpt_customer_service_update (db, ghost, &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "4242"));
    g_clear_error (&error);
    g_assert_false (cpt_customer_service_delete (db, 4242, &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_null (cpt_customer_service_get (db, 4242, &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
    after = store_test_dump_checksum (db);
    g_assert_cmpstr (after, ==, before);
  }

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_update_and_delete (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  gint64 used = add_customer (db, "Café de la Gare", "Dijon");
  gint64 unused = add_customer (db, "Noé Garnier", "Tours");
  g_autoptr(CptCustomer) customer = cpt_customer_service_get (db, used, NULL);
  g_autoptr(CptCustomer) read = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  cpt_customer_set_display_name (customer, "Café de la Gare (Dijon)");
  cpt_customer_set_kind (customer, CPT_CUSTOMER_KIND_INDIVIDUAL);
  g_assert_true (cpt_customer_service_update (db, customer, &error));
  g_assert_no_error (error);
  read = cpt_customer_service_get (db, used, &error);
  g_assert_cmpstr (cpt_customer_get_display_name (read), ==, "Café de la Gare (Dijon)");
  g_assert_cmpint (cpt_customer_get_kind (read), ==, CPT_CUSTOMER_KIND_INDIVIDUAL);
  ids = cpt_customer_service_list_ids (db, "dijon gare", &error);
  g_assert_cmpint (ids->len, ==, 1);

  store_test_exec (db, "INSERT INTO sales_orders (number, customer_id, date, warehouse_id)"
                       " SELECT 'CC-1', id, '2026-11-28', 1 FROM customers WHERE display_name LIKE 'Café%'");
  before = store_test_dump_checksum (db);
  g_assert_false (cpt_customer_service_delete (db, used, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_assert_nonnull (strstr (error->message, "Café de la Gare (Dijon)"));
  g_assert_nonnull (strstr (error->message, "order"));
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  g_assert_true (cpt_customer_service_delete (db, unused, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM customers"), ==, 1);
  g_assert_cmpint (cpt_database_get_row_count (db, "customers"), ==, 1);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_list_paging_and_search (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *cursor = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;
  static const char * const names[] = {
    "Zoé Bernard", "éric Petit", "Denis Moreau", "Fanny Roux", "Émilie Girard", "André Faure",
    "Océane Blanc", "Bruno Lambert", "Édouard Bonnet", "Chloé Fournier", "Yves Mercier",
    "Inès Dupont", "Jules Dupuis", "Hugo Lefebvre", "Gaëlle Fontaine", "Karim Chevalier",
    "Laure Robin", "Marc Gauthier", "Nadia Perrin", "Olivier Morel", "Pauline Clément",
    "Quentin Masson", "Rémi Sanchez",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_customer (db, names[i], i % 2 ? "Lyon" : "Saint-Étienne");

  /* Three pages of 10, 10, 3 in French alphabetical order. */
  for (int page = 0; page < 4; page++)
    {
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *next = NULL;

      rows = cpt_customer_service_list (db, NULL, cursor, 10, &next, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < rows->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (rows, i)));
      g_free (cursor);
      cursor = g_steal_pointer (&next);
      if (cursor == NULL)
        {
          g_assert_cmpint (page, ==, 2);
          g_assert_cmpint (rows->len, ==, 3);
          break;
        }
    }
  g_assert_cmpint (all->len, ==, G_N_ELEMENTS (names));
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 0)), ==, "André Faure");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 3)), ==, "Denis Moreau");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 4)), ==, "Édouard Bonnet");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 5)), ==, "Émilie Girard");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 6)), ==, "éric Petit");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (all, 22)), ==, "Zoé Bernard");

  /* "eric" finds "éric"; the city is searched too. */
  found = cpt_customer_service_list (db, "eric", NULL, 10, NULL, &error);
  g_assert_cmpint (found->len, ==, 1);
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (found, 0)), ==, "éric Petit");
  ids = cpt_customer_service_list_ids (db, "saint etienne", &error);
  g_assert_cmpint (ids->len, ==, 12);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_get_many (db, (gint64 *) ids->data, 3, &error);
  g_assert_cmpint (found->len, ==, 3);
  g_assert_cmpint (cpt_customer_get_id (g_ptr_array_index (found, 1)), ==, g_array_index (ids, gint64, 1));
  g_clear_pointer (&ids, g_array_unref);
  ids = cpt_customer_service_list_ids (db, "  ", &error);
  g_assert_cmpint (ids->len, ==, G_N_ELEMENTS (names));

  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_list (db, NULL, "not-a-cursor!", 10, NULL, &error);
  g_assert_null (found);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
}

static void
test_complete (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(CptCustomer) with_email = make_customer ("Atelier Roux", "Nantes");

  add_customer (db, "Dupont Quincaillerie", "Lille");
  add_customer (db, "Dupuis Électricité", "Rennes");
  add_customer (db, "Marie Dupré", "Dupontville");
  add_customer (db, "Fleurs de Lyon", "Paris");
  add_customer (db, "Garage Martin", "Lyon");
  cpt_customer_set_email (with_email, "contact@dupont-roux.fr");
  g_assert_true (cpt_customer_service_create (db, with_email, &error));

  /* Names starting with the text come first, in name order. */
  found = cpt_customer_service_complete (db, "dup", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->len, ==, 4);
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (found, 0)), ==, "Dupont Quincaillerie");
  g_assert_cmpstr (cpt_customer_get_display_name (g_ptr_array_index (found, 1)), ==, "Dupuis Électricité");

  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_complete (db, "dup", 2, &error);
  g_assert_cmpint (found->len, ==, 2);

  /* City and e-mail words are found too. */
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_complete (db, "lyon", 10, &error);
  g_assert_cmpint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_complete (db, "roux", 10, &error);
  g_assert_cmpint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_complete (db, "électr", 10, &error);
  g_assert_cmpint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cpt_customer_service_complete (db, "\"*(", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->len, ==, 0);
}

static void
test_amounts (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  gint64 id = add_customer (db, "Léa Rousseau", "Caen");
  gint64 to_invoice = -1;
  gint64 unpaid = -1;

  g_assert_true (cpt_customer_service_get_amounts (db, id, &to_invoice, &unpaid, &error));
  g_assert_cmpint (to_invoice, ==, 0);
  g_assert_cmpint (unpaid, ==, 0);

  /* 1: confirmed, half invoiced (issued 600,00 of 1 200,00); 2: draft;
   * 3: confirmed, nothing invoiced; 4: void. */
  store_test_exec (db,
                   "INSERT INTO sales_orders (id, number, customer_id, date, warehouse_id, status,"
                   " invoiced_status, total) VALUES"
                   " (1, 'CC-1', 1, '2026-11-01', 1, 'confirmed', 'partially_invoiced', 120000),"
                   " (2, 'CC-2', 1, '2026-11-02', 1, 'draft', 'not_invoiced', 50000),"
                   " (3, 'CC-3', 1, '2026-11-03', 1, 'confirmed', 'not_invoiced', 30000),"
                   " (4, 'CC-4', 1, '2026-11-04', 1, 'void', 'not_invoiced', 99900);"
                   "INSERT INTO invoices (id, customer_id, order_id, date, total) VALUES"
                   " (1, 1, 1, '2026-11-05', 60000), (2, 1, 1, '2026-11-06', 10000);"
                   "UPDATE invoices SET number = 'FA-1', status = 'issued' WHERE id = 1;");

  g_assert_true (cpt_customer_service_get_amounts (db, id, &to_invoice, &unpaid, &error));
  g_assert_cmpint (to_invoice, ==, 60000 + 30000);
  g_assert_cmpint (unpaid, ==, 60000);

  store_test_exec (db, "UPDATE invoices SET status = 'paid', paid_date = '2026-11-20' WHERE id = 1");
  g_assert_true (cpt_customer_service_get_amounts (db, id, NULL, &unpaid, &error));
  g_assert_cmpint (unpaid, ==, 0);

  g_assert_false (cpt_customer_service_get_amounts (db, 77, &to_invoice, &unpaid, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
}

static void
on_changed_cb (CptDatabase *db,
               const char  *kind,
               int         *count)
{
  g_assert_cmpstr (kind, ==, "customers");
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(CptCustomer) bad = make_customer ("", "Nice");
  int count = 0;
  gint64 id;

  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &count);
  id = add_customer (db, "Théo Lucas", "Nice");
  g_assert_cmpint (count, ==, 1);
  g_assert_false (cpt_customer_service_create (db, bad, NULL));
  g_assert_cmpint (count, ==, 1);
  g_assert_true (cpt_customer_service_delete (db, id, NULL));
  g_assert_cmpint (count, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/customer-service/create-and-get", test_create_and_get);
  g_test_add_func ("/customer-service/refusals", test_refusals_leave_file_unchanged);
  g_test_add_func ("/customer-service/update-and-delete", test_update_and_delete);
  g_test_add_func ("/customer-service/list", test_list_paging_and_search);
  g_test_add_func ("/customer-service/complete", test_complete);
  g_test_add_func ("/customer-service/amounts", test_amounts);
  g_test_add_func ("/customer-service/changed", test_changed_signal);

  return g_test_run ();
}
