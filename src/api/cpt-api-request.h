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
void         cpt_api_request_reply_query_error (CptApiRequest *request,
                                                const char    *field,
                                                const char    *message);
gboolean     cpt_api_request_wants_pdf         (CptApiRequest *request);

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
/* The PDF of a document, for a request with Accept: application/pdf. */
void         cpt_api_request_reply_document    (CptApiRequest *request,
                                                CptDocument   *document);
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
