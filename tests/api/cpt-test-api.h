/* cpt-test-api.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-server.h"
#include "cpt-test-http.h"

G_BEGIN_DECLS

#define CPT_TEST_TOKEN "5f2b1c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c"

/* A fresh database in a temporary directory and the API server with every
 * route on a free loopback port. */
typedef struct
{
  char         *directory;
  CptDatabase  *database;
  CptApiServer *server;
  guint         port;
} CptTestApi;

void             cpt_test_api_init     (int          *argc,
                                        char       ***argv);
CptTestApi      *cpt_test_api_new      (void);
void             cpt_test_api_free     (CptTestApi   *api);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptTestApi, cpt_test_api_free)

/* Request with the right token; body NULL for none. The answer's status
 * must be @expected_status (0: anything). */
CptTestResponse *cpt_test_api_call     (CptTestApi   *api,
                                        const char   *method,
                                        const char   *path,
                                        const char   *body,
                                        long          expected_status);
CptTestResponse *cpt_test_api_call_with (CptTestApi  *api,
                                         const char  *method,
                                         const char  *path,
                                         const char  *body,
                                         const char * const *headers,
                                         long         expected_status);
/* POST that must answer 201; returns the new resource's "id". */
gint64           cpt_test_api_create   (CptTestApi   *api,
                                        const char   *path,
                                        const char   *body);

/* The text of a PDF answer (pdftotext), after checking it starts with %PDF. */
char            *cpt_test_pdf_text     (GBytes       *pdf);

G_END_DECLS
