/* test-api-customers.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-customer-service.h"
#include "cpt-test-api.h"

static void
test_crud (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) got = NULL;
  g_autoptr(CptTestResponse) updated = NULL;
  g_autoptr(CptTestResponse) missing = NULL;
  g_autoptr(CptTestResponse) deleted = NULL;
  g_autoptr(CptCustomer) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  JsonObject *object;
  gint64 id;

  id = cpt_test_api_create (api, "/api/v1/customers",
                            "{\"display_name\": \"Boulangerie Éric\", \"email\": \"eric@example.fr\","
                            " \"siren\": \"123456789\","
                            " \"billing_address\": {\"street\": \"1 rue Haute\", \"postcode\": \"69001\","
                            " \"city\": \"Lyon\", \"country\": \"FR\"}}");
  g_assert_cmpint (id, >, 0);

  /* What the API answered is what the service stored. */
  stored = cpt_customer_service_get (api->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_customer_get_display_name (stored), ==, "Boulangerie Éric");
  g_assert_cmpstr (cpt_customer_get_billing_address (stored)->city, ==, "Lyon");

  path = g_strdup_printf ("/api/v1/customers/%" G_GINT64_FORMAT, id);
  got = cpt_test_api_call (api, "GET", path, NULL, 200);
  object = cpt_test_response_object (got);
  g_assert_cmpstr (json_object_get_string_member (object, "email"), ==, "eric@example.fr");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "billing_address"), "postcode"),
                   ==, "69001");

  updated = cpt_test_api_call (api, "PUT", path, "{\"phone\": \"04 78 00 00 00\"}", 200);
  object = cpt_test_response_object (updated);
  g_assert_cmpstr (json_object_get_string_member (object, "phone"), ==, "04 78 00 00 00");
  g_assert_cmpstr (json_object_get_string_member (object, "display_name"), ==, "Boulangerie Éric");

  missing = cpt_test_api_call (api, "GET", "/api/v1/customers/999999", NULL, 404);
  g_assert_cmpstr (cpt_test_response_error_code (missing), ==, "not_found");

  deleted = cpt_test_api_call (api, "DELETE", path, NULL, 204);
  g_clear_pointer (&missing, cpt_test_response_free);
  missing = cpt_test_api_call (api, "GET", path, NULL, 404);
}

static void
test_list (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  g_autoptr(CptTestResponse) search = NULL;
  JsonArray *array;
  guint pages = 0;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"display_name\": \"Client %u\"}", i);

      cpt_test_api_create (api, "/api/v1/customers", body);
    }
  cpt_test_api_create (api, "/api/v1/customers", "{\"display_name\": \"Éric Dupont\"}");

  /* Pages of two, following next_cursor, see every customer once. */
  do
    {
      g_autofree char *path = cursor
        ? g_strdup_printf ("/api/v1/customers?limit=2&cursor=%s", cursor)
        : g_strdup ("/api/v1/customers?limit=2");
      g_autoptr(CptTestResponse) page = cpt_test_api_call (api, "GET", path, NULL, 200);
      JsonObject *object = cpt_test_response_object (page);

      array = json_object_get_array_member (object, "customers");
      g_assert_cmpuint (json_array_get_length (array), <=, 2);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *name = json_object_get_string_member (json_array_get_object_element (array, i), "display_name");

          g_assert_false (g_hash_table_contains (seen, name));
          g_hash_table_add (seen, g_strdup (name));
        }
      g_clear_pointer (&cursor, g_free);
      if (!json_object_get_null_member (object, "next_cursor"))
        cursor = g_uri_escape_string (json_object_get_string_member (object, "next_cursor"), NULL, TRUE);
      pages++;
    }
  while (cursor != NULL);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 6);
  g_assert_cmpuint (pages, ==, 3);

  search = cpt_test_api_call (api, "GET", "/api/v1/customers?search=eric", NULL, 200);
  array = json_object_get_array_member (cpt_test_response_object (search), "customers");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
}

static void
test_invalid (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) wrong_type = NULL;
  g_autoptr(CptTestResponse) rule = NULL;
  g_autoptr(CptTestResponse) french = NULL;
  g_autoptr(CptTestResponse) bad_cursor = NULL;
  const char *fr[] = { "Accept-Language: fr", NULL };
  JsonObject *detail;

  wrong_type = cpt_test_api_call (api, "POST", "/api/v1/customers",
                                  "{\"display_name\": [\"x\"], \"payment_terms_id\": \"abc\"}", 422);
  g_assert_cmpstr (cpt_test_response_error_code (wrong_type), ==, "invalid");
  detail = cpt_test_response_detail (wrong_type, "display_name");
  g_assert_nonnull (detail);
  g_assert_nonnull (strstr (json_object_get_string_member (detail, "message"), "display_name"));
  g_assert_nonnull (cpt_test_response_detail (wrong_type, "payment_terms_id"));

  rule = cpt_test_api_call (api, "POST", "/api/v1/customers", "{\"email\": \"x@example.fr\"}", 422);
  g_assert_cmpstr (cpt_test_response_error_code (rule), ==, "invalid");

  french = cpt_test_api_call_with (api, "POST", "/api/v1/customers", "{\"email\": \"x@example.fr\"}", fr, 422);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (cpt_test_response_object (french), "error"),
                                                  "message"),
                   ==, "Le client doit avoir un nom.");

  bad_cursor = cpt_test_api_call (api, "GET", "/api/v1/customers?cursor=not-a-cursor", NULL, 422);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/customers/crud", test_crud);
  g_test_add_func ("/api/customers/list", test_list);
  g_test_add_func ("/api/customers/invalid", test_invalid);

  return g_test_run ();
}
