/* test-api-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-preferences-window.h"
#include "cpt-settings-service.h"
#include "forms-test.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child) &&
          (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0))
        return child;
      found = find_descendant (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Préférences → API writes the settings the application's API controller
 * follows: enabled, port, and a regenerated token. */
static void
test_api_page (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *token = NULL;
  g_autofree char *regenerated = NULL;
  CptPreferencesWindow *window;
  GtkWidget *toggle, *spin, *regenerate;

  g_unsetenv ("COMPTOIR_API_TOKEN");
  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));
  cpt_preferences_window_show_page (window, "api");
  forms_test_spin (100);

  toggle = find_descendant (GTK_WIDGET (window), GTK_TYPE_SWITCH, NULL);
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (cpt_settings_get_boolean (db, CPT_SETTING_API_ENABLED, FALSE));

  spin = find_descendant (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 8765);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 9876);
  g_assert_cmpint (cpt_settings_get_int (db, CPT_SETTING_API_PORT, 0), ==, 9876);

  /* The token shown was generated at first use; « Régénérer » replaces it. */
  token = cpt_settings_get (db, CPT_SETTING_API_TOKEN, NULL);
  g_assert_nonnull (token);
  regenerate = find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, g_dgettext (GETTEXT_PACKAGE, "_Regenerate"));
  g_assert_nonnull (regenerate);
  g_signal_emit_by_name (regenerate, "clicked");
  regenerated = cpt_settings_get (db, CPT_SETTING_API_TOKEN, NULL);
  g_assert_cmpstr (regenerated, !=, token);

  forms_test_screenshot (GTK_WIDGET (window), "preferences-api");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/ui/preferences/api", test_api_page);

  return g_test_run ();
}
