/* cpt-api-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-controller.h"
#include "cpt-api-page.h"
#include "cpt-api-token.h"
#include "cpt-application.h"
#include "cpt-settings-service.h"

#define DEFAULT_PORT 8765

typedef struct
{
  CptDatabase *db;
  GtkWidget   *token_label;
  GtkWidget   *error_label;
} ApiPage;

static void
api_page_free (ApiPage *page)
{
  g_object_unref (page->db);
  g_free (page);
}

static void
show_error (ApiPage      *page,
            const GError *error)
{
  gtk_label_set_text (GTK_LABEL (page->error_label), error ? error->message : "");
  gtk_widget_set_visible (page->error_label, error != NULL);
}

static void
refresh_token (ApiPage *page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = cpt_api_token_dup (page->db, &error);

  gtk_label_set_text (GTK_LABEL (page->token_label), token ? token : "");
  show_error (page, error);
}

static void
on_switch_active_cb (GtkSwitch  *toggle,
                     GParamSpec *pspec,
                     ApiPage    *page)
{
  g_autoptr(GError) error = NULL;

  cpt_settings_set (page->db, CPT_SETTING_API_ENABLED, gtk_switch_get_active (toggle) ? "1" : "0", &error);
  show_error (page, error);
}

static void
on_port_value_changed_cb (GtkSpinButton *spin,
                          ApiPage       *page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *port = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));

  cpt_settings_set (page->db, CPT_SETTING_API_PORT, port, &error);
  show_error (page, error);
}

static void
on_regenerate_clicked_cb (GtkButton *button,
                          ApiPage   *page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = cpt_settings_regenerate_api_token (page->db, &error);

  if (token == NULL)
    show_error (page, error);
  else
    refresh_token (page);
}

static void
on_copy_clicked_cb (GtkButton *button,
                    ApiPage   *page)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)),
                          gtk_label_get_text (GTK_LABEL (page->token_label)));
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

AdwPreferencesPage *
cpt_api_page_new (CptDatabase *db)
{
  AdwPreferencesPage *preferences;
  GtkWidget *group, *row, *toggle, *spin, *box, *button;
  GApplication *app = g_application_get_default ();
  CptApiController *controller = NULL;
  ApiPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = g_new0 (ApiPage, 1);
  page->db = g_object_ref (db);

  preferences = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (preferences, "api");
  adw_preferences_page_set_title (preferences, _("API"));
  adw_preferences_page_set_icon_name (preferences, "network-server-symbolic");
  g_object_set_data_full (G_OBJECT (preferences), "cpt-api-page", page, (GDestroyNotify) api_page_free);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Integration API"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A web shop, a marketplace connector or a script can create and read "
                                           "orders over HTTP. The API answers this computer only (127.0.0.1) and "
                                           "requires the token below."));
  adw_preferences_page_add (preferences, ADW_PREFERENCES_GROUP (group));

  row = new_row (_("_Enable the API"), NULL);
  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), cpt_settings_get_boolean (db, CPT_SETTING_API_ENABLED, FALSE));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), page);

  row = new_row (_("_Port"), _("8765 unless another program already uses it"));
  spin = gtk_spin_button_new_with_range (1024, 65535, 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), cpt_settings_get_int (db, CPT_SETTING_API_PORT, DEFAULT_PORT));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_port_value_changed_cb), page);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Token"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Clients send it as “Authorization: Bearer …”. Regenerating it refuses "
                                           "the old one at once."));
  adw_preferences_page_add (preferences, ADW_PREFERENCES_GROUP (group));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (box, "card");
  page->token_label = gtk_label_new (NULL);
  gtk_label_set_selectable (GTK_LABEL (page->token_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (page->token_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (page->token_label), PANGO_WRAP_CHAR);
  gtk_label_set_xalign (GTK_LABEL (page->token_label), 0);
  gtk_widget_set_hexpand (page->token_label, TRUE);
  gtk_widget_set_margin_start (page->token_label, 12);
  gtk_widget_set_margin_top (page->token_label, 12);
  gtk_widget_set_margin_bottom (page->token_label, 12);
  gtk_widget_add_css_class (page->token_label, "monospace");
  gtk_accessible_update_property (GTK_ACCESSIBLE (page->token_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("API token"), -1);
  gtk_box_append (GTK_BOX (box), page->token_label);

  button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Copy the token"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy the token"), -1);
  gtk_box_append (GTK_BOX (box), button);
  g_signal_connect (button, "clicked", G_CALLBACK (on_copy_clicked_cb), page);

  button = gtk_button_new_with_mnemonic (_("_Regenerate"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (button, 12);
  gtk_box_append (GTK_BOX (box), button);
  g_signal_connect (button, "clicked", G_CALLBACK (on_regenerate_clicked_cb), page);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  page->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (page->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (page->error_label), 0);
  gtk_widget_add_css_class (page->error_label, "error");
  gtk_widget_set_visible (page->error_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), page->error_label);

  /* What the running server does, as the application's controller says. */
  if (CPT_IS_APPLICATION (app))
    controller = cpt_application_get_api_controller (CPT_APPLICATION (app));
  if (controller != NULL)
    {
      GtkWidget *status;

      group = adw_preferences_group_new ();
      adw_preferences_page_add (preferences, ADW_PREFERENCES_GROUP (group));
      row = new_row (_("Status"), NULL);
      status = gtk_label_new (NULL);
      gtk_label_set_selectable (GTK_LABEL (status), TRUE);
      gtk_label_set_wrap (GTK_LABEL (status), TRUE);
      gtk_widget_add_css_class (status, "dim-label");
      g_object_bind_property (controller, "status", status, "label", G_BINDING_SYNC_CREATE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  refresh_token (page);
  return preferences;
}
