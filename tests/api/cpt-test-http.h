/* cpt-test-http.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Real HTTP requests (libcurl) to a server served by this thread's main
 * context: the request runs in a worker thread while the calling thread
 * keeps dispatching the server. */
typedef struct
{
  long      status;
  GBytes   *body;
  char     *content_type;
  JsonNode *json;
  gdouble   seconds;
} CptTestResponse;

void             cpt_test_response_free   (CptTestResponse *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptTestResponse, cpt_test_response_free)

CptTestResponse *cpt_test_http            (guint        port,
                                           const char  *token,
                                           const char  *method,
                                           const char  *path,
                                           const char  *body,
                                           gsize        body_length,
                                           const char * const *headers);
/* Sends only the request line and headers (declaring a body it never
 * sends) on a raw socket and reads the answer. */
CptTestResponse *cpt_test_http_headers_only (guint       port,
                                             const char *head);

JsonObject      *cpt_test_response_object (CptTestResponse *response);
const char      *cpt_test_response_error_code (CptTestResponse *response);
/* The first detail whose field is `field`, or NULL. */
JsonObject      *cpt_test_response_detail (CptTestResponse *response,
                                           const char      *field);

G_END_DECLS
