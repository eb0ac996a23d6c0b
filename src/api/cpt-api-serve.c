/* cpt-api-serve.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-serve"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>

#include "cpt-api-routes.h"
#include "cpt-api-serve.h"
#include "cpt-api-token.h"
#include "cpt-database.h"

#define DEFAULT_PORT 8765

gboolean
cpt_api_serve_is_requested (int    argc,
                            char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--serve") == 0)
      return TRUE;
  return FALSE;
}

static gboolean
on_signal_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

int
cpt_api_serve_main (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CptDatabase) database = NULL;
  g_autoptr(CptApiServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *database_path = NULL;
  g_autofree char *token = NULL;
  g_autofree char *directory = NULL;
  gboolean serve = FALSE;
  int port = DEFAULT_PORT;
  GOptionEntry entries[] = {
    { "serve", 0, 0, G_OPTION_ARG_NONE, &serve,
      N_("Serve the integration API without opening a window"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database_path,
      N_("Open this database file instead of the default one"), N_("FILE") },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port,
      N_("Listen on this port (0 picks a free one)"), N_("PORT") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (port < 0 || port > 65535)
    {
      g_printerr (_("The port must be between 0 and 65535.\n"));
      return 2;
    }

  if (database_path == NULL)
    database_path = g_build_filename (g_get_user_data_dir (), "comptoir", "comptoir.db", NULL);
  directory = g_path_get_dirname (database_path);
  g_mkdir_with_parents (directory, 0700);

  database = cpt_database_open (database_path, &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  token = cpt_api_token_dup (database, &error);
  if (token == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  server = cpt_api_server_new (database, token);
  cpt_api_routes_register (server);
  if (!cpt_api_server_start (server, (guint) port, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* The first line is read by scripts and tests to learn the port. */
  g_print ("Listening on http://127.0.0.1:%u/\n", cpt_api_server_get_port (server));
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, on_signal_cb, loop);
  g_unix_signal_add (SIGTERM, on_signal_cb, loop);
  g_main_loop_run (loop);

  cpt_api_server_stop (server);
  return 0;
}
