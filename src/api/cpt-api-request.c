/* cpt-api-request.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-request"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-api-request.h"
#include "cpt-error.h"
#include "cpt-pdf-export.h"

gint64
cpt_api_request_get_id (CptApiRequest *request,
                        guint          index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (request->ids), 0);

  return request->ids[index];
}

const char *
cpt_api_request_get_query (CptApiRequest *request,
                           const char    *name)
{
  if (request->query == NULL)
    return NULL;
  return g_hash_table_lookup (request->query, name);
}

/* limit defaults to 50 and must lie in 1..500; a bad one answers 422. */
gboolean
cpt_api_request_get_limit (CptApiRequest *request,
                           guint         *limit)
{
  const char *text = cpt_api_request_get_query (request, "limit");
  guint64 value = 50;

  if (text != NULL &&
      !g_ascii_string_to_unsigned (text, 10, 1, 500, &value, NULL))
    {
      g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);
      const char *message = _("The limit must be a whole number between 1 and 500.");

      g_ptr_array_add (details, cpt_api_detail_new ("invalid", "limit", message));
      cpt_api_request_reply_failure (request, 422, "invalid", message, details);
      return FALSE;
    }

  *limit = (guint) value;
  return TRUE;
}

void
cpt_api_request_reply_query_error (CptApiRequest *request,
                                   const char    *field,
                                   const char    *message)
{
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);

  g_ptr_array_add (details, cpt_api_detail_new ("invalid", field, message));
  cpt_api_request_reply_failure (request, 422, "invalid", message, details);
}

char *
cpt_api_cursor_encode (const char *kind,
                       gint64      id)
{
  g_autofree char *text = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, id);

  return g_base64_encode ((const guchar *) text, strlen (text));
}

gboolean
cpt_api_request_get_cursor (CptApiRequest *request,
                            const char    *kind,
                            gint64        *id)
{
  const char *cursor = cpt_api_request_get_query (request, "cursor");
  g_autofree guchar *decoded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *prefix = NULL;
  gsize length = 0;
  guint64 value;

  *id = 0;
  if (cursor == NULL)
    return TRUE;

  decoded = g_base64_decode (cursor, &length);
  prefix = g_strconcat (kind, ":", NULL);
  if (decoded != NULL && length > 0 && length < 64)
    text = g_strndup ((const char *) decoded, length);
  if (text == NULL || !g_str_has_prefix (text, prefix) ||
      !g_ascii_string_to_unsigned (text + strlen (prefix), 10, 1, G_MAXINT64, &value, NULL))
    {
      cpt_api_request_reply_query_error (request, "cursor", _("The list position (cursor) is not valid."));
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

gboolean
cpt_api_request_get_query_id (CptApiRequest *request,
                              const char    *name,
                              gint64        *id)
{
  const char *text = cpt_api_request_get_query (request, name);
  guint64 value;

  *id = 0;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("The filter %s must be an id."), name);

      cpt_api_request_reply_query_error (request, name, message);
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

gboolean
cpt_api_request_wants_pdf (CptApiRequest *request)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (request->msg);
  const char *accept = soup_message_headers_get_one (headers, "Accept");

  return accept != NULL && strstr (accept, "application/pdf") != NULL;
}

gboolean
cpt_api_request_get_sort (CptApiRequest      *request,
                          const char * const *names,
                          const char         *message,
                          guint              *index,
                          gboolean           *descending)
{
  const char *sort = cpt_api_request_get_query (request, "sort");
  gboolean minus;

  if (sort == NULL)
    return TRUE;
  minus = (sort[0] == '-');
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (sort + (minus ? 1 : 0), names[i]))
      {
        *index = i;
        *descending = minus;
        return TRUE;
      }
  cpt_api_request_reply_query_error (request, "sort", message);
  return FALSE;
}

void
cpt_api_request_reply_bad_cursor (CptApiRequest *request)
{
  cpt_api_request_reply_query_error (request, "cursor", _("The list position (cursor) is not valid."));
}

