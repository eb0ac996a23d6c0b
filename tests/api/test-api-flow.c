/* test-api-flow.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-invoice-service.h"
#include "cpt-money.h"
#include "cpt-order-service.h"
#include "cpt-test-api.h"

/* The main flow of docs/api.md, through real HTTP requests: customer →
 * items → order → confirm → partial shipment → partial invoice → issue →
 * lists → documents as PDF. */

static gint64
member_id (CptTestResponse *response)
{
  return json_object_get_int_member (cpt_test_response_object (response), "id");
}

static const char *
member (CptTestResponse *response,
        const char      *name)
{
  return json_object_get_string_member (cpt_test_response_object (response), name);
}

static gint64
order_line_id (CptTestResponse *order,
               guint            index)
{
  JsonArray *lines = json_object_get_array_member (cpt_test_response_object (order), "line_items");

  return json_object_get_int_member (json_array_get_object_element (lines, index), "line_id");
}

static void
test_main_flow (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) order = NULL;
  g_autoptr(CptTestResponse) confirmed = NULL;
  g_autoptr(CptTestResponse) shipment = NULL;
  g_autoptr(CptTestResponse) invoice = NULL;
  g_autoptr(CptTestResponse) issued = NULL;
  g_autoptr(CptTestResponse) after = NULL;
  g_autoptr(CptTestResponse) too_much = NULL;
  g_autoptr(CptTestResponse) invoices = NULL;
  g_autoptr(CptTestResponse) drafts = NULL;
  g_autoptr(CptTestResponse) shipments = NULL;
  g_autoptr(CptTestResponse) pdf = NULL;
  g_autoptr(CptTestResponse) order_pdf = NULL;
  g_autoptr(CptTestResponse) delete_issued = NULL;
  g_autoptr(CptInvoice) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *invoices_path = NULL;
  const char *accept_pdf[] = { "Accept: application/pdf", NULL };
  gint64 customer_id, item_id, order_id, invoice_id, line_id;
  gint64 cents = 0;

  customer_id = cpt_test_api_create (api, "/api/v1/customers",
                                     "{\"display_name\": \"Boulangerie Martin\", \"email\": \"compta@martin.fr\","
                                     " \"billing_address\": {\"street\": \"12 rue des Lilas\", \"postcode\": \"69003\","
                                     " \"city\": \"Lyon\", \"country\": \"FR\"}}");
  item_id = cpt_test_api_create (api, "/api/v1/items",
                                 "{\"name\": \"Farine T65 25 kg\", \"sku\": \"FAR-T65-25\", \"type\": \"goods\","
                                 " \"unit\": \"sac\", \"rate\": \"18.50\", \"tax_id\": 3, \"track_stock\": true}");
  path = g_strdup_printf ("/api/v1/items/%" G_GINT64_FORMAT "/adjustments", item_id);
  g_clear_pointer (&after, cpt_test_response_free);
  after = cpt_test_api_call (api, "POST", path, "{\"warehouse_id\": 1, \"quantity\": 40, \"reason\": \"Inventaire\"}", 201);

  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"reference\": \"BC-118\", \"date\": \"2026-03-02\","
                          " \"line_items\": [{\"item_id\": %" G_GINT64_FORMAT ", \"quantity\": \"10\", \"discount\": \"5\"},"
                          "  {\"description\": \"Livraison express\", \"quantity\": 1, \"rate\": \"12.00\", \"tax_id\": 1}],"
                          " \"discount\": {\"percent\": \"2\"}, \"shipping_charge\": \"15.00\", \"shipping_tax_id\": 1,"
                          " \"adjustment\": \"-0.02\", \"adjustment_description\": \"Arrondi\"}",
                          customer_id, item_id);
  order = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 201);
  order_id = member_id (order);
  line_id = order_line_id (order, 0);

  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/confirm", order_id);
  confirmed = cpt_test_api_call (api, "POST", path, NULL, 200);
  g_assert_cmpstr (member (confirmed, "status"), ==, "confirmed");

  /* Ship 6 of the 10 sacks. */
  g_free (path);
  g_free (body);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/shipments", order_id);
  body = g_strdup_printf ("{\"date\": \"2026-03-03\", \"carrier\": \"Colissimo\", \"tracking_number\": \"6A123\","
                          " \"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": \"6\"}]}", line_id);
  shipment = cpt_test_api_call (api, "POST", path, body, 201);
  g_assert_true (g_str_has_prefix (member (shipment, "shipment_number"), "EXP-"));
  g_assert_cmpstr (member (shipment, "status"), ==, "shipped");

  /* Invoice them: a draft without number, then issued with the next one. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/invoices", order_id);
  invoices_path = g_strdup (path);
  g_free (body);
  body = g_strdup_printf ("{\"date\": \"2026-03-03\", \"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": 6}]}",
                          line_id);
  invoice = cpt_test_api_call (api, "POST", path, body, 201);
  invoice_id = member_id (invoice);
  g_assert_cmpstr (member (invoice, "status"), ==, "draft");
  g_assert_true (json_object_get_null_member (cpt_test_response_object (invoice), "invoice_number"));

  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT "/issue", invoice_id);
  issued = cpt_test_api_call (api, "POST", path, NULL, 200);
  g_assert_cmpstr (member (issued, "status"), ==, "issued");
  g_assert_true (g_str_has_prefix (member (issued, "invoice_number"), "FA-"));

  stored = cpt_invoice_service_get (api->database, invoice_id, &error);
  g_assert_no_error (error);
  g_assert_true (cpt_money_from_decimal (member (issued, "total"), &cents, NULL));
  g_assert_cmpint (cents, ==, cpt_invoice_get_total (stored));

  /* More than what remains to invoice (4 sacks after this invoice) is
   * refused by the service. */
  g_free (body);
  body = g_strdup_printf ("{\"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": 5}]}", line_id);
  too_much = cpt_test_api_call (api, "POST", invoices_path, body, 422);
  g_assert_cmpstr (cpt_test_response_error_code (too_much), ==, "invalid");

  /* An issued invoice cannot be deleted. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT, invoice_id);
  delete_issued = cpt_test_api_call (api, "DELETE", path, NULL, 409);

  /* The order is partially shipped and partially invoiced. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT, order_id);
  g_clear_pointer (&after, cpt_test_response_free);
  after = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpstr (member (after, "shipped_status"), ==, "partially_shipped");
  g_assert_cmpstr (member (after, "invoiced_status"), ==, "partially_invoiced");
  {
    JsonObject *line = json_array_get_object_element (json_object_get_array_member (cpt_test_response_object (after),
                                                                                    "line_items"), 0);

    g_assert_cmpstr (json_object_get_string_member (line, "quantity_shipped"), ==, "6");
    g_assert_cmpstr (json_object_get_string_member (line, "quantity_invoiced"), ==, "6");
  }

  /* Lists with filters. */
  invoices = cpt_test_api_call (api, "GET", "/api/v1/invoices?status=issued&limit=10", NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (invoices), "invoices")),
                    ==, 1);
  drafts = cpt_test_api_call (api, "GET", "/api/v1/invoices?status=draft", NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (drafts), "invoices")),
                    ==, 0);
  g_free (path);
  path = g_strdup_printf ("/api/v1/shipments?salesorder_id=%" G_GINT64_FORMAT, order_id);
  shipments = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (shipments),
                                                                         "shipments")), ==, 1);

  /* The invoice and the order as PDF, each with its number inside. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT, invoice_id);
  pdf = cpt_test_api_call_with (api, "GET", path, NULL, accept_pdf, 200);
  text = cpt_test_pdf_text (pdf->body);
  g_assert_nonnull (strstr (text, member (issued, "invoice_number")));
  g_free (text);
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT, order_id);
  order_pdf = cpt_test_api_call_with (api, "GET", path, NULL, accept_pdf, 200);
  text = cpt_test_pdf_text (order_pdf->body);
  g_assert_nonnull (strstr (text, member (order, "salesorder_number")));
}

static gint64
create_order (CptTestApi *api,
              gint64      customer_id,
              const char *marketplace)
{
  g_autofree char *market = marketplace ? g_strdup_printf (", \"marketplace\": \"%s\"", marketplace) : g_strdup ("");
  g_autofree char *body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT "%s, \"line_items\":"
                                           " [{\"description\": \"Panier\", \"quantity\": 1, \"rate\": \"20\","
                                           " \"tax_id\": 1}]}", customer_id, market);

  return cpt_test_api_create (api, "/api/v1/salesorders", body);
}

static void
test_merge (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptTestResponse) merged = NULL;
  g_autoptr(CptTestResponse) other = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  g_autoptr(CptOrder) untouched = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  JsonArray *details;
  gboolean marketplace_detail = FALSE;
  gint64 customer_id, web_id, shop_id, first_id, second_id;

  customer_id = cpt_test_api_create (api, "/api/v1/customers", "{\"display_name\": \"Fusion\"}");
  web_id = create_order (api, customer_id, "Ma Boutique");
  shop_id = create_order (api, customer_id, NULL);

  body = g_strdup_printf ("{\"salesorder_ids\": [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]}", web_id, shop_id);
  refused = cpt_test_api_call (api, "POST", "/api/v1/salesorders/merge", body, 409);
  g_assert_cmpstr (cpt_test_response_error_code (refused), ==, "conflict");
  details = json_object_get_array_member (json_object_get_object_member (cpt_test_response_object (refused), "error"),
                                          "details");
  for (guint i = 0; i < json_array_get_length (details); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (details, i), "code"),
                   "marketplace_order") == 0)
      marketplace_detail = TRUE;
  g_assert_true (marketplace_detail);
  untouched = cpt_order_service_get (api->database, shop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_status (untouched), ==, CPT_ORDER_STATUS_DRAFT);

  /* Two ordinary drafts of the same customer merge into the older. */
  first_id = shop_id;
  second_id = create_order (api, customer_id, NULL);
  g_free (body);
  body = g_strdup_printf ("{\"salesorder_ids\": [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]}", second_id, first_id);
  merged = cpt_test_api_call (api, "POST", "/api/v1/salesorders/merge", body, 200);
  g_assert_cmpint (member_id (merged), ==, first_id);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (merged), "line_items")),
                    ==, 2);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT, second_id);
  other = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpstr (member (other, "status"), ==, "void");
  g_assert_cmpstr (member (other, "merged_into"), ==, member (merged, "salesorder_number"));

  bad = cpt_test_api_call (api, "POST", "/api/v1/salesorders/merge", "{\"salesorder_ids\": [1]}", 422);
  g_assert_nonnull (cpt_test_response_detail (bad, "salesorder_ids"));
}

