/* cpt-api-server.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-server"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-api-language.h"
#include "cpt-api-server.h"

typedef struct
{
  char          *method;
  GStrv          segments;
  CptApiHandler  handler;
} CptApiRoute;

struct _CptApiServer
{
  GObject     parent_instance;

  SoupServer *soup;
  CptDatabase *database;
  char       *token;
  GPtrArray  *routes;
  guint       port;
};

G_DEFINE_FINAL_TYPE (CptApiServer, cpt_api_server, G_TYPE_OBJECT)

#define BODY_SEEN_KEY "cpt-api-body-seen"

static void
route_free (CptApiRoute *route)
{
  g_free (route->method);
  g_strfreev (route->segments);
  g_free (route);
}

/* Refusals decided before the body is read. SoupServer would read (and
 * keep) the whole body before sending any answer, so the connection is
 * taken over: the answer is written directly, the sending side is shut,
 * and whatever the client still sends is read and thrown away until it
 * stops, so it receives the answer instead of a connection reset. */
typedef struct
{
  GIOStream    *stream;
  GCancellable *cancellable;
  guint         timeout_id;
  gsize         drained;
  guint8        buffer[16384];
} CptApiDrain;

static void
drain_finish (CptApiDrain *drain)
{
  g_clear_handle_id (&drain->timeout_id, g_source_remove);
  g_io_stream_close (drain->stream, NULL, NULL);
  g_object_unref (drain->stream);
  g_object_unref (drain->cancellable);
  g_free (drain);
}

static void on_drain_read_cb (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
drain_next (CptApiDrain *drain)
{
  g_input_stream_read_async (g_io_stream_get_input_stream (drain->stream),
                             drain->buffer, sizeof drain->buffer,
                             G_PRIORITY_DEFAULT, drain->cancellable,
                             on_drain_read_cb, drain);
}

static void
on_drain_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CptApiDrain *drain = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, NULL);

  /* A client that keeps sending past 64 MiB is not waiting for an answer. */
  if (n <= 0 || (drain->drained += n) > 64 * 1024 * 1024)
    {
      drain_finish (drain);
      return;
    }
  drain_next (drain);
}

static gboolean
on_drain_timeout_cb (gpointer user_data)
{
  CptApiDrain *drain = user_data;

  drain->timeout_id = 0;
  g_cancellable_cancel (drain->cancellable);
  return G_SOURCE_REMOVE;
}

static void
reject_early (SoupServerMessage *msg,
              guint              status,
              const char        *code,
              const char        *message)
{
  g_autofree char *body = cpt_api_error_body (code, message, NULL);
  g_autofree char *head = NULL;
  g_autoptr(GIOStream) stream = NULL;
  GSocket *socket;
  CptApiDrain *drain;

  stream = soup_server_message_steal_connection (msg);
  if (stream == NULL)
    return;

  head = g_strdup_printf ("HTTP/1.1 %u %s\r\n"
                          "Content-Type: application/json; charset=utf-8\r\n"
                          "Content-Length: %zu\r\n"
                          "Connection: close\r\n"
                          "\r\n",
                          status, soup_status_get_phrase (status), strlen (body));
  if (!g_output_stream_write_all (g_io_stream_get_output_stream (stream), head, strlen (head), NULL, NULL, NULL) ||
      !g_output_stream_write_all (g_io_stream_get_output_stream (stream), body, strlen (body), NULL, NULL, NULL) ||
      !g_output_stream_flush (g_io_stream_get_output_stream (stream), NULL, NULL))
    {
      g_io_stream_close (stream, NULL, NULL);
      return;
    }

  socket = g_object_get_data (G_OBJECT (stream), "GSocket");
  if (socket != NULL)
    g_socket_shutdown (socket, FALSE, TRUE, NULL);

  drain = g_new0 (CptApiDrain, 1);
  drain->stream = g_steal_pointer (&stream);
  drain->cancellable = g_cancellable_new ();
  drain->timeout_id = g_timeout_add_seconds (5, on_drain_timeout_cb, drain);
  drain_next (drain);
}

