/* test-api-orders.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-money.h"
#include "cpt-order-service.h"
#include "cpt-test-api.h"
#include "cpt-totals.h"

static gint64
create_customer (CptTestApi *api,
                 const char *name)
{
  g_autofree char *body = g_strdup_printf ("{\"display_name\": \"%s\", \"billing_address\":"
                                           " {\"street\": \"3 place Bellecour\", \"postcode\": \"69002\","
                                           " \"city\": \"Lyon\", \"country\": \"FR\"}}", name);

  return cpt_test_api_create (api, "/api/v1/customers", body);
}

static gint64
money (JsonObject *object,
       const char *member)
{
  gint64 cents = 0;

  g_assert_true (cpt_money_from_decimal (json_object_get_string_member (object, member), &cents, NULL));
  return cents;
}

static char *
order_path (gint64      id,
            const char *suffix)
{
  return g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "%s", id, suffix ? suffix : "");
}

/* The totals the API answers are the core's computation of the same
 * order, to the cent. */
static void
test_create_totals (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) created = NULL;
  g_autoptr(CptTestResponse) got = NULL;
  g_autoptr(CptTestResponse) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_auto(CptTotals) totals = { 0 };
  JsonObject *order;
  JsonArray *lines, *taxes;
  gint64 customer_id, flour_id, oil_id;
  CptTotalsLine expected_lines[3] = {
    { 2500, 1899, 1000, 3, 550 },     /* 2.5 × 18.99, −10 %, VAT 5.5 % (rate from the item) */
    { 3000, 745, 0, 1, 2000 },        /* 3 × 7.45, VAT 20 % */
    { 1000, 1250, 250, 1, 2000 },     /* free line, 12.50, −2.5 % */
  };
  CptTotalsInput input = { expected_lines, 3, CPT_DISCOUNT_PERCENT, 500, 790, 1, 2000, -1, FALSE };

  customer_id = create_customer (api, "Épicerie Fine");
  flour_id = cpt_test_api_create (api, "/api/v1/items",
                                  "{\"name\": \"Farine T65\", \"sku\": \"FAR-65\", \"type\": \"goods\","
                                  " \"unit\": \"sac\", \"rate\": \"18.99\", \"tax_id\": 3, \"track_stock\": true,"
                                  " \"reorder_level\": \"5\"}");
  oil_id = cpt_test_api_create (api, "/api/v1/items",
                                "{\"name\": \"Huile d’olive\", \"sku\": \"HUI-1\", \"rate\": 7.45, \"tax_id\": 1}");

  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"reference\": \"PO-77\","
                          " \"date\": \"2026-03-02\", \"marketplace\": \"Boutique en ligne\","
                          " \"line_items\": ["
                          "  {\"item_id\": %" G_GINT64_FORMAT ", \"quantity\": \"2.5\", \"discount\": \"10\"},"
                          "  {\"item_id\": %" G_GINT64_FORMAT ", \"quantity\": 3, \"rate\": \"7.45\"},"
                          "  {\"description\": \"Emballage cadeau\", \"quantity\": \"1\", \"rate\": \"12.50\","
                          "   \"discount\": 2.5, \"tax_id\": 1}],"
                          " \"discount\": {\"percent\": \"5\"}, \"shipping_charge\": \"7.90\", \"shipping_tax_id\": 1,"
                          " \"adjustment\": \"-0.01\", \"adjustment_description\": \"Arrondi\"}",
                          customer_id, flour_id, oil_id);
  created = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 201);
  order = cpt_test_response_object (created);

  g_assert_true (cpt_totals_compute (&input, &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (money (order, "sub_total"), ==, totals.subtotal);
  g_assert_cmpint (money (order, "discount_total"), ==, totals.discount_total);
  g_assert_cmpint (money (order, "shipping_charge"), ==, 790);
  g_assert_cmpint (money (order, "tax_total"), ==, totals.tax_total);
  g_assert_cmpint (money (order, "adjustment"), ==, -1);
  g_assert_cmpint (money (order, "total"), ==, totals.total);

  g_assert_cmpstr (json_object_get_string_member (order, "status"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (order, "invoiced_status"), ==, "not_invoiced");
  g_assert_cmpstr (json_object_get_string_member (order, "shipped_status"), ==, "not_shipped");
  g_assert_cmpstr (json_object_get_string_member (order, "marketplace"), ==, "Boutique en ligne");
  g_assert_cmpstr (json_object_get_string_member (order, "customer_name"), ==, "Épicerie Fine");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (order, "billing_address"), "city"),
                   ==, "Lyon");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (order, "salesorder_number"), "CC-"));

  lines = json_object_get_array_member (order, "line_items");
  g_assert_cmpuint (json_array_get_length (lines), ==, 3);
  /* Rate, description, unit and tax default to the item's. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (lines, 0), "rate"), ==, "18.99");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (lines, 0), "description"),
                   ==, "Farine T65");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (lines, 0), "quantity"), ==, "2.5");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (lines, 0), "tax_rate"), ==, "5.5");
  g_assert_cmpint (money (json_array_get_object_element (lines, 0), "amount"),
                   ==, g_array_index (totals.line_nets, gint64, 0));

  taxes = json_object_get_array_member (order, "taxes");
  g_assert_cmpuint (json_array_get_length (taxes), ==, totals.taxes->len);
  for (guint i = 0; i < totals.taxes->len; i++)
    {
      JsonObject *tax = json_array_get_object_element (taxes, i);
      const CptTaxTotal *expected = &g_array_index (totals.taxes, CptTaxTotal, i);

      g_assert_cmpint (money (tax, "base"), ==, expected->base);
      g_assert_cmpint (money (tax, "amount"), ==, expected->amount);
    }

  /* Read back: the same order. */
  {
    g_autofree char *path = order_path (json_object_get_int_member (order, "id"), NULL);

    got = cpt_test_api_call (api, "GET", path, NULL, 200);
    g_assert_cmpint (money (cpt_test_response_object (got), "total"), ==, totals.total);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (got), "history")),
                      >=, 1);
  }

  /* Accept: application/pdf → the order's document, its number inside. */
  {
    g_autofree char *path = order_path (json_object_get_int_member (order, "id"), NULL);
    const char *accept_pdf[] = { "Accept: application/pdf", NULL };
    g_autoptr(CptTestResponse) pdf = cpt_test_api_call_with (api, "GET", path, NULL, accept_pdf, 200);
    g_autofree char *text = NULL;

    g_assert_cmpstr (pdf->content_type, ==, "application/pdf");
    text = cpt_test_pdf_text (pdf->body);
    g_assert_nonnull (strstr (text, json_object_get_string_member (order, "salesorder_number")));
  }

  /* The item answer carries its stock per warehouse. */
  {
    g_autofree char *path = g_strdup_printf ("/api/v1/items/%" G_GINT64_FORMAT "/adjustments", flour_id);
    JsonArray *stock;

    item = cpt_test_api_call (api, "POST", path, "{\"warehouse_id\": 1, \"quantity\": \"40\", \"reason\": \"Inventaire\"}", 201);
    stock = json_object_get_array_member (cpt_test_response_object (item), "stock");
    g_assert_cmpuint (json_array_get_length (stock), >=, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (stock, 0), "on_hand"), ==, "40");
  }
}

