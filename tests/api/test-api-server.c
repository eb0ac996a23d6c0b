/* test-api-server.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cpt-api-server.h"
#include "cpt-test-http.h"

#define TOKEN "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

/* A route that reads the body like every real route, then echoes the
 * fields it understood: the transport is tested on its own. */
static void
echo_handler (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *name = NULL;
  gint64 amount = 0, quantity = 0;
  gint32 percent = 0;
  g_autofree char *date = NULL;

  if (input == NULL)
    return;
  cpt_api_input_string (input, "name", &name);
  cpt_api_input_money (input, "amount", &amount);
  cpt_api_input_quantity (input, "quantity", &quantity);
  cpt_api_input_percent (input, "percent", &percent);
  cpt_api_input_date (input, "date", &date);
  if (!cpt_api_request_check_input (request, input))
    return;

  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "name", name);
  cpt_api_json_add_money (builder, "amount", amount);
  cpt_api_json_add_quantity (builder, "quantity", quantity);
  cpt_api_json_add_percent (builder, "percent", percent);
  cpt_api_json_add_int (builder, "id", cpt_api_request_get_id (request, 0));
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static CptApiServer *
start_server (void)
{
  g_autoptr(GError) error = NULL;
  CptApiServer *server = cpt_api_server_new (NULL, TOKEN);

  cpt_api_server_add_route (server, "POST", "/test/echo/{id}", echo_handler);
  g_assert_true (cpt_api_server_start (server, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cpt_api_server_get_port (server), >, 0);
  return server;
}

static void
test_token (void)
{
  g_autoptr(CptApiServer) server = start_server ();
  guint port = cpt_api_server_get_port (server);
  g_autoptr(CptTestResponse) none = NULL;
  g_autoptr(CptTestResponse) wrong = NULL;
  g_autoptr(CptTestResponse) right = NULL;

  none = cpt_test_http (port, NULL, "POST", "/test/echo/1", "{}", 0, NULL);
  g_assert_cmpint (none->status, ==, 401);
  g_assert_cmpstr (cpt_test_response_error_code (none), ==, "unauthorized");

  wrong = cpt_test_http (port, TOKEN "0", "POST", "/test/echo/1", "{}", 0, NULL);
  g_assert_cmpint (wrong->status, ==, 401);
  g_assert_cmpstr (cpt_test_response_error_code (wrong), ==, "unauthorized");

  right = cpt_test_http (port, TOKEN, "POST", "/test/echo/7", "{\"name\":\"x\"}", 0, NULL);
  g_assert_cmpint (right->status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (cpt_test_response_object (right), "id"), ==, 7);
}

static void
test_too_large (void)
{
  g_autoptr(CptApiServer) server = start_server ();
  guint port = cpt_api_server_get_port (server);
  g_autoptr(CptTestResponse) early = NULL;
  g_autoptr(CptTestResponse) sent = NULL;
  g_autoptr(CptTestResponse) chunked = NULL;
  g_autofree char *head = NULL;
  g_autofree char *big = NULL;
  gsize size = 2 * 1024 * 1024;
  const char *chunked_headers[] = { "Transfer-Encoding: chunked", NULL };

  /* Headers only: the answer comes without the body ever being sent. */
  head = g_strdup_printf ("POST /test/echo/1 HTTP/1.1\r\n"
                          "Host: 127.0.0.1\r\n"
                          "Authorization: Bearer " TOKEN "\r\n"
                          "Content-Type: application/json\r\n"
                          "Content-Length: %zu\r\n\r\n", size);
  early = cpt_test_http_headers_only (port, head);
  g_assert_cmpint (early->status, ==, 413);
  g_assert_cmpstr (cpt_test_response_error_code (early), ==, "too_large");
  g_assert_cmpfloat (early->seconds, <, 0.5);

  /* A client that sends the whole body anyway still reads the answer. */
  big = g_malloc (size + 1);
  memset (big, ' ', size);
  big[0] = '[';
  big[size - 1] = ']';
  big[size] = '\0';
  sent = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", big, size, NULL);
  g_assert_cmpint (sent->status, ==, 413);
  g_assert_cmpfloat (sent->seconds, <, 1.0);

  chunked = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", big, size, chunked_headers);
  g_assert_cmpint (chunked->status, ==, 413);
  g_assert_cmpstr (cpt_test_response_error_code (chunked), ==, "too_large");
}

static void
test_malformed (void)
{
  g_autoptr(CptApiServer) server = start_server ();
  guint port = cpt_api_server_get_port (server);
  g_autoptr(CptTestResponse) nested = NULL;
  g_autoptr(CptTestResponse) truncated = NULL;
  g_autoptr(CptTestResponse) not_object = NULL;
  g_autoptr(CptTestResponse) deep_ok = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) allowed = g_string_new ("{\"x\":");
  guint levels = 100000;

  for (guint i = 0; i < levels; i++)
    g_string_append_c (deep, '[');
  nested = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", deep->str, deep->len, NULL);
  g_assert_cmpint (nested->status, ==, 400);
  g_assert_cmpstr (cpt_test_response_error_code (nested), ==, "invalid");

  truncated = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", "{\"name\": \"abc", 0, NULL);
  g_assert_cmpint (truncated->status, ==, 400);
  g_assert_cmpstr (cpt_test_response_error_code (truncated), ==, "invalid");

  not_object = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", "[1, 2]", 0, NULL);
  g_assert_cmpint (not_object->status, ==, 400);

  /* 32 levels are allowed (the object itself is the first). */
  for (guint i = 0; i < 31; i++)
    g_string_append_c (allowed, '[');
  for (guint i = 0; i < 31; i++)
    g_string_append_c (allowed, ']');
  g_string_append_c (allowed, '}');
  deep_ok = cpt_test_http (port, TOKEN, "POST", "/test/echo/1", allowed->str, allowed->len, NULL);
  g_assert_cmpint (deep_ok->status, ==, 200);
}

