/* forms-test.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "forms-test.h"

static char *tmpdir;

static void
remove_tmpdir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmpdir == NULL)
    return;

  dir = g_dir_open (tmpdir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
}

void
forms_test_init (int    *argc,
                 char ***argv)
{
  /* French formats and strings, as the users see them; build-tree
   * translations so that the screenshots show French. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("comptoir-forms-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  atexit (remove_tmpdir);
}

CptDatabase *
forms_test_open_db (void)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("test-%u.db", ++counter);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  CptDatabase *db = cpt_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

GtkWindow *
forms_test_parent (void)
{
  static GtkWindow *parent;

  if (parent == NULL)
    {
      parent = GTK_WINDOW (gtk_window_new ());
      gtk_window_present (parent);
    }

  return parent;
}

void
forms_test_spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    while (g_main_context_iteration (NULL, FALSE))
      ;
  while (g_get_monotonic_time () < end && (g_usleep (2000), TRUE));
}

void
forms_test_screenshot (GtkWidget  *widget,
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

  /* A loaded machine may take a while to map and lay out the window. */
  forms_test_spin (100);
  for (guint i = 0; i < 500 && (gtk_widget_get_width (widget) == 0 || !gtk_widget_get_mapped (widget)); i++)
    forms_test_spin (10);
  forms_test_spin (100);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);

  /* The first frame may not be drawn yet on a loaded machine. */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        forms_test_spin (20);
    }
  if (node == NULL || width == 0 || height == 0)
    {
      g_test_message ("No screenshot %s: the window was not drawn in time", name);
      return;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("CPT_BUILD_ROOT") ? g_getenv ("CPT_BUILD_ROOT") : ".",
                          "tests", "ui", "screenshots", NULL);
  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s.png", name);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

gint64
forms_test_query_int (CptDatabase *db,
                      const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

char *
forms_test_query_text (CptDatabase *db,
                       const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* The newest toplevel of @type, e.g. the dialog a button just opened. */
GtkWindow *
forms_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        found = window;
    }

  return found;
}

/* The n-th descendant of @root of @type, depth first, not looking inside
 * a match (the text of an AdwEntryRow is not another entry). */
GtkWidget *
forms_test_find_nth (GtkWidget *root,
                     GType      type,
                     guint      n)
{
  GtkWidget *w = gtk_widget_get_first_child (root);

  while (w != NULL)
    {
      gboolean match = G_TYPE_CHECK_INSTANCE_TYPE (w, type);

      if (match && n-- == 0)
        return w;
      if (!match && gtk_widget_get_first_child (w) != NULL)
        {
          w = gtk_widget_get_first_child (w);
          continue;
        }
      while (w != root && gtk_widget_get_next_sibling (w) == NULL)
        w = gtk_widget_get_parent (w);
      w = w == root ? NULL : gtk_widget_get_next_sibling (w);
    }

  return NULL;
}