gboolean
cpt_api_request_reply_pdf_if_wanted (CptApiRequest        *request,
                                     CptApiDocumentLoader  load,
                                     gint64                id)
{
  g_autoptr(CptDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (!cpt_api_request_wants_pdf (request))
    return FALSE;
  document = load (request->database, id, &error);
  if (document == NULL)
    cpt_api_request_reply_error (request, error);
  else
    cpt_api_request_reply_document (request, document);
  return TRUE;
}

CptApiInput *
cpt_api_request_read_body (CptApiRequest *request)
{
  SoupMessageBody *body = soup_server_message_get_request_body (request->msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      g_autoptr(JsonObject) empty = json_object_new ();

      return cpt_api_input_new (empty, details);
    }

  root = cpt_api_json_parse (data, length, &error);
  if (root == NULL)
    {
      cpt_api_request_reply_failure (request, 400, "invalid", error->message, NULL);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      cpt_api_request_reply_failure (request, 400, "invalid",
                                     _("The request body must be a JSON object."), NULL);
      return NULL;
    }

  return cpt_api_input_new (json_node_get_object (root), details);
}

gboolean
cpt_api_request_check_input (CptApiRequest *request,
                             CptApiInput   *input)
{
  GPtrArray *details = cpt_api_input_get_details (input);
  const CptApiDetail *first;

  if (details->len == 0)
    return TRUE;

  first = g_ptr_array_index (details, 0);
  cpt_api_request_reply_failure (request, 422, "invalid", first->message, details);
  return FALSE;
}

void
cpt_api_request_reply_json (CptApiRequest *request,
                            guint          status,
                            JsonNode      *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *text;

  g_return_if_fail (!request->replied);

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  soup_server_message_set_status (request->msg, status, NULL);
  soup_server_message_set_response (request->msg, "application/json; charset=utf-8",
                                    SOUP_MEMORY_TAKE, text, length);
  request->replied = TRUE;
}

void
cpt_api_request_reply_builder (CptApiRequest *request,
                               guint          status,
                               JsonBuilder   *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  cpt_api_request_reply_json (request, status, root);
}

void
cpt_api_request_reply_empty (CptApiRequest *request)
{
  g_return_if_fail (!request->replied);

  soup_server_message_set_status (request->msg, 204, NULL);
  request->replied = TRUE;
}

void
cpt_api_request_reply_pdf (CptApiRequest *request,
                           GBytes        *pdf,
                           const char    *file_name)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (request->msg);
  g_autofree char *escaped = NULL;
  g_autofree char *disposition = NULL;
  gsize length = 0;
  gconstpointer data = g_bytes_get_data (pdf, &length);

  g_return_if_fail (!request->replied);

  /* RFC 6266: the UTF-8 name percent-encoded, never raw in a header. */
  escaped = g_uri_escape_string (file_name ? file_name : "document.pdf", NULL, FALSE);
  disposition = g_strdup_printf ("inline; filename*=UTF-8''%s", escaped);
  soup_message_headers_replace (headers, "Content-Disposition", disposition);
  soup_server_message_set_status (request->msg, 200, NULL);
  soup_server_message_set_response (request->msg, "application/pdf",
                                    SOUP_MEMORY_COPY, data, length);
  request->replied = TRUE;
}

void
cpt_api_request_reply_document (CptApiRequest *request,
                                CptDocument   *document)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;

  pdf = cpt_document_render_pdf_bytes (document, &error);
  if (pdf == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  file_name = cpt_document_suggest_file_name (document);
  cpt_api_request_reply_pdf (request, pdf, file_name);
}

void
cpt_api_request_reply_delete (CptApiRequest *request,
                              CptApiDeleter  delete_record)
{
  g_autoptr(GError) error = NULL;

  if (delete_record (request->database, cpt_api_request_get_id (request, 0), &error))
    cpt_api_request_reply_empty (request);
  else
    cpt_api_request_reply_error (request, error);
}

