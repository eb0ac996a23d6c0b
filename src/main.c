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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CptApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless: decided before the application exists, so GTK is never
   * initialised and no display is needed. */
  if (cpt_api_serve_is_requested (argc, argv))
    return cpt_api_serve_main (argc, argv);

  app = cpt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
