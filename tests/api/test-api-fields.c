/* test-api-fields.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A request that breaks the services' rules is answered 422 with one
 * detail per refused field, named as the API names it. */

#include "config.h"

#include <string.h>

#include "cpt-test-api.h"

static guint
n_details (CptTestResponse *response)
{
  JsonObject *error = json_object_get_object_member (cpt_test_response_object (response), "error");

  return json_array_get_length (json_object_get_array_member (error, "details"));
}

static const char *
detail_message (CptTestResponse *response,
                const char      *field)
{
  JsonObject *detail = cpt_test_response_detail (response, field);

  g_assert_nonnull (detail);
  g_assert_cmpstr (json_object_get_string_member (detail, "code"), ==, "invalid");
  return json_object_get_string_member (detail, "message");
}

static const char *
error_message (CptTestResponse *response)
{
  JsonObject *error = json_object_get_object_member (cpt_test_response_object (response), "error");

  return json_object_get_string_member (error, "message");
}

static gint64
create_customer (CptTestApi *api)
{
  return cpt_test_api_create (api, "/api/v1/customers",
                              "{\"display_name\": \"Épicerie Fine\", \"billing_address\":"
                              " {\"street\": \"3 place Bellecour\", \"postcode\": \"69002\","
                              " \"city\": \"Lyon\", \"country\": \"FR\"}}");
}

static void
test_order_lines (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptTestResponse) types = NULL;
  g_autoptr(CptTestResponse) decimals = NULL;
  g_autofree char *body = NULL;
  gint64 customer_id = create_customer (api);

  /* An unknown tax on line 1, a negative quantity on line 2: both told. */
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": ["
                          " {\"description\": \"Farine\", \"quantity\": \"2\", \"rate\": \"3.00\", \"tax_id\": 999},"
                          " {\"description\": \"Sucre\", \"quantity\": \"-1\", \"rate\": \"2.00\", \"tax_id\": 1}]}",
                          customer_id);
  refused = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 422);
  g_assert_cmpstr (cpt_test_response_error_code (refused), ==, "invalid");
  g_assert_cmpuint (n_details (refused), ==, 2);
  g_assert_nonnull (strstr (detail_message (refused, "line_items[0].tax_id"), "999"));
  g_assert_nonnull (strstr (detail_message (refused, "line_items[1].quantity"), "2"));
  /* The top message joins both sentences. */
  g_assert_nonnull (strstr (error_message (refused), detail_message (refused, "line_items[0].tax_id")));
  g_assert_nonnull (strstr (error_message (refused), detail_message (refused, "line_items[1].quantity")));
  g_assert_cmpint (cpt_database_get_row_count (api->database, "sales_orders"), ==, 0);

  /* A value of the wrong type is still named by the JSON reading. */
  g_free (body);
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": ["
                          " {\"description\": \"Farine\", \"quantity\": true, \"tax_id\": 1}]}", customer_id);
  types = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 422);
  g_assert_cmpstr (cpt_test_response_error_code (types), ==, "invalid");
  g_assert_nonnull (cpt_test_response_detail (types, "line_items[0].quantity"));

  /* A fourth decimal on a quantity is refused where the text is read. */
  g_free (body);
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": ["
                          " {\"description\": \"Farine\", \"quantity\": \"1\", \"tax_id\": 1},"
                          " {\"description\": \"Sucre\", \"quantity\": \"1.2345\", \"tax_id\": 1}]}",
                          customer_id);
  decimals = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 422);
  g_assert_cmpuint (n_details (decimals), ==, 1);
  g_assert_nonnull (cpt_test_response_detail (decimals, "line_items[1].quantity"));
}

