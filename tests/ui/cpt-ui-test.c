/* cpt-ui-test.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cpt-ui-test.h"

CptApplication *
cpt_ui_test_application_new (const char *database_path)
{
  static guint n_apps;
  CptApplication *app = cpt_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++n_apps);

  /* Transitions would put two pages on a screenshot half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cpt_application_set_database_path (app, database_path);
  /* Each test's application on the bus under its own name, whatever
   * the previous one left behind. */
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

CptWindow *
cpt_ui_test_activate (CptApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CPT_IS_WINDOW (window));
  gtk_window_set_default_size (window, 1400, 860);
  cpt_ui_test_wait_drawn (GTK_WIDGET (window));
  return CPT_WINDOW (window);
}

void
cpt_ui_test_destroy (CptApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  while (g_main_context_iteration (NULL, FALSE));
}

gboolean
cpt_ui_test_wait (CptUiTestCondition condition,
                  gpointer           data,
                  guint              timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

void
cpt_ui_test_wait_ms (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
on_frame_cb (GdkFrameClock *clock,
             gboolean      *drawn)
{
  *drawn = TRUE;
}

/* Until the window went through a frame: layout done and painted. */
void
cpt_ui_test_wait_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean drawn = FALSE;
  gulong id;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_cb), &drawn);
  gtk_widget_queue_draw (widget);
  while (!drawn && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

typedef struct {
  GtkWidget *window;
  int        width;
  int        height;
} Size;

static gboolean
has_size (gpointer data)
{
  Size *size = data;

  /* Client-side decorations take a few pixels of the default size: the
   * content gets at most that much, a stricter test. */
  return ABS (gtk_widget_get_width (size->window) - size->width) <= 16
         && ABS (gtk_widget_get_height (size->window) - size->height) <= 16;
}

/* The window at the given size, laid out and painted. */
void
cpt_ui_test_resize (GtkWindow *window,
                    int        width,
                    int        height)
{
  Size size = { GTK_WIDGET (window), width, height };

  gtk_window_set_default_size (window, width, height);
  if (!cpt_ui_test_wait (has_size, &size, 5000))
    g_error ("window %d × %d, wanted %d × %d", gtk_widget_get_width (size.window),
             gtk_widget_get_height (size.window), width, height);
  cpt_ui_test_wait_drawn (GTK_WIDGET (window));
}

/* Whether every visible column view under root fits its scrolled window's
 * width: nothing to scroll sideways. */
gboolean
cpt_ui_test_fits_width (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root) && gtk_widget_get_mapped (root)
      && GTK_IS_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (root))))
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (root));

      if (gtk_adjustment_get_upper (h) > gtk_adjustment_get_page_size (h))
        {
          g_test_message ("%s is %g px wide for %g px",
                          gtk_widget_get_name (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (root))),
                          gtk_adjustment_get_upper (h), gtk_adjustment_get_page_size (h));
          return FALSE;
        }
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!cpt_ui_test_fits_width (child))
      return FALSE;
  return TRUE;
}

void
cpt_ui_test_screenshot (GtkWidget  *widget,
                        const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  cpt_ui_test_wait_drawn (widget);
  cpt_ui_test_wait_ms (50);
  cpt_ui_test_wait_drawn (widget);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("CPT_BUILD_ROOT") ? g_getenv ("CPT_BUILD_ROOT") : ".",
                          "tests", "ui", "screenshots", NULL);
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

GtkWidget *
cpt_ui_test_find_label (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = cpt_ui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
cpt_ui_test_find_type (GtkWidget *root,
                       GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = cpt_ui_test_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

AdwMessageDialog *
cpt_ui_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

char *
cpt_ui_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cpt-ui-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
cpt_ui_test_remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}