void
cpt_api_request_reply_list (CptApiRequest   *request,
                            const char      *member,
                            GPtrArray       *rows,
                            const char      *next_cursor,
                            CptApiRowToJson  to_json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    to_json (builder, g_ptr_array_index (rows, i));
  json_builder_end_array (builder);
  cpt_api_json_add_string (builder, "next_cursor", next_cursor);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

void
cpt_api_request_reply_page (CptApiRequest   *request,
                            const char      *member,
                            GPtrArray       *rows,
                            guint            limit,
                            const char      *cursor_kind,
                            CptApiRowId      row_id,
                            CptApiRowToJson  to_json)
{
  g_autofree char *next_cursor = NULL;

  if (rows->len > limit)
    {
      g_ptr_array_set_size (rows, limit);
      next_cursor = cpt_api_cursor_encode (cursor_kind, row_id (g_ptr_array_index (rows, limit - 1)));
    }
  cpt_api_request_reply_list (request, member, rows, next_cursor, to_json);
}

char *
cpt_api_error_body (const char *code,
                    const char *message,
                    GPtrArray  *details)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "code", code);
  cpt_api_json_add_string (builder, "message", message);
  json_builder_set_member_name (builder, "details");
  json_builder_begin_array (builder);
  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const CptApiDetail *detail = g_ptr_array_index (details, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_string (builder, "code", detail->code);
      cpt_api_json_add_string (builder, "message", detail->message);
      cpt_api_json_add_string (builder, "field", detail->field);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

void
cpt_api_request_reply_failure (CptApiRequest *request,
                               guint          status,
                               const char    *code,
                               const char    *message,
                               GPtrArray     *details)
{
  char *text;

  g_return_if_fail (!request->replied);

  text = cpt_api_error_body (code, message, details);
  soup_server_message_set_status (request->msg, status, NULL);
  soup_server_message_set_response (request->msg, "application/json; charset=utf-8",
                                    SOUP_MEMORY_TAKE, text, strlen (text));
  request->replied = TRUE;
}

/* The services name fields as the domain does; the API only calls the
 * lines of a document "line_items". */
static char *
cpt_api_field_name (const char *field)
{
  if (field == NULL)
    return NULL;
  if (g_str_equal (field, "lines") || g_str_has_prefix (field, "lines["))
    return g_strconcat ("line_items", field + strlen ("lines"), NULL);
  return g_strdup (field);
}

void
cpt_api_request_reply_error_details (CptApiRequest *request,
                                     const GError  *error,
                                     GPtrArray     *details)
{
  guint status = 500;
  const char *code = "internal";

  if (error->domain == CPT_ERROR)
    {
      switch ((CptErrorCode) error->code)
        {
        case CPT_ERROR_INVALID:
          status = 422;
          code = "invalid";
          break;
        case CPT_ERROR_NOT_FOUND:
          status = 404;
          code = "not_found";
          break;
        case CPT_ERROR_CONFLICT:
          status = 409;
          code = "conflict";
          break;
        case CPT_ERROR_STATE:
          status = 409;
          code = "state";
          break;
        case CPT_ERROR_NETWORK:
          status = 502;
          code = "mail";
          break;
        case CPT_ERROR_DATABASE:
        case CPT_ERROR_IO:
        default:
          break;
        }
    }

  if (status == 500)
    g_warning ("Request failed: %s", error->message);

  if (status == 422 && (details == NULL || details->len == 0))
    {
      /* A rule broken: one detail per refused field, or one for the whole. */
      g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);
      guint n_fields = cpt_error_get_n_fields (error);

      for (guint i = 0; i < n_fields; i++)
        {
          const char *message;
          const char *field = cpt_error_get_field (error, i, &message);
          g_autofree char *name = cpt_api_field_name (field);

          g_ptr_array_add (own, cpt_api_detail_new (code, name, message));
        }
      if (n_fields == 0)
        g_ptr_array_add (own, cpt_api_detail_new (code, NULL, error->message));
      cpt_api_request_reply_failure (request, status, code, error->message, own);
      return;
    }

  cpt_api_request_reply_failure (request, status, code, error->message, details);
}

void
cpt_api_request_reply_error (CptApiRequest *request,
                             const GError  *error)
{
  cpt_api_request_reply_error_details (request, error, NULL);
}
