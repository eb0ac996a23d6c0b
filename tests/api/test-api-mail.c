/* test-api-mail.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-mail-settings.h"
#include "cpt-order-service.h"
#include "cpt-settings-service.h"
#include "cpt-test-api.h"
#include "cpt-test-smtp-server.h"

#define USER "ventes"
#define PASSWORD "s3cret"

static gint64
create_draft (CptTestApi *api)
{
  gint64 customer_id;
  g_autofree char *body = NULL;

  customer_id = cpt_test_api_create (api, "/api/v1/customers",
                                     "{\"display_name\": \"Éric Lefèvre\", \"email\": \"eric@example.fr\"}");
  body = g_strdup_printf ("{\"customer_id\": %" G_GINT64_FORMAT ", \"line_items\": [{\"description\": \"Colis\","
                          " \"quantity\": 1, \"rate\": \"42\", \"tax_id\": 1}]}", customer_id);
  return cpt_test_api_create (api, "/api/v1/salesorders", body);
}

static void
configure (CptTestApi        *api,
           CptTestSmtpServer *server)
{
  g_autoptr(CptTestResponse) put = NULL;
  g_autoptr(CptTestResponse) got = NULL;
  g_autofree char *body = NULL;
  JsonObject *object;

  body = g_strdup_printf ("{\"host\": \"127.0.0.1\", \"port\": %u, \"security\": \"starttls\","
                          " \"username\": \"" USER "\", \"ca_file\": \"%s\", \"sender_name\": \"Dupont\","
                          " \"sender_address\": \"ventes@dupont.fr\"}",
                          cpt_test_smtp_server_get_port (server), cpt_test_smtp_server_get_ca_file (server));
  put = cpt_test_api_call (api, "PUT", "/api/v1/settings/email", body, 200);
  got = cpt_test_api_call (api, "GET", "/api/v1/settings/email", NULL, 200);
  object = cpt_test_response_object (got);
  g_assert_cmpstr (json_object_get_string_member (object, "security"), ==, "starttls");
  g_assert_cmpstr (json_object_get_string_member (object, "username"), ==, USER);
  g_assert_false (json_object_has_member (object, "password"));
}

static void
test_send_order (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptTestResponse) sent = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(JsonObject) envelope = NULL;
  JsonObject *history;
  gint64 order_id;

  g_setenv (CPT_SMTP_PASSWORD_ENV, PASSWORD, TRUE);
  configure (api, server);
  order_id = create_draft (api);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/email", order_id);
  sent = cpt_test_api_call (api, "POST", path, "{\"to\": \"achats@epicerie.fr\", \"cc\": \"compta@dupont.fr\", \"subject\": \"Votre commande\"}", 200);

  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 1);
  message = cpt_test_smtp_server_wait_message (server, 1);
  g_assert_nonnull (message);
  envelope = cpt_test_smtp_server_get_envelope (server, 1);
  g_assert_nonnull (envelope);
  {
    JsonArray *recipients = json_object_get_array_member (envelope, "rcpt_tos");

    /* "to" replaces the customer's address; "cc" adds one. */
    g_assert_cmpuint (json_array_get_length (recipients), ==, 2);
    g_assert_cmpstr (json_array_get_string_element (recipients, 0), ==, "achats@epicerie.fr");
    g_assert_cmpstr (json_array_get_string_element (recipients, 1), ==, "compta@dupont.fr");
  }
  history = json_object_get_object_member (cpt_test_response_object (sent), "history");
  g_assert_nonnull (history);
  g_assert_nonnull (strstr (json_object_get_string_member (history, "text"), "achats@epicerie.fr"));

  /* Sending a draft confirms it. */
  order = cpt_order_service_get (api->database, order_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_status (order), ==, CPT_ORDER_STATUS_CONFIRMED);
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
}

static void
test_refused (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptTestResponse) refused = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint n_history;
  gint64 order_id;

  /* A wrong password: the server refuses, nothing is recorded. */
  g_setenv (CPT_SMTP_PASSWORD_ENV, "wrong", TRUE);
  configure (api, server);
  order_id = create_draft (api);
  order = cpt_order_service_get (api->database, order_id, &error);
  n_history = g_list_model_get_n_items (cpt_order_get_history (order));
  g_clear_object (&order);

  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/email", order_id);
  refused = cpt_test_api_call (api, "POST", path, NULL, 502);
  g_assert_cmpstr (cpt_test_response_error_code (refused), ==, "mail");

  order = cpt_order_service_get (api->database, order_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_order_get_status (order), ==, CPT_ORDER_STATUS_DRAFT);
  g_assert_cmpuint (g_list_model_get_n_items (cpt_order_get_history (order)), ==, n_history);
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
}

static void
test_send_invoice (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptTestResponse) confirmed = NULL;
  g_autoptr(CptTestResponse) issued = NULL;
  g_autoptr(CptTestResponse) sent = NULL;
  g_autoptr(CptTestResponse) invoice = NULL;
  g_autofree char *path = NULL;
  gint64 order_id, invoice_id;

  g_setenv (CPT_SMTP_PASSWORD_ENV, PASSWORD, TRUE);
  configure (api, server);
  order_id = create_draft (api);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/confirm", order_id);
  confirmed = cpt_test_api_call (api, "POST", path, NULL, 200);
  g_free (path);
  path = g_strdup_printf ("/api/v1/salesorders/%" G_GINT64_FORMAT "/invoices", order_id);
  issued = cpt_test_api_call (api, "POST", path, "{\"issue\": true}", 201);
  invoice_id = json_object_get_int_member (cpt_test_response_object (issued), "id");

  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT "/email", invoice_id);
  sent = cpt_test_api_call (api, "POST", path, NULL, 200);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 1);

  g_free (path);
  path = g_strdup_printf ("/api/v1/invoices/%" G_GINT64_FORMAT, invoice_id);
  invoice = cpt_test_api_call (api, "GET", path, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (cpt_test_response_object (invoice), "status"), ==, "sent");
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
}

static void
test_company (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptTestResponse) put = NULL;
  g_autoptr(CptTestResponse) got = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  JsonObject *object;

  put = cpt_test_api_call (api, "PUT", "/api/v1/settings/company",
                           "{\"name\": \"Dupont & Fils\", \"legal_form\": \"SARL\", \"share_capital\": \"10000\","
                           " \"address\": {\"street\": \"1 quai Saint-Antoine\", \"postcode\": \"69002\","
                           " \"city\": \"Lyon\", \"country\": \"FR\"}, \"vat_regime\": \"normal\","
                           " \"operations\": \"goods\", \"late_penalty_rate\": \"10\"}", 200);
  got = cpt_test_api_call (api, "GET", "/api/v1/settings/company", NULL, 200);
  object = cpt_test_response_object (got);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Dupont & Fils");
  g_assert_cmpstr (json_object_get_string_member (object, "share_capital"), ==, "10000.00");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "address"), "city"), ==, "Lyon");
  g_assert_cmpstr (json_object_get_string_member (object, "late_penalty_rate"), ==, "10");

  bad = cpt_test_api_call (api, "PUT", "/api/v1/settings/company", "{\"vat_regime\": \"other\"}", 422);
  g_assert_nonnull (cpt_test_response_detail (bad, "vat_regime"));
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/mail/send-order", test_send_order);
  g_test_add_func ("/api/mail/refused", test_refused);
  g_test_add_func ("/api/mail/send-invoice", test_send_invoice);
  g_test_add_func ("/api/mail/company", test_company);

  return g_test_run ();
}
