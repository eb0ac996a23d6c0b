/* cpt-api-server.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-api-request.h"

G_BEGIN_DECLS

#define CPT_TYPE_API_SERVER (cpt_api_server_get_type ())

G_DECLARE_FINAL_TYPE (CptApiServer, cpt_api_server, CPT, API_SERVER, GObject)

CptApiServer *cpt_api_server_new       (CptDatabase   *database,
                                        const char    *token);
/* Listens on 127.0.0.1 and ::1 (IPv4 alone when the machine has no IPv6);
 * port 0 picks a free one. Requests are handled in the thread-default
 * main context of the caller. */
gboolean      cpt_api_server_start     (CptApiServer  *self,
                                        guint          port,
                                        GError       **error);
void          cpt_api_server_stop      (CptApiServer  *self);
guint         cpt_api_server_get_port  (CptApiServer  *self);
const char   *cpt_api_server_get_token (CptApiServer  *self);
void          cpt_api_server_set_token (CptApiServer  *self,
                                        const char    *token);

/* pattern: a path where "{id}" matches a positive integer, handed to the
 * handler in request->ids in order. */
void          cpt_api_server_add_route (CptApiServer  *self,
                                        const char    *method,
                                        const char    *pattern,
                                        CptApiHandler  handler);

G_END_DECLS