static void
test_life (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) updated = NULL;
  g_autoptr(CptTestResponse) confirmed = NULL;
  g_autoptr(CptTestResponse) again = NULL;
  g_autoptr(CptTestResponse) voided = NULL;
  g_autoptr(CptTestResponse) copy = NULL;
  g_autoptr(CptTestResponse) deleted = NULL;
  g_autoptr(CptTestResponse) state = NULL;
  g_autoptr(CptOrder) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  g_autofree char *put = NULL;
  JsonObject *order;
  gint64 customer_id, order_id, line_id;

  customer_id = create_customer (api, "Café du Port");
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": ["
                          "{\"description\": \"Café en grains\", \"quantity\": 2, \"rate\": \"11.00\", \"tax_id\": 2}]}",
                          customer_id);
  order_id = cpt_test_api_create (api, "/api/v1/salesorders", body);
  path = order_path (order_id, NULL);

  {
    g_autoptr(CptTestResponse) got = cpt_test_api_call (api, "GET", path, NULL, 200);
    JsonArray *lines = json_object_get_array_member (cpt_test_response_object (got), "line_items");

    line_id = json_object_get_int_member (json_array_get_object_element (lines, 0), "line_id");
  }

  /* PUT keeps what it does not name, and a line named by line_id. */
  put = g_strdup_printf ("{\"notes\": \"Livrer le matin\", \"line_items\": ["
                         "{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"5\"},"
                         "{\"description\": \"Filtres\", \"quantity\": 1, \"rate\": 3, \"tax_id\": 1}]}", line_id);
  updated = cpt_test_api_call (api, "PUT", path, put, 200);
  order = cpt_test_response_object (updated);
  g_assert_cmpstr (json_object_get_string_member (order, "notes"), ==, "Livrer le matin");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (order, "line_items"), 0),
                                               "line_id"), ==, line_id);
  g_assert_cmpstr (json_object_get_string_member (order, "sub_total"), ==, "58.00");

  stored = cpt_order_service_get (api->database, order_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cpt_order_get_n_lines (stored), ==, 2);
  g_assert_cmpint (cpt_order_line_get_quantity (cpt_order_get_line (stored, 0)), ==, 5000);

  {
    g_autofree char *confirm = order_path (order_id, "/confirm");

    confirmed = cpt_test_api_call (api, "POST", confirm, NULL, 200);
    g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (confirmed), "status"), ==, "confirmed");
    again = cpt_test_api_call (api, "POST", confirm, NULL, 409);
    g_assert_cmpstr (cpt_test_response_error_code (again), ==, "state");
  }

  /* A confirmed order cannot be deleted, only voided. */
  state = cpt_test_api_call (api, "DELETE", path, NULL, 409);
  g_assert_cmpstr (cpt_test_response_error_code (state), ==, "state");

  {
    g_autofree char *duplicate = order_path (order_id, "/duplicate");
    g_autofree char *void_path = order_path (order_id, "/void");
    g_autofree char *copy_path = NULL;

    copy = cpt_test_api_call (api, "POST", duplicate, NULL, 201);
    g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (copy), "status"), ==, "draft");
    g_assert_cmpint (json_object_get_int_member (cpt_test_response_object (copy), "id"), !=, order_id);

    voided = cpt_test_api_call (api, "POST", void_path, "{\"reason\": \"Client injoignable\"}", 200);
    g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (voided), "status"), ==, "void");
    g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (voided), "void_reason"),
                     ==, "Client injoignable");

    copy_path = order_path (json_object_get_int_member (cpt_test_response_object (copy), "id"), NULL);
    deleted = cpt_test_api_call (api, "DELETE", copy_path, NULL, 204);
  }
}