static void
test_types (void)
{
  g_autoptr(CptApiServer) server = start_server ();
  guint port = cpt_api_server_get_port (server);
  g_autoptr(CptTestResponse) good = NULL;
  g_autoptr(CptTestResponse) bad = NULL;
  JsonObject *object;
  JsonObject *detail;

  good = cpt_test_http (port, TOKEN, "POST", "/test/echo/1",
                        "{\"name\": \"é\", \"amount\": 19.99, \"quantity\": \"1.5\", \"percent\": 5.5}", 0, NULL);
  g_assert_cmpint (good->status, ==, 200);
  object = cpt_test_response_object (good);
  g_assert_cmpstr (json_object_get_string_member (object, "amount"), ==, "19.99");
  g_assert_cmpstr (json_object_get_string_member (object, "quantity"), ==, "1.5");
  g_assert_cmpstr (json_object_get_string_member (object, "percent"), ==, "5.5");

  bad = cpt_test_http (port, TOKEN, "POST", "/test/echo/1",
                       "{\"name\": 12, \"amount\": \"1.234\", \"quantity\": [], \"date\": \"2026-02-30\"}", 0, NULL);
  g_assert_cmpint (bad->status, ==, 422);
  g_assert_cmpstr (cpt_test_response_error_code (bad), ==, "invalid");
  detail = cpt_test_response_detail (bad, "name");
  g_assert_nonnull (detail);
  g_assert_nonnull (strstr (json_object_get_string_member (detail, "message"), "name"));
  g_assert_nonnull (cpt_test_response_detail (bad, "amount"));
  g_assert_nonnull (cpt_test_response_detail (bad, "quantity"));
  g_assert_nonnull (cpt_test_response_detail (bad, "date"));
  g_assert_null (cpt_test_response_detail (bad, "percent"));
}

static void
test_routing_and_language (void)
{
  g_autoptr(CptApiServer) server = start_server ();
  guint port = cpt_api_server_get_port (server);
  g_autoptr(CptTestResponse) unknown = NULL;
  g_autoptr(CptTestResponse) bad_id = NULL;
  g_autoptr(CptTestResponse) method = NULL;
  g_autoptr(CptTestResponse) french = NULL;
  g_autoptr(CptTestResponse) english = NULL;
  g_autoptr(CptTestResponse) french_401 = NULL;
  const char *fr[] = { "Accept-Language: fr-FR,fr;q=0.9,en;q=0.8", NULL };
  const char *en[] = { "Accept-Language: en-GB,fr;q=0.5", NULL };
  JsonObject *error;

  unknown = cpt_test_http (port, TOKEN, "GET", "/api/v1/nothing", NULL, 0, NULL);
  g_assert_cmpint (unknown->status, ==, 404);
  g_assert_cmpstr (cpt_test_response_error_code (unknown), ==, "not_found");

  bad_id = cpt_test_http (port, TOKEN, "POST", "/test/echo/abc", "{}", 0, NULL);
  g_assert_cmpint (bad_id->status, ==, 404);

  method = cpt_test_http (port, TOKEN, "GET", "/test/echo/1", NULL, 0, NULL);
  g_assert_cmpint (method->status, ==, 405);

  french = cpt_test_http (port, TOKEN, "GET", "/api/v1/nothing", NULL, 0, fr);
  error = json_object_get_object_member (cpt_test_response_object (french), "error");
  g_assert_cmpstr (json_object_get_string_member (error, "message"), ==, "Cette ressource n’existe pas.");

  english = cpt_test_http (port, TOKEN, "GET", "/api/v1/nothing", NULL, 0, en);
  error = json_object_get_object_member (cpt_test_response_object (english), "error");
  g_assert_cmpstr (json_object_get_string_member (error, "message"), ==, "There is no such resource.");

  french_401 = cpt_test_http (port, NULL, "GET", "/api/v1/nothing", NULL, 0, fr);
  g_assert_cmpint (french_401->status, ==, 401);
  error = json_object_get_object_member (cpt_test_response_object (french_401), "error");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (error, "message"), "Un jeton"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/server/token", test_token);
  g_test_add_func ("/api/server/too-large", test_too_large);
  g_test_add_func ("/api/server/malformed", test_malformed);
  g_test_add_func ("/api/server/types", test_types);
  g_test_add_func ("/api/server/routing-and-language", test_routing_and_language);

  return g_test_run ();
}
