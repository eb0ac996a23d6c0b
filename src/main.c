/* main.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cpt-api-serve.h"
#include "cpt-application.h"

/* Started from the build tree (build-aux/run, tests), the catalogues are
 * the ones built in _build/po: nothing is installed yet. */
static const char *
locale_directory (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_root = g_path_get_dirname (BUILD_LOCALEDIR);
  g_autofree char *prefix = g_strconcat (build_root, G_DIR_SEPARATOR_S, NULL);

  if (exe != NULL && g_str_has_prefix (exe, prefix))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CptApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_directory ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless: decided before the application exists, so GTK is never
   * initialised and no display is needed. */
  if (cpt_api_serve_is_requested (argc, argv))
    return cpt_api_serve_main (argc, argv);

  app = cpt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
