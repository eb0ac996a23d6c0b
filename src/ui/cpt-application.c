/* cpt-application.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "cpt-error.h"

#include "cpt-application.h"
#include "cpt-document-actions.h"
#include "cpt-send-dialog.h"
#include "cpt-window.h"

struct _CptApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  CptDatabase    *database;
  CptApiController *api_controller;
  GError         *database_error;
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

/* Another file than the default one, as `--database FILE` does; before
 * activation. Such an instance never merges with another one. */
void
cpt_application_set_database_path (CptApplication *self,
                                   const char     *path)
{
  g_return_if_fail (CPT_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->database == NULL);

  g_free (self->database_path);
  self->database_path = g_strdup (path);
  g_application_set_flags (G_APPLICATION (self),
                           g_application_get_flags (G_APPLICATION (self)) | G_APPLICATION_NON_UNIQUE);
}

/**
 * cpt_application_get_database:
 *
 * Returns: (transfer none) (nullable): the open database, or %NULL before
 *   activation or when it could not be opened
 */
CptDatabase *
cpt_application_get_database (CptApplication *self)
{
  g_return_val_if_fail (CPT_IS_APPLICATION (self), NULL);

  return self->database;
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
      g_autofree char *path = g_file_get_path (file);

      /* Two windows on two files must not be merged into one instance. */
      cpt_application_set_database_path (self, path);
    }

  return -1;
}

static gboolean
cpt_application_open_database (CptApplication  *self,
                               GError         **error)
{
  g_autofree char *directory = g_path_get_dirname (self->database_path);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
                   _("The folder %s could not be created: %s"),
                   directory, g_strerror (saved_errno));
      return FALSE;
    }

  self->database = cpt_database_open (self->database_path, error);
  return self->database != NULL;
}

static void
on_database_error_response_cb (CptApplication *self,
                               const char     *response,
                               AdwMessageDialog *dialog)
{
  g_application_release (G_APPLICATION (self));
}

/* Without its file there is nothing Comptoir can show: say why, and quit
 * when the message is closed. */
static void
cpt_application_show_database_error (CptApplication *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("The Database Could Not Be Opened"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Comptoir could not open %s.\n\n%s"),
                                  self->database_path, self->database_error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_database_error_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cpt_application_activate (GApplication *app)
{
  CptApplication *self = CPT_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL && self->database_error == NULL)
    cpt_application_open_database (self, &self->database_error);

  if (self->database == NULL)
    {
      cpt_application_show_database_error (self);
      return;
    }

  /* The integration API, when the settings enable it, serves this same
   * database: the window sees what it creates. */
  if (self->api_controller == NULL)
    self->api_controller = cpt_api_controller_new (self->database);

  window = GTK_WINDOW (cpt_window_new (self));
  gtk_window_present (window);
}

/**
 * cpt_application_get_api_controller:
 *
 * Returns: (transfer none) (nullable): the integration API's controller,
 * or %NULL before the database is open
 */
CptApiController *
cpt_application_get_api_controller (CptApplication *self)
{
  g_return_val_if_fail (CPT_IS_APPLICATION (self), NULL);

  return self->api_controller;
}

/* Every accelerator is set here, and listed in gtk/help-overlay.ui. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.preferences", { "<Control>comma", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
  { "win.page::orders", { "<Alt>1", NULL } },
  { "win.page::invoices", { "<Alt>2", NULL } },
  { "win.page::shipments", { "<Alt>3", NULL } },
  { "win.page::customers", { "<Alt>4", NULL } },
  { "win.page::items", { "<Alt>5", NULL } },
};

static void
cpt_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (cpt_application_parent_class)->startup (app);

  cpt_send_dialog_install_actions ();
  cpt_document_actions_install ();

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
cpt_application_finalize (GObject *object)
{
  CptApplication *self = CPT_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->api_controller);
  g_clear_object (&self->database);
  g_clear_error (&self->database_error);

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
on_about_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { N_("The Comptoir authors"), NULL };
  const char *translated_developers[] = { _(developers[0]), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Comptoir",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _(developers[0]),
                         "developers", translated_developers,
                         "copyright", _("© 2026 The Comptoir authors"),
                         "comments", _("Sales orders, invoices, shipments and stock for small French businesses"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
cpt_application_init (CptApplication *self)
{
  static const GActionEntry app_entries[] = {
    { "quit", on_quit_activated_cb },
    { "about", on_about_activated_cb },
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