static void
test_list (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(CptTestResponse) by_customer = NULL;
  g_autoptr(CptTestResponse) by_total = NULL;
  g_autoptr(CptTestResponse) bad_status = NULL;
  g_autoptr(CptTestResponse) bad_cursor = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *customer_path = NULL;
  gint64 first, second;
  JsonArray *array;
  guint pages = 0;

  first = create_customer (api, "Premier");
  second = create_customer (api, "Second");
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"date\": \"2026-01-%02u\","
                                               " \"status\": \"%s\", \"line_items\": [{\"description\": \"Lot %u\","
                                               " \"quantity\": 1, \"rate\": \"%u.00\", \"tax_id\": 1}]}",
                                               i < 5 ? first : second, i + 1, i % 2 ? "draft" : "confirmed",
                                               i, 10 + i);
      gint64 id = cpt_test_api_create (api, "/api/v1/salesorders", body);

      g_array_append_val (ids, id);
    }

  /* Confirmed orders, newest first, two per page, following the cursor. */
  do
    {
      g_autofree char *path = cursor
        ? g_strdup_printf ("/api/v1/salesorders?status=confirmed&sort=-date&limit=2&cursor=%s", cursor)
        : g_strdup ("/api/v1/salesorders?status=confirmed&sort=-date&limit=2");
      g_autoptr(CptTestResponse) page = cpt_test_api_call (api, "GET", path, NULL, 200);
      JsonObject *object = cpt_test_response_object (page);

      array = json_object_get_array_member (object, "salesorders");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *row = json_array_get_object_element (array, i);
          gint64 *id = g_new (gint64, 1);

          g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "confirmed");
          *id = json_object_get_int_member (row, "id");
          g_assert_false (g_hash_table_contains (seen, id));
          /* Newest first: ids were created in date order. */
          g_assert_cmpint (*id, ==, g_array_index (ids, gint64, 6 - 2 * g_hash_table_size (seen)));
          g_hash_table_add (seen, id);
        }
      g_clear_pointer (&cursor, g_free);
      if (!json_object_get_null_member (object, "next_cursor"))
        cursor = g_uri_escape_string (json_object_get_string_member (object, "next_cursor"), NULL, TRUE);
      pages++;
    }
  while (cursor != NULL);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 4);
  g_assert_cmpuint (pages, ==, 2);

  customer_path = g_strdup_printf ("/api/v1/salesorders?customer_id=%" G_GINT64_FORMAT, second);
  by_customer = cpt_test_api_call (api, "GET", customer_path, NULL, 200);
  array = json_object_get_array_member (cpt_test_response_object (by_customer), "salesorders");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);

  by_total = cpt_test_api_call (api, "GET", "/api/v1/salesorders?sort=-total&limit=1", NULL, 200);
  array = json_object_get_array_member (cpt_test_response_object (by_total), "salesorders");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "total"), ==, "19.20");

  bad_status = cpt_test_api_call (api, "GET", "/api/v1/salesorders?status=lost", NULL, 422);
  g_assert_nonnull (cpt_test_response_detail (bad_status, "status"));
  bad_cursor = cpt_test_api_call (api, "GET", "/api/v1/salesorders?cursor=xyz", NULL, 422);
  g_assert_nonnull (cpt_test_response_detail (bad_cursor, "cursor"));
}