/* Issue everything at once, cancel by a credit note, deliver and delete
 * shipments, edit and delete a draft invoice — with each document as PDF. */
static void
test_documents (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) order = NULL;
  g_autoptr(CptTestResponse) shipment = NULL;
  g_autoptr(CptTestResponse) second = NULL;
  g_autoptr(CptTestResponse) delivered = NULL;
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptTestResponse) deleted = NULL;
  g_autoptr(CptTestResponse) issued = NULL;
  g_autoptr(CptTestResponse) credit = NULL;
  g_autoptr(CptTestResponse) credits = NULL;
  g_autoptr(CptTestResponse) credit_pdf = NULL;
  g_autoptr(CptTestResponse) shipment_pdf = NULL;
  g_autoptr(CptTestResponse) draft = NULL;
  g_autoptr(CptTestResponse) edited = NULL;
  g_autoptr(CptTestResponse) removed = NULL;
  g_autoptr(CptTestResponse) paid = NULL;
  const char *accept_pdf[] = { "Accept: application/pdf", NULL };
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gint64 customer_id, order_id, line_id, shipment_id, invoice_id;

  customer_id = cpt_test_api_create (api, "/api/v1/customers", "{\"display_name\": \"Atelier Zoé\"}");
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"status\": \"confirmed\", \"line_items\":"
                          " [{\"description\": \"Tabouret\", \"quantity\": 4, \"rate\": \"35\", \"tax_id\": 1}]}",
                          customer_id);
  order = cpt_test_api_call (api, "POST", "/api/v1/salesorders", body, 201);
  order_id = member_id (order);
  line_id = order_line_id (order, 0);

  /* No line_items: everything that remains. */
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/shipments", order_id);
  shipment = cpt_test_api_call (api, "POST", path, "{\"carrier\": \"Transporteur\"}", 201);
  shipment_id = member_id (shipment);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (cpt_test_response_object (shipment), "line_items"), 0), "quantity"),
                   ==, "4");
  /* Nothing remains to ship. */
  second = cpt_test_api_call (api, "POST", path, NULL, 0);
  g_assert_cmpint (second->status, >=, 400);

  g_free (path);
  path = g_strdup_printf ("/api/v1/shipments/%" G_GINT64_FORMAT, shipment_id);
  shipment_pdf = cpt_test_api_call_with (api, "GET", path, NULL, accept_pdf, 200);
  text = cpt_test_pdf_text (shipment_pdf->body);
  g_assert_nonnull (strstr (text, member (shipment, "shipment_number")));
  g_clear_pointer (&text, g_free);

  g_free (path);
  path = g_strdup_printf ("/api/v1/shipments/%" G_GINT64_FORMAT "/delivered", shipment_id);
  delivered = cpt_test_api_call (api, "POST", path, "{\"date\": \"2026-03-05\"}", 200);
  g_assert_cmpstr (member (delivered, "status"), ==, "delivered");
  /* A delivered shipment can no longer be deleted. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/shipments/%" G_GINT64_FORMAT, shipment_id);
  refused = cpt_test_api_call (api, "DELETE", path, NULL, 0);
  g_assert_cmpint (refused->status, ==, 409);

  /* A draft invoice of one stool, edited to two, then deleted. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/invoices", order_id);
  g_free (body);
  body = g_strdup_printf ("{\"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": 1}]}", line_id);
  draft = cpt_test_api_call (api, "POST", path, body, 201);
  g_free (body);
  body = g_strdup_printf ("{\"line_items\": [{\"line_id\": %" G_GINT64_FORMAT ", \"quantity\": 2}]}", line_id);
  {
    g_autofree char *invoice_path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT, member_id (draft));

    edited = cpt_test_api_call (api, "PUT", invoice_path, body, 200);
    g_assert_cmpstr (member (edited, "sub_total"), ==, "70.00");
    removed = cpt_test_api_call (api, "DELETE", invoice_path, NULL, 204);
  }

  /* Everything, issued at once; paid; then cancelled by a credit note. */
  issued = cpt_test_api_call (api, "POST", path, "{\"issue\": true}", 201);
  invoice_id = member_id (issued);
  g_assert_cmpstr (member (issued, "status"), ==, "issued");
  g_assert_cmpstr (member (issued, "total"), ==, "168.00");

  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT "/creditnote", invoice_id);
  credit = cpt_test_api_call (api, "POST", path, "{\"reason\": \"Erreur de prix\"}", 201);
  g_assert_true (g_str_has_prefix (member (credit, "creditnote_number"), "AV-"));
  g_assert_cmpint (json_object_get_int_member (cpt_test_response_object (credit), "invoice_id"), ==, invoice_id);

  g_free (path);
  path = g_strdup_printf ("/api/v1/creditnotes?invoice_id=%" G_GINT64_FORMAT, invoice_id);
  credits = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (credits),
                                                                         "creditnotes")), ==, 1);
  g_free (path);
  path = g_strdup_printf ("/api/v1/creditnotes/%" G_GINT64_FORMAT, member_id (credit));
  credit_pdf = cpt_test_api_call_with (api, "GET", path, NULL, accept_pdf, 200);
  text = cpt_test_pdf_text (credit_pdf->body);
  g_assert_nonnull (strstr (text, member (credit, "creditnote_number")));

  /* A credited invoice cannot be paid any more. */
  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT "/paid", invoice_id);
  paid = cpt_test_api_call (api, "POST", path, "{\"date\": \"2026-04-01\"}", 0);
  g_assert_cmpint (paid->status, ==, 409);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/flow/main", test_main_flow);
  g_test_add_func ("/api/flow/merge", test_merge);
  g_test_add_func ("/api/flow/documents", test_documents);

  return g_test_run ();
}
