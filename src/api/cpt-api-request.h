/* cpt-api-request.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "cpt-api-json.h"
#include "cpt-database.h"
#include "cpt-document.h"

G_BEGIN_DECLS

/* What a route handler receives: the message, the database, the integer
 * ids matched by the {id} parts of its path, the query. A handler answers
 * exactly once through one of the reply functions. */
typedef struct
{
  SoupServerMessage *msg;
  CptDatabase       *database;
  gint64             ids[2];
  const char * const *segments;  /* the path, split on "/" */
  GHashTable        *query;
  gboolean           replied;
} CptApiRequest;

typedef void (*CptApiHandler) (CptApiRequest *request);

gint64       cpt_api_request_get_id            (CptApiRequest *request,
                                                guint          index);
const char  *cpt_api_request_get_query         (CptApiRequest *request,
                                                const char    *name);
gboolean     cpt_api_request_get_limit         (CptApiRequest *request,
                                                guint         *limit);
/* Opaque list cursors naming the last row of a page: "<kind>:<id>" in
 * base64. get_cursor answers 422 and returns FALSE on a bad one; *id is 0
 * without a cursor. */
char        *cpt_api_cursor_encode             (const char    *kind,
                                                gint64         id);
gboolean     cpt_api_request_get_cursor        (CptApiRequest *request,
                                                const char    *kind,
                                                gint64        *id);
/* A positive integer query parameter (an id filter); 0 when absent.
 * Answers 422 and returns FALSE when it is not one. */
gboolean     cpt_api_request_get_query_id      (CptApiRequest *request,
                                                const char    *name,
                                                gint64        *id);
/* The "sort" query parameter: one of names (NULL-terminated), or one of
 * them after "-" for the descending order. Sets *index and *descending;
 * leaves them alone when absent. Answers 422 with message and returns
 * FALSE on anything else. */
gboolean     cpt_api_request_get_sort          (CptApiRequest      *request,
                                                const char * const *names,
                                                const char         *message,
                                                guint              *index,
                                                gboolean           *descending);
void         cpt_api_request_reply_query_error (CptApiRequest *request,
                                                const char    *field,
                                                const char    *message);
gboolean     cpt_api_request_wants_pdf         (CptApiRequest *request);
/* 422 on the "cursor" parameter: it names no row. */
void         cpt_api_request_reply_bad_cursor  (CptApiRequest *request);

typedef CptDocument *(*CptApiDocumentLoader) (CptDatabase  *database,
                                              gint64        id,
                                              GError      **error);
/* For a GET of one record: when the client accepts application/pdf,
 * answers the PDF of the record (or the error loading it) and returns
 * TRUE; returns FALSE otherwise, and the caller answers its JSON. */
gboolean     cpt_api_request_reply_pdf_if_wanted (CptApiRequest        *request,
                                                  CptApiDocumentLoader  load,
                                                  gint64                id);

/* The body as an input reader; an absent body reads as {}. Answers 400
 * and returns NULL when it is not a JSON object. */
CptApiInput *cpt_api_request_read_body         (CptApiRequest *request);
/* Answers 422 with the collected details and returns FALSE if there are
 * any. */
gboolean     cpt_api_request_check_input       (CptApiRequest *request,
                                                CptApiInput   *input);

void         cpt_api_request_reply_json        (CptApiRequest *request,
                                                guint          status,
                                                JsonNode      *node);
void         cpt_api_request_reply_builder     (CptApiRequest *request,
                                                guint          status,
                                                JsonBuilder   *builder);
/* 204, for a DELETE that succeeded. */
void         cpt_api_request_reply_empty       (CptApiRequest *request);
typedef gboolean (*CptApiDeleter) (CptDatabase  *database,
                                   gint64        id,
                                   GError      **error);
/* A DELETE of the record named by the path's {id}: 204, or the error. */
void         cpt_api_request_reply_delete      (CptApiRequest *request,
                                                CptApiDeleter  delete_record);
/* The PDF of a document, for a request with Accept: application/pdf. */
void         cpt_api_request_reply_document    (CptApiRequest *request,
                                                CptDocument   *document);
typedef void   (*CptApiRowToJson) (JsonBuilder *builder,
                                  gpointer     row);
typedef gint64 (*CptApiRowId)     (gpointer     row);
/* 200 with {"<member>": [rows], "next_cursor": next_cursor or null}. */
void         cpt_api_request_reply_list        (CptApiRequest   *request,
                                                const char      *member,
                                                GPtrArray       *rows,
                                                const char      *next_cursor,
                                                CptApiRowToJson  to_json);
/* The same for a page read with limit + 1 rows: the extra row, when there
 * is one, only says another page follows; it is dropped and next_cursor
 * names the last row kept. */
void         cpt_api_request_reply_page        (CptApiRequest   *request,
                                                const char      *member,
                                                GPtrArray       *rows,
                                                guint            limit,
                                                const char      *cursor_kind,
                                                CptApiRowId      row_id,
                                                CptApiRowToJson  to_json);
void         cpt_api_request_reply_pdf         (CptApiRequest *request,
                                                GBytes        *pdf,
                                                const char    *file_name);
void         cpt_api_request_reply_failure     (CptApiRequest *request,
                                                guint          status,
                                                const char    *code,
                                                const char    *message,
                                                GPtrArray     *details);
/* Maps a CPT_ERROR to its status and code (INVALID 422, NOT_FOUND 404,
 * CONFLICT and STATE 409, NETWORK 502 "mail", anything else 500). */
void         cpt_api_request_reply_error       (CptApiRequest *request,
                                                const GError  *error);
void         cpt_api_request_reply_error_details (CptApiRequest *request,
                                                  const GError  *error,
                                                  GPtrArray     *details);

char        *cpt_api_error_body                (const char    *code,
                                                const char    *message,
                                                GPtrArray     *details);

G_END_DECLS
