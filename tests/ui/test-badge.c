/* test-badge.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "cpt-badge.h"

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The classes reach the label, and setting the same ones again (what
 * every bind of a row in the same state does) leaves the label alone. */
static void
test_classes_only_when_changed (void)
{
  GtkWidget *badge = g_object_ref_sink (cpt_badge_new ());
  GtkWidget *label = GTK_WIDGET (cpt_badge_get_child (CPT_BADGE (badge)));
  const char *draft[] = { "cpt-badge", "cpt-status-draft", NULL };
  const char *void_[] = { "cpt-badge", "cpt-status-void", NULL };
  guint badge_notifies = 0, label_notifies = 0;

  g_signal_connect (badge, "notify::classes", G_CALLBACK (on_notify_cb), &badge_notifies);
  g_signal_connect (label, "notify::css-classes", G_CALLBACK (on_notify_cb), &label_notifies);

  g_object_set (badge, "classes", draft, "label", "Brouillon", NULL);
  g_assert_true (gtk_widget_has_css_class (label, "cpt-badge"));
  g_assert_true (gtk_widget_has_css_class (label, "cpt-status-draft"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Brouillon");
  g_assert_cmpuint (badge_notifies, ==, 1);
  g_assert_cmpuint (label_notifies, ==, 1);

  for (int i = 0; i < 3; i++)
    g_object_set (badge, "classes", draft, NULL);
  g_assert_cmpuint (badge_notifies, ==, 1);
  g_assert_cmpuint (label_notifies, ==, 1);

  g_object_set (badge, "classes", void_, NULL);
  g_assert_false (gtk_widget_has_css_class (label, "cpt-status-draft"));
  g_assert_true (gtk_widget_has_css_class (label, "cpt-status-void"));
  g_assert_cmpuint (badge_notifies, ==, 2);
  g_assert_cmpuint (label_notifies, ==, 2);

  /* No classes at all: a draft order has nothing invoiced to show. */
  g_object_set (badge, "classes", NULL, NULL);
  g_assert_false (gtk_widget_has_css_class (label, "cpt-badge"));
  g_object_set (badge, "classes", NULL, NULL);
  g_assert_cmpuint (label_notifies, ==, 3);

  g_object_unref (badge);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/badge/classes-only-when-changed", test_classes_only_when_changed);
  return g_test_run ();
}
