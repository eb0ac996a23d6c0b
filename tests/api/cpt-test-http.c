/* cpt-test-http.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <curl/curl.h>
#include <gio/gio.h>
#include <string.h>

#include "cpt-test-http.h"

typedef struct
{
  guint               port;
  const char         *token;
  const char         *method;
  const char         *path;
  const char         *body;
  gsize               body_length;
  const char * const *headers;
  const char         *raw_head;
  CptTestResponse    *response;
  gint                done;
} Job;

void
cpt_test_response_free (CptTestResponse *response)
{
  if (response == NULL)
    return;
  g_clear_pointer (&response->body, g_bytes_unref);
  g_clear_pointer (&response->json, json_node_unref);
  g_free (response->content_type);
  g_free (response);
}

static size_t
on_write (char   *data,
          size_t  size,
          size_t  n,
          void   *user_data)
{
  g_byte_array_append (user_data, (const guint8 *) data, size * n);
  return size * n;
}

static void
parse_json (CptTestResponse *response)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length = 0;
  const char *data = g_bytes_get_data (response->body, &length);

  if (response->content_type == NULL ||
      !g_str_has_prefix (response->content_type, "application/json"))
    return;
  if (json_parser_load_from_data (parser, data, length, NULL) && json_parser_get_root (parser))
    response->json = json_node_ref (json_parser_get_root (parser));
}

static void
run_curl (Job *job)
{
  CURL *curl = curl_easy_init ();
  struct curl_slist *list = NULL;
  GByteArray *received = g_byte_array_new ();
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u%s", job->port, job->path);
  g_autofree char *auth = NULL;
  char *content_type = NULL;
  gint64 start;
  CURLcode rc;

  if (job->token != NULL)
    {
      auth = g_strdup_printf ("Authorization: Bearer %s", job->token);
      list = curl_slist_append (list, auth);
    }
  if (job->body != NULL)
    list = curl_slist_append (list, "Content-Type: application/json");
  /* No "Expect: 100-continue" wait: bodies go out at once. */
  list = curl_slist_append (list, "Expect:");
  for (guint i = 0; job->headers != NULL && job->headers[i] != NULL; i++)
    list = curl_slist_append (list, job->headers[i]);

  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_CUSTOMREQUEST, job->method);
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, on_write);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, received);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  if (job->body != NULL)
    {
      curl_easy_setopt (curl, CURLOPT_POSTFIELDS, job->body);
      curl_easy_setopt (curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) job->body_length);
    }

  start = g_get_monotonic_time ();
  rc = curl_easy_perform (curl);
  job->response = g_new0 (CptTestResponse, 1);
  job->response->seconds = (g_get_monotonic_time () - start) / 1e6;
  if (rc != CURLE_OK)
    g_error ("%s %s: %s", job->method, job->path, curl_easy_strerror (rc));

  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &job->response->status);
  curl_easy_getinfo (curl, CURLINFO_CONTENT_TYPE, &content_type);
  job->response->content_type = g_strdup (content_type);
  job->response->body = g_byte_array_free_to_bytes (received);
  parse_json (job->response);

  curl_slist_free_all (list);
  curl_easy_cleanup (curl);
}

static void
run_raw (Job *job)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) received = g_byte_array_new ();
  GInputStream *in;
  const char *text, *end;
  gint64 start = g_get_monotonic_time ();
  guint8 buffer[4096];
  gssize n;

  g_socket_client_set_timeout (client, 10);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", job->port, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)),
                             job->raw_head, strlen (job->raw_head), NULL, NULL, &error);
  g_assert_no_error (error);

  in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  while ((n = g_input_stream_read (in, buffer, sizeof buffer, NULL, &error)) > 0)
    g_byte_array_append (received, buffer, n);
  g_assert_no_error (error);

  job->response = g_new0 (CptTestResponse, 1);
  job->response->seconds = (g_get_monotonic_time () - start) / 1e6;
  g_byte_array_append (received, (const guint8 *) "", 1);
  text = (const char *) received->data;
  g_assert_true (g_str_has_prefix (text, "HTTP/1.1 "));
  job->response->status = strtol (text + 9, NULL, 10);
  if (strstr (text, "application/json") != NULL)
    job->response->content_type = g_strdup ("application/json");
  end = strstr (text, "\r\n\r\n");
  g_assert_nonnull (end);
  job->response->body = g_bytes_new (end + 4, strlen (end + 4));
  parse_json (job->response);
}

static gpointer
job_thread (gpointer data)
{
  Job *job = data;

  if (job->raw_head != NULL)
    run_raw (job);
  else
    run_curl (job);
  g_atomic_int_set (&job->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static CptTestResponse *
run_job (Job *job)
{
  GThread *thread = g_thread_new ("http-client", job_thread, job);

  while (!g_atomic_int_get (&job->done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);
  return job->response;
}

CptTestResponse *
cpt_test_http (guint               port,
               const char         *token,
               const char         *method,
               const char         *path,
               const char         *body,
               gsize               body_length,
               const char * const *headers)
{
  Job job = { port, token, method, path, body, body_length, headers, NULL, NULL, 0 };

  if (body != NULL && body_length == 0)
    job.body_length = strlen (body);
  return run_job (&job);
}

CptTestResponse *
cpt_test_http_headers_only (guint       port,
                            const char *head)
{
  Job job = { 0 };

  job.port = port;
  job.raw_head = head;
  return run_job (&job);
}

JsonObject *
cpt_test_response_object (CptTestResponse *response)
{
  g_assert_nonnull (response->json);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (response->json));
  return json_node_get_object (response->json);
}

const char *
cpt_test_response_error_code (CptTestResponse *response)
{
  JsonObject *error = json_object_get_object_member (cpt_test_response_object (response), "error");

  g_assert_nonnull (error);
  return json_object_get_string_member (error, "code");
}

JsonObject *
cpt_test_response_detail (CptTestResponse *response,
                          const char      *field)
{
  JsonObject *error = json_object_get_object_member (cpt_test_response_object (response), "error");
  JsonArray *details = json_object_get_array_member (error, "details");

  for (guint i = 0; i < json_array_get_length (details); i++)
    {
      JsonObject *detail = json_array_get_object_element (details, i);

      if (json_object_get_null_member (detail, "field"))
        continue;
      if (g_strcmp0 (json_object_get_string_member (detail, "field"), field) == 0)
        return detail;
    }
  return NULL;
}
