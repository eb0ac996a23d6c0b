/* cpt-settings-list.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-settings-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-settings-list.h"

typedef struct
{
  AdwPreferencesPage        *page;   /* unowned: the group lives in it */
  AdwPreferencesGroup       *group;  /* unowned */
  CptDatabase               *db;
  const CptSettingsListKind *kind;
  GPtrArray                 *rows;
} SettingsList;

static void
settings_list_free (SettingsList *list)
{
  g_clear_object (&list->db);
  g_clear_pointer (&list->rows, g_ptr_array_unref);
  g_free (list);
}

static void
on_row_activated_cb (AdwActionRow *row,
                     SettingsList *list)
{
  GObject *object = g_object_get_data (G_OBJECT (row), "object");

  list->kind->open (GTK_WIDGET (list->page), list->db, object);
}

static void
reload (SettingsList *list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  for (guint i = 0; i < list->rows->len; i++)
    adw_preferences_group_remove (list->group, g_ptr_array_index (list->rows, i));
  g_ptr_array_set_size (list->rows, 0);

  objects = list->kind->list (list->db, &error);
  if (objects == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_widget_add_css_class (row, "error");
      adw_preferences_group_add (list->group, row);
      g_ptr_array_add (list->rows, row);
      return;
    }

  for (guint i = 0; i < objects->len; i++)
    {
      GObject *object = g_ptr_array_index (objects, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      list->kind->describe (object, &title, &subtitle);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "object", g_object_ref (object), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), list);
      adw_preferences_group_add (list->group, row);
      g_ptr_array_add (list->rows, row);
    }
}

static void
on_database_changed_cb (CptDatabase *db,
                        const char  *kind,
                        GtkWidget   *group)
{
  reload (g_object_get_data (G_OBJECT (group), "cpt-settings-list"));
}

static void
on_add_clicked_cb (GtkButton    *button,
                   SettingsList *list)
{
  list->kind->open (GTK_WIDGET (list->page), list->db, NULL);
}

AdwPreferencesGroup *
cpt_settings_list_add (AdwPreferencesPage        *page,
                       CptDatabase               *db,
                       const CptSettingsListKind *kind,
                       const char                *title,
                       const char                *description,
                       const char                *add_label)
{
  SettingsList *list = g_new0 (SettingsList, 1);
  g_autofree char *signal = g_strdup_printf ("changed::%s", kind->changed_detail);
  GtkWidget *button;

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  list->page = page;
  list->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  list->db = g_object_ref (db);
  list->kind = kind;
  list->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (list->group, title);
  adw_preferences_group_set_description (list->group, description);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                      "icon-name", "list-add-symbolic",
                                      "label", add_label,
                                      "use-underline", TRUE,
                                      NULL));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked_cb), list);
  adw_preferences_group_set_header_suffix (list->group, button);

  g_object_set_data_full (G_OBJECT (list->group), "cpt-settings-list", list,
                          (GDestroyNotify) settings_list_free);
  g_signal_connect_object (db, signal, G_CALLBACK (on_database_changed_cb), list->group, 0);

  adw_preferences_page_add (page, list->group);
  reload (list);

  return list->group;
}
