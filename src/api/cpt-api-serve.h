/* cpt-api-serve.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `comptoir --serve [--database FILE] [--port N]`: the API without any
 * window (GTK is never initialised). Prints "Listening on
 * http://127.0.0.1:PORT/" as its first line and runs until SIGINT or
 * SIGTERM. Returns the process exit status. */
int      cpt_api_serve_main           (int    argc,
                                       char **argv);
gboolean cpt_api_serve_is_requested   (int    argc,
                                       char **argv);

G_END_DECLS
