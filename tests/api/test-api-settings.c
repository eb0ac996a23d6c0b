/* test-api-settings.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-number-series.h"
#include "cpt-settings-service.h"
#include "cpt-test-api.h"

static void
test_numbering (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) got = NULL;
  g_autoptr(CptTestResponse) put = NULL;
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  g_autoptr(CptNumberSeries) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *year = NULL;
  g_autofree char *expected = NULL;
  JsonObject *object;

  got = cpt_test_api_call (api, "GET", "/api/v1/settings/numbering/invoice", NULL, 200);
  object = cpt_test_response_object (got);
  g_assert_cmpstr (json_object_get_string_member (object, "mode"), ==, "auto");
  g_assert_nonnull (json_object_get_string_member (object, "preview"));

  put = cpt_test_api_call (api, "PUT", "/api/v1/settings/numbering/salesorder",
                           "{\"mode\": \"manual\", \"prefix\": \"BC-{YYYY}-\", \"next_number\": 42, \"padding\": 4}", 200);
  object = cpt_test_response_object (put);
  g_assert_cmpstr (json_object_get_string_member (object, "mode"), ==, "manual");
  now = g_date_time_new_now_local ();
  year = g_date_time_format (now, "%Y");
  expected = g_strdup_printf ("BC-%s-0042", year);
  g_assert_cmpstr (json_object_get_string_member (object, "preview"), ==, expected);

  stored = cpt_number_series_get (api->database, CPT_DOC_TYPE_SALES_ORDER, &error);
  g_assert_no_error (error);
  g_assert_true (stored->manual);
  g_assert_cmpint (stored->next_number, ==, 42);

  /* Invoices are always numbered automatically (French law): the
   * service refuses, the API says so. */
  refused = cpt_test_api_call (api, "PUT", "/api/v1/settings/numbering/invoice", "{\"mode\": \"manual\"}", 422);
  g_assert_cmpstr (cpt_test_response_error_code (refused), ==, "invalid");

  bad = cpt_test_api_call (api, "PUT", "/api/v1/settings/numbering/shipment", "{\"mode\": \"sometimes\"}", 422);
  g_assert_nonnull (cpt_test_response_detail (bad, "mode"));
}

static void
test_closing_rule (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) put = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  g_autoptr(CptTestResponse) missing = NULL;

  put = cpt_test_api_call (api, "PUT", "/api/v1/settings/closing-rule", "{\"rule\": \"invoiced\"}", 200);
  g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (put), "rule"), ==, "invoiced");
  g_assert_cmpint (cpt_settings_get_closing_rule (api->database), ==, CPT_CLOSING_RULE_INVOICED);

  bad = cpt_test_api_call (api, "PUT", "/api/v1/settings/closing-rule", "{\"rule\": \"never\"}", 422);
  g_assert_nonnull (cpt_test_response_detail (bad, "rule"));
  missing = cpt_test_api_call (api, "PUT", "/api/v1/settings/closing-rule", "{\"rule\": null}", 422);
  g_assert_nonnull (cpt_test_response_detail (missing, "rule"));
  g_assert_cmpint (cpt_settings_get_closing_rule (api->database), ==, CPT_CLOSING_RULE_INVOICED);
}

static guint
list_length (CptTestResponse *response,
             const char      *name)
{
  return json_array_get_length (json_object_get_array_member (cpt_test_response_object (response), name));
}

static void
test_lists (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) taxes = NULL;
  g_autoptr(CptTestResponse) created = NULL;
  g_autoptr(CptTestResponse) updated = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  g_autoptr(CptTestResponse) warehouses = NULL;
  g_autoptr(CptTestResponse) terms = NULL;
  g_autoptr(CptTestResponse) methods = NULL;
  g_autofree char *path = NULL;
  guint n_taxes;
  gint64 id;

  taxes = cpt_test_api_call (api, "GET", "/api/v1/taxes", NULL, 200);
  n_taxes = list_length (taxes, "taxes");
  g_assert_cmpuint (n_taxes, >=, 5);

  created = cpt_test_api_call (api, "POST", "/api/v1/taxes",
                               "{\"name\": \"TVA Corse 13 %\", \"rate\": \"13\", \"category\": \"reduced\"}", 201);
  g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (created), "rate"), ==, "13");
  id = json_object_get_int_member (cpt_test_response_object (created), "id");
  path = g_strdup_printf ("/api/v1/taxes/%" G_GINT64_FORMAT, id);
  updated = cpt_test_api_call (api, "PUT", path, "{\"active\": false}", 200);
  g_assert_false (json_object_get_boolean_member (cpt_test_response_object (updated), "active"));
  bad = cpt_test_api_call (api, "POST", "/api/v1/taxes", "{\"name\": \"X\", \"rate\": \"abc\"}", 422);
  g_assert_nonnull (cpt_test_response_detail (bad, "rate"));

  cpt_test_api_create (api, "/api/v1/warehouses", "{\"name\": \"Dépôt de Lyon\"}");
  warehouses = cpt_test_api_call (api, "GET", "/api/v1/warehouses", NULL, 200);
  g_assert_cmpuint (list_length (warehouses, "warehouses"), ==, 2);

  cpt_test_api_create (api, "/api/v1/payment-terms", "{\"name\": \"15 jours\", \"days\": 15}");
  terms = cpt_test_api_call (api, "GET", "/api/v1/payment-terms", NULL, 200);
  g_assert_cmpuint (list_length (terms, "payment_terms"), >=, 5);

  cpt_test_api_create (api, "/api/v1/delivery-methods", "{\"name\": \"Coursier\"}");
  methods = cpt_test_api_call (api, "GET", "/api/v1/delivery-methods", NULL, 200);
  g_assert_cmpuint (list_length (methods, "delivery_methods"), >=, 4);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/settings/numbering", test_numbering);
  g_test_add_func ("/api/settings/closing-rule", test_closing_rule);
  g_test_add_func ("/api/settings/lists", test_lists);

  return g_test_run ();
}
