/* cpt-application.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-application.h"
#include "cpt-window.h"

struct _CptApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
};

G_DEFINE_FINAL_TYPE (CptApplication, cpt_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this database file instead of the default one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

char *
cpt_application_dup_default_database_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "comptoir", "comptoir.db", NULL);
}

const char *
cpt_application_get_database_path (CptApplication *self)
{
  g_return_val_if_fail (CPT_IS_APPLICATION (self), NULL);

  return self->database_path;
}

static int
cpt_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  CptApplication *self = CPT_APPLICATION (app);
  g_autofree char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("comptoir %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database_path);
      self->database_path = g_file_get_path (file);
      /* Two windows on two files must not be merged into one instance. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
cpt_application_activate (GApplication *app)
{
  CptApplication *self = CPT_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (cpt_window_new (self));

  gtk_window_present (window);
}

static void
cpt_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (cpt_application_parent_class)->startup (app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
cpt_application_finalize (GObject *object)
{
  CptApplication *self = CPT_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cpt_application_parent_class)->finalize (object);
}

static void
cpt_application_class_init (CptApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cpt_application_finalize;
  app_class->activate = cpt_application_activate;
  app_class->startup = cpt_application_startup;
  app_class->handle_local_options = cpt_application_handle_local_options;
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
cpt_application_init (CptApplication *self)
{
  static const GActionEntry app_entries[] = {
    { "quit", on_quit_activated_cb },
  };

  self->database_path = cpt_application_dup_default_database_path ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
}

CptApplication *
cpt_application_new (void)
{
  return g_object_new (CPT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