static gboolean
token_matches (const char *expected,
               const char *authorization)
{
  gsize expected_len, given_len;
  const char *given;
  guint8 diff = 0;

  if (expected == NULL || *expected == '\0' || authorization == NULL ||
      g_ascii_strncasecmp (authorization, "Bearer ", 7) != 0)
    return FALSE;

  given = authorization + 7;
  while (*given == ' ')
    given++;
  expected_len = strlen (expected);
  given_len = strlen (given);
  if (given_len != expected_len)
    return FALSE;

  /* Constant time: a local process must not guess it byte by byte. */
  for (gsize i = 0; i < expected_len; i++)
    diff |= (guint8) (expected[i] ^ given[i]);
  return diff == 0;
}

static void
on_message_got_chunk_cb (SoupServerMessage *msg,
                         GBytes            *chunk,
                         gpointer           user_data)
{
  gsize seen = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (msg), BODY_SEEN_KEY));

  seen += g_bytes_get_size (chunk);
  g_object_set_data (G_OBJECT (msg), BODY_SEEN_KEY, GSIZE_TO_POINTER (seen));
  if (seen > CPT_API_MAX_BODY)
    {
      CptApiLanguage language;
      SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

      g_signal_handlers_disconnect_by_func (msg, on_message_got_chunk_cb, user_data);
      cpt_api_language_push (&language, soup_message_headers_get_one (headers, "Accept-Language"));
      reject_early (msg, 413, "too_large", _("The request body is larger than 1 MiB."));
      cpt_api_language_pop (&language);
    }
}

static void
on_early_request_cb (SoupServer        *soup,
                     SoupServerMessage *msg,
                     const char        *path,
                     GHashTable        *query,
                     gpointer           user_data)
{
  CptApiServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  CptApiLanguage language;

  cpt_api_language_push (&language, soup_message_headers_get_one (headers, "Accept-Language"));

  if (!token_matches (self->token, soup_message_headers_get_one (headers, "Authorization")))
    reject_early (msg, 401, "unauthorized",
                  _("A valid API token is required (Authorization: Bearer …)."));
  else if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
           soup_message_headers_get_content_length (headers) > CPT_API_MAX_BODY)
    reject_early (msg, 413, "too_large", _("The request body is larger than 1 MiB."));
  else if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    g_signal_connect (msg, "got-chunk", G_CALLBACK (on_message_got_chunk_cb), self);

  cpt_api_language_pop (&language);
}

/* Matches path segments against a route; ids collects the {id} values. */
static gboolean
route_matches (CptApiRoute  *route,
               char        **segments,
               gint64       *ids)
{
  guint n_ids = 0;
  guint i;

  for (i = 0; route->segments[i] != NULL; i++)
    {
      if (segments[i] == NULL)
        return FALSE;
      if (g_str_equal (route->segments[i], "{id}"))
        {
          guint64 value;

          if (n_ids >= 2 ||
              !g_ascii_string_to_unsigned (segments[i], 10, 1, G_MAXINT64, &value, NULL))
            return FALSE;
          ids[n_ids++] = (gint64) value;
        }
      else if (!g_str_equal (route->segments[i], segments[i]))
        return FALSE;
    }

  return segments[i] == NULL;
}

static void
on_request_cb (SoupServer        *soup,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  CptApiServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *method = soup_server_message_get_method (msg);
  g_auto(GStrv) segments = NULL;
  CptApiRequest request = { 0 };
  CptApiLanguage language;
  gboolean path_known = FALSE;

  cpt_api_language_push (&language, soup_message_headers_get_one (headers, "Accept-Language"));

  request.msg = msg;
  request.database = self->database;
  request.query = query;

  /* "/api/v1/items/" is "/api/v1/items": drop empty segments. */
  {
    g_auto(GStrv) parts = g_strsplit (path, "/", 16);
    GStrvBuilder *builder = g_strv_builder_new ();

    for (guint i = 0; parts[i] != NULL; i++)
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    segments = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
  }

  for (guint i = 0; i < self->routes->len; i++)
    {
      CptApiRoute *route = g_ptr_array_index (self->routes, i);
      gint64 ids[2] = { 0, 0 };

      if (!route_matches (route, segments, ids))
        continue;
      path_known = TRUE;
      if (!g_str_equal (route->method, method))
        continue;

      request.segments = (const char * const *) segments;
      request.ids[0] = ids[0];
      request.ids[1] = ids[1];
      route->handler (&request);
      break;
    }

  if (!request.replied)
    {
      if (path_known)
        cpt_api_request_reply_failure (&request, 405, "invalid",
                                       _("This method is not allowed on this resource."), NULL);
      else
        cpt_api_request_reply_failure (&request, 404, "not_found",
                                       _("There is no such resource."), NULL);
    }

  cpt_api_language_pop (&language);
}