static void
test_order_header (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptTestResponse) no_lines = NULL;
  g_autoptr(CptTestResponse) update = NULL;
  g_autoptr(CptTestResponse) created = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  gint64 customer_id = create_customer (api);
  gint64 order_id;

  /* Unknown customer, discount over 100 %, a line without description
   * nor item, a negative price and a discount too large on the line. */
  refused = cpt_test_api_call (api, "POST", "/api/v1/salesorders",
                               "{\"customer_id\": 4242, \"discount\": {\"percent\": \"150\"},"
                               " \"line_items\": [{\"quantity\": 1, \"rate\": \"-1.00\", \"discount\": \"120\","
                               " \"tax_id\": 1}]}", 422);
  g_assert_cmpuint (n_details (refused), ==, 5);
  g_assert_nonnull (strstr (detail_message (refused, "customer_id"), "4242"));
  detail_message (refused, "discount");
  detail_message (refused, "line_items[0].description");
  detail_message (refused, "line_items[0].rate");
  detail_message (refused, "line_items[0].discount");

  no_lines = cpt_test_api_call (api, "POST", "/api/v1/salesorders", "{\"line_items\": []}", 422);
  g_assert_cmpuint (n_details (no_lines), ==, 2);
  detail_message (no_lines, "customer_id");
  detail_message (no_lines, "line_items");

  /* An update is checked by the same rules. */
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": ["
                          " {\"description\": \"Farine\", \"quantity\": \"2\", \"rate\": \"3.00\", \"tax_id\": 1}]}",
                          customer_id);
  order_id = cpt_test_api_create (api, "/api/v1/salesorders", body);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT, order_id);
  update = cpt_test_api_call (api, "PUT", path,
                              "{\"line_items\": [{\"description\": \"Farine\", \"quantity\": \"2\","
                              " \"rate\": \"3.00\", \"tax_id\": 1},"
                              " {\"description\": \"Sel\", \"quantity\": \"1\", \"rate\": \"1.00\"}]}", 422);
  g_assert_cmpuint (n_details (update), ==, 1);
  detail_message (update, "line_items[1].tax_id");
  created = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (created),
                                                                         "line_items")), ==, 1);
}

static void
test_customers_and_items (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) nameless = NULL;
  g_autoptr(CptTestResponse) several = NULL;
  g_autoptr(CptTestResponse) item = NULL;
  g_autoptr(CptTestResponse) duplicate = NULL;
  g_autoptr(CptTestResponse) tax = NULL;

  nameless = cpt_test_api_call (api, "POST", "/api/v1/customers", "{\"email\": \"a@b.fr\"}", 422);
  g_assert_cmpuint (n_details (nameless), ==, 1);
  detail_message (nameless, "display_name");

  several = cpt_test_api_call (api, "POST", "/api/v1/customers",
                               "{\"display_name\": \"\", \"email\": \"pas-une-adresse\", \"siren\": \"12\"}", 422);
  g_assert_cmpuint (n_details (several), ==, 3);
  detail_message (several, "display_name");
  g_assert_nonnull (strstr (detail_message (several, "email"), "pas-une-adresse"));
  detail_message (several, "siren");
  g_assert_cmpint (cpt_database_get_row_count (api->database, "customers"), ==, 0);

  item = cpt_test_api_call (api, "POST", "/api/v1/items",
                            "{\"name\": \"\", \"sku\": \"A B\", \"rate\": \"-2.00\", \"tax_id\": 1}", 422);
  g_assert_cmpuint (n_details (item), ==, 3);
  detail_message (item, "name");
  detail_message (item, "sku");
  detail_message (item, "rate");

  cpt_test_api_create (api, "/api/v1/items", "{\"name\": \"Farine\", \"sku\": \"FAR\", \"rate\": 1, \"tax_id\": 1}");
  duplicate = cpt_test_api_call (api, "POST", "/api/v1/items",
                                 "{\"name\": \"Farine bis\", \"sku\": \"FAR\", \"rate\": 1, \"tax_id\": 1}", 409);
  g_assert_cmpstr (cpt_test_response_error_code (duplicate), ==, "conflict");

  tax = cpt_test_api_call (api, "POST", "/api/v1/items",
                           "{\"name\": \"Sel\", \"sku\": \"SEL\", \"rate\": 1, \"tax_id\": 999}", 422);
  g_assert_cmpuint (n_details (tax), ==, 1);
  detail_message (tax, "tax_id");
  g_assert_cmpint (cpt_database_get_row_count (api->database, "items"), ==, 1);
}

