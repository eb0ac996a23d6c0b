/* cpt-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-window.h"

struct _CptWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (CptWindow, cpt_window, ADW_TYPE_APPLICATION_WINDOW)

static void
cpt_window_dispose (GObject *object)
{
  CptWindow *self = CPT_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cpt_window_parent_class)->dispose (object);
}

static void
cpt_window_class_init (CptWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-window.ui");
}

static void
cpt_window_init (CptWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

CptWindow *
cpt_window_new (CptApplication *application)
{
  return g_object_new (CPT_TYPE_WINDOW, "application", application, NULL);
}