static void
cpt_api_server_finalize (GObject *object)
{
  CptApiServer *self = CPT_API_SERVER (object);

  cpt_api_server_stop (self);
  g_clear_object (&self->soup);
  g_clear_object (&self->database);
  g_clear_pointer (&self->token, g_free);
  g_clear_pointer (&self->routes, g_ptr_array_unref);

  G_OBJECT_CLASS (cpt_api_server_parent_class)->finalize (object);
}

static void
cpt_api_server_class_init (CptApiServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_api_server_finalize;
}

static void
cpt_api_server_init (CptApiServer *self)
{
  self->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) route_free);
}

CptApiServer *
cpt_api_server_new (CptDatabase *database,
                    const char  *token)
{
  CptApiServer *self;

  g_return_val_if_fail (database == NULL || CPT_IS_DATABASE (database), NULL);

  self = g_object_new (CPT_TYPE_API_SERVER, NULL);
  self->database = database ? g_object_ref (database) : NULL;
  self->token = g_strdup (token);
  return self;
}

void
cpt_api_server_add_route (CptApiServer  *self,
                          const char    *method,
                          const char    *pattern,
                          CptApiHandler  handler)
{
  CptApiRoute *route;
  g_auto(GStrv) parts = NULL;
  GStrvBuilder *builder;

  g_return_if_fail (CPT_IS_API_SERVER (self));

  parts = g_strsplit (pattern, "/", -1);
  builder = g_strv_builder_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  route = g_new0 (CptApiRoute, 1);
  route->method = g_strdup (method);
  route->segments = g_strv_builder_end (builder);
  route->handler = handler;
  g_strv_builder_unref (builder);
  g_ptr_array_add (self->routes, route);
}

gboolean
cpt_api_server_start (CptApiServer  *self,
                      guint          port,
                      GError       **error)
{
  g_autoptr(GError) both_error = NULL;
  GSList *uris;

  g_return_val_if_fail (CPT_IS_API_SERVER (self), FALSE);
  g_return_val_if_fail (self->soup == NULL, FALSE);

  self->soup = soup_server_new ("server-header", "Comptoir/" PACKAGE_VERSION " ", NULL);
  soup_server_add_early_handler (self->soup, NULL, on_early_request_cb, self, NULL);
  soup_server_add_handler (self->soup, NULL, on_request_cb, self, NULL);

  if (!soup_server_listen_local (self->soup, port, 0, &both_error) &&
      !soup_server_listen_local (self->soup, port, SOUP_SERVER_LISTEN_IPV4_ONLY, error))
    {
      g_clear_object (&self->soup);
      return FALSE;
    }

  uris = soup_server_get_uris (self->soup);
  self->port = uris ? (guint) g_uri_get_port (uris->data) : 0;
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return TRUE;
}

void
cpt_api_server_stop (CptApiServer *self)
{
  g_return_if_fail (CPT_IS_API_SERVER (self));

  if (self->soup == NULL)
    return;
  soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  self->port = 0;
}

guint
cpt_api_server_get_port (CptApiServer *self)
{
  g_return_val_if_fail (CPT_IS_API_SERVER (self), 0);

  return self->port;
}

const char *
cpt_api_server_get_token (CptApiServer *self)
{
  g_return_val_if_fail (CPT_IS_API_SERVER (self), NULL);

  return self->token;
}

void
cpt_api_server_set_token (CptApiServer *self,
                          const char   *token)
{
  g_return_if_fail (CPT_IS_API_SERVER (self));

  g_free (self->token);
  self->token = g_strdup (token);
}