static void
test_shipment_quantities (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) order = NULL;
  g_autoptr(CptTestResponse) too_many = NULL;
  g_autoptr(CptTestResponse) listed = NULL;
  g_autoptr(CptTestResponse) invoice = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  gint64 customer_id = create_customer (api);
  gint64 order_id;
  gint64 first_line, second_line;
  JsonArray *lines;

  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"status\": \"confirmed\", \"line_items\": ["
                          " {\"description\": \"Farine\", \"quantity\": \"3\", \"rate\": \"3.00\", \"tax_id\": 1},"
                          " {\"description\": \"Sucre\", \"quantity\": \"2\", \"rate\": \"2.00\", \"tax_id\": 1}]}",
                          customer_id);
  order = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 201);
  order_id = json_object_get_int_member (cpt_test_response_object (order), "id");
  lines = json_object_get_array_member (cpt_test_response_object (order), "line_items");
  first_line = json_object_get_int_member (json_array_get_object_element (lines, 0), "line_id");
  second_line = json_object_get_int_member (json_array_get_object_element (lines, 1), "line_id");

  /* The request lists the second order line first: the field is the
   * request's own entry. */
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/shipments", order_id);
  g_free (body);
  body = g_strdup_printf ("{\"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"5\"},"
                          " {\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"1\"}]}",
                          second_line, first_line);
  too_many = cpt_test_api_call (api, "POST", path, body, 422);
  g_assert_cmpuint (n_details (too_many), ==, 1);
  g_assert_nonnull (strstr (detail_message (too_many, "line_items[0].quantity"), "Sucre"));
  g_free (path);
  path = g_strdup_printf ("/api/v1/shipments?salesorder_id=%" G_GINT64_FORMAT, order_id);
  listed = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (listed),
                                                                         "shipments")), ==, 0);

  /* Invoicing too much on both lines: two details. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/invoices", order_id);
  g_free (body);
  body = g_strdup_printf ("{\"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"4\"},"
                          " {\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"9\"}]}",
                          first_line, second_line);
  invoice = cpt_test_api_call (api, "POST", path, body, 422);
  g_assert_cmpuint (n_details (invoice), ==, 2);
  detail_message (invoice, "line_items[0].quantity");
  detail_message (invoice, "line_items[1].quantity");
}

static void
test_company (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) refused = NULL;

  refused = cpt_test_api_call (api, "PUT", "/api/v1/settings/company",
                               "{\"name\": \"Comptoir SARL\", \"siren\": \"1234\","
                               " \"iban\": \"FR7630006000011234567890188\", \"bic\": \"AB\"}", 422);
  g_assert_cmpuint (n_details (refused), ==, 3);
  g_assert_nonnull (strstr (detail_message (refused, "siren"), "1234"));
  detail_message (refused, "iban");
  detail_message (refused, "bic");
}

/* Settings refused by the store name their field as well. */
static void
test_settings (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) tax = NULL;
  g_autoptr(CptTestResponse) numbering = NULL;

  tax = cpt_test_api_call (api, "POST", "/api/v1/taxes", "{\"name\": \"TVA 150\", \"rate\": \"150\"}", 422);
  g_assert_cmpuint (n_details (tax), ==, 1);
  detail_message (tax, "rate");

  numbering = cpt_test_api_call (api, "PUT", "/api/v1/settings/numbering/salesorder",
                                 "{\"prefix\": \"CMD {XX}-\"}", 422);
  g_assert_cmpuint (n_details (numbering), ==, 1);
  detail_message (numbering, "prefix");
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/fields/order-lines", test_order_lines);
  g_test_add_func ("/api/fields/order-header", test_order_header);
  g_test_add_func ("/api/fields/customers-items", test_customers_and_items);
  g_test_add_func ("/api/fields/shipment-quantities", test_shipment_quantities);
  g_test_add_func ("/api/fields/company", test_company);
  g_test_add_func ("/api/fields/settings", test_settings);
  return g_test_run ();
}
