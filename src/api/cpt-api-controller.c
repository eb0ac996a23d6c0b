/* cpt-api-controller.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-controller"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-controller.h"
#include "cpt-api-routes.h"
#include "cpt-api-token.h"
#include "cpt-settings-service.h"

#define DEFAULT_PORT 8765

struct _CptApiController
{
  GObject       parent_instance;

  CptDatabase  *database;
  CptApiServer *server;
  guint         port;     /* asked for: a change restarts the server */
  char         *status;
};

G_DEFINE_FINAL_TYPE (CptApiController, cpt_api_controller, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_status (CptApiController *self,
            char             *status)
{
  if (g_strcmp0 (self->status, status) == 0)
    {
      g_free (status);
      return;
    }
  g_free (self->status);
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

static void
apply_settings (CptApiController *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  gboolean enabled = cpt_settings_get_boolean (self->database, CPT_SETTING_API_ENABLED, FALSE);
  gint64 port = cpt_settings_get_int (self->database, CPT_SETTING_API_PORT, DEFAULT_PORT);

  if (!enabled)
    {
      g_clear_object (&self->server);
      set_status (self, g_strdup (_("The API is off.")));
      return;
    }

  if (port < 0 || port > 65535)
    port = DEFAULT_PORT;
  token = cpt_api_token_dup (self->database, &error);
  if (token == NULL)
    {
      g_clear_object (&self->server);
      set_status (self, g_strdup_printf (_("The API could not start: %s"), error->message));
      return;
    }

  /* A new token only changes what is checked; a new port needs a new
   * listening socket. */
  if (self->server != NULL && self->port == (guint) port)
    {
      cpt_api_server_set_token (self->server, token);
      return;
    }

  g_clear_object (&self->server);
  self->server = cpt_api_server_new (self->database, token);
  cpt_api_routes_register (self->server);
  self->port = (guint) port;
  if (!cpt_api_server_start (self->server, self->port, &error))
    {
      g_clear_object (&self->server);
      set_status (self, g_strdup_printf (_("The API could not start: %s"), error->message));
      return;
    }
  set_status (self, g_strdup_printf (_("Listening on http://127.0.0.1:%u/"),
                                     cpt_api_server_get_port (self->server)));
}

static void
on_database_changed_cb (CptApiController *self,
                        const char       *kind,
                        CptDatabase      *database)
{
  apply_settings (self);
}

static void
cpt_api_controller_finalize (GObject *object)
{
  CptApiController *self = CPT_API_CONTROLLER (object);

  g_clear_object (&self->server);
  g_clear_object (&self->database);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (cpt_api_controller_parent_class)->finalize (object);
}

static void
cpt_api_controller_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CptApiController *self = CPT_API_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_api_controller_class_init (CptApiControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_api_controller_finalize;
  object_class->get_property = cpt_api_controller_get_property;

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_api_controller_init (CptApiController *self)
{
}

CptApiController *
cpt_api_controller_new (CptDatabase *database)
{
  CptApiController *self;

  g_return_val_if_fail (CPT_IS_DATABASE (database), NULL);

  self = g_object_new (CPT_TYPE_API_CONTROLLER, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_object (database, "changed::settings",
                           G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  apply_settings (self);
  return self;
}

const char *
cpt_api_controller_get_status (CptApiController *self)
{
  g_return_val_if_fail (CPT_IS_API_CONTROLLER (self), NULL);

  return self->status;
}

guint
cpt_api_controller_get_port (CptApiController *self)
{
  g_return_val_if_fail (CPT_IS_API_CONTROLLER (self), 0);

  return self->server ? cpt_api_server_get_port (self->server) : 0;
}