static void
test_manual_numbering (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) numbering = NULL;
  g_autoptr(CptTestResponse) first = NULL;
  g_autoptr(CptTestResponse) duplicate = NULL;
  g_autoptr(CptTestResponse) french = NULL;
  g_autofree char *body = NULL;
  const char *fr[] = { "Accept-Language: fr-FR, fr;q=0.9", NULL };
  gint64 customer_id;

  numbering = cpt_test_api_call (api, "PUT", "/api/v1/settings/numbering/salesorder", "{\"mode\": \"manual\"}", 200);
  customer_id = create_customer (api, "Manuel");
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"salesorder_number\": \"WEB-1001\","
                          " \"line_items\": [{\"description\": \"Colis\", \"quantity\": 1, \"rate\": \"5\", \"tax_id\": 1}]}",
                          customer_id);
  first = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 201);
  g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (first), "salesorder_number"), ==, "WEB-1001");

  duplicate = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 409);
  g_assert_cmpstr (cpt_test_response_error_code (duplicate), ==, "conflict");
  g_assert_cmpint (cpt_database_get_row_count (api->database, "sales_orders"), ==, 1);

  french = cpt_test_api_call_with (api, "POST", "/api/v1/salesorders", body, fr, 409);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (cpt_test_response_object (french), "error"),
                                                  "message"),
                   ==, "Le numéro WEB-1001 existe déjà.");
}

static void
test_bad_input (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) types = NULL;
  g_autoptr(CptTestResponse) rule = NULL;
  g_autoptr(CptTestResponse) unknown = NULL;
  g_autoptr(CptTestResponse) unknown_confirm = NULL;
  JsonObject *detail;

  types = cpt_test_api_call (api, "POST", "/api/v1/salesorders",
                             "{\"customer_id\": \"first\", \"date\": \"02/03/2026\","
                             " \"line_items\": [{\"quantity\": {\"value\": 1}, \"rate\": \"1.999\"}, 7],"
                             " \"discount\": {\"percent\": true}}", 422);
  g_assert_cmpstr (cpt_test_response_error_code (types), ==, "invalid");
  g_assert_nonnull (cpt_test_response_detail (types, "customer_id"));
  g_assert_nonnull (cpt_test_response_detail (types, "date"));
  detail = cpt_test_response_detail (types, "line_items[0].quantity");
  g_assert_nonnull (detail);
  g_assert_nonnull (strstr (json_object_get_string_member (detail, "message"), "line_items[0].quantity"));
  g_assert_nonnull (cpt_test_response_detail (types, "line_items[0].rate"));
  g_assert_nonnull (cpt_test_response_detail (types, "line_items[1]"));
  g_assert_nonnull (cpt_test_response_detail (types, "discount.percent"));
  g_assert_cmpint (cpt_database_get_row_count (api->database, "sales_orders"), ==, 0);

  /* A rule of the service: no customer. */
  rule = cpt_test_api_call (api, "POST", "/api/v1/salesorders",
                            "{\"line_items\": [{\"description\": \"x\", \"quantity\": 1, \"rate\": 1, \"tax_id\": 1}]}", 422);
  g_assert_cmpstr (cpt_test_response_error_code (rule), ==, "invalid");

  /* Malformed bodies on the real route: 400, nothing saved. */
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(CptTestResponse) nested = NULL;
    g_autoptr(CptTestResponse) truncated = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    nested = cpt_test_api_call (api, "POST", "/api/v1/salesorders", deep->str, 400);
    g_assert_cmpstr (cpt_test_response_error_code (nested), ==, "invalid");
    truncated = cpt_test_api_call (api, "POST", "/api/v1/salesorders", "{\"customer_id\": 1, \"line_items\": [", 400);
    g_assert_cmpint (cpt_database_get_row_count (api->database, "sales_orders"), ==, 0);
  }

  unknown = cpt_test_api_call (api, "GET", "/api/v1/salesorders/424242", NULL, 404);
  g_assert_cmpstr (cpt_test_response_error_code (unknown), ==, "not_found");
  unknown_confirm = cpt_test_api_call (api, "POST", "/api/v1/salesorders/424242/confirm", NULL, 404);
}

static void
test_items_list (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) search = NULL;
  g_autoptr(CptTestResponse) reorder = NULL;
  g_autoptr(CptTestResponse) adjusted = NULL;
  g_autoptr(CptTestResponse) duplicate = NULL;
  g_autoptr(CptTestResponse) page = NULL;
  g_autofree char *path = NULL;
  JsonArray *items;
  JsonObject *row;
  gint64 low_id;

  low_id = cpt_test_api_create (api, "/api/v1/items",
                                "{\"name\": \"Levure fraîche\", \"sku\": \"LEV-1\", \"rate\": \"2.10\", \"tax_id\": 3,"
                                " \"track_stock\": true, \"reorder_level\": \"10\"}");
  cpt_test_api_create (api, "/api/v1/items",
                       "{\"name\": \"Sel de Guérande\", \"sku\": \"SEL-1\", \"rate\": \"4.50\", \"tax_id\": 3,"
                       " \"track_stock\": true, \"reorder_level\": \"2\"}");
  path = g_strdup_printf ("/api/v1/items/%" G_GINT64_FORMAT "/adjustments", low_id);
  adjusted = cpt_test_api_call (api, "POST", path, "{\"warehouse_id\": 1, \"quantity\": \"3\", \"reason\": \"Réception\"}", 201);

  search = cpt_test_api_call (api, "GET", "/api/v1/items?search=guerande", NULL, 200);
  items = json_object_get_array_member (cpt_test_response_object (search), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "sku"), ==, "SEL-1");

  /* Levure: 3 on hand for a reorder level of 10 — 7 missing. */
  reorder = cpt_test_api_call (api, "GET", "/api/v1/items?to_reorder=true", NULL, 200);
  items = json_object_get_array_member (cpt_test_response_object (reorder), "items");
  row = NULL;
  for (guint i = 0; i < json_array_get_length (items); i++)
    if (json_object_get_int_member (json_array_get_object_element (items, i), "id") == low_id)
      row = json_array_get_object_element (items, i);
  g_assert_nonnull (row);
  g_assert_cmpstr (json_object_get_string_member (row, "missing"), ==, "7");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (row, "stock"), 0),
                                                  "on_hand"), ==, "3");

  page = cpt_test_api_call (api, "GET", "/api/v1/items?limit=1", NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (page), "items")), ==, 1);
  g_assert_false (json_object_get_null_member (cpt_test_response_object (page), "next_cursor"));

  /* The SKU is unique: the service refuses a second one. */
  duplicate = cpt_test_api_call (api, "POST", "/api/v1/items", "{\"name\": \"Autre\", \"sku\": \"SEL-1\", \"tax_id\": 1}", 0);
  g_assert_cmpint (duplicate->status, ==, 409);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/orders/create-totals", test_create_totals);
  g_test_add_func ("/api/orders/life", test_life);
  g_test_add_func ("/api/orders/list", test_list);
  g_test_add_func ("/api/orders/manual-numbering", test_manual_numbering);
  g_test_add_func ("/api/orders/bad-input", test_bad_input);
  g_test_add_func ("/api/items/list", test_items_list);

  return g_test_run ();
}
