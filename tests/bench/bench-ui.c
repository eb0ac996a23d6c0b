/* bench-ui.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include <locale.h>

#include "cpt-order-summary.h"
#include "cpt-orders-page.h"
#include "cpt-page.h"
#include "cpt-ui-test.h"

/* The window on the benchmark's file of 1 000 000 orders (ARCHITECTURE.md
 * §8): first window painted with the first page, a search keystroke to
 * the updated list, scrolling the list, opening an order. Merges its
 * figures into _build/bench/results.json. */

#define SCROLL_FRAMES 240

static gint64
now_us (void)
{
  return g_get_monotonic_time ();
}

static CptOrdersPage *
orders_page (CptWindow *window)
{
  return CPT_ORDERS_PAGE (cpt_window_get_page_widget (window, "orders"));
}

static gboolean
list_idle (gpointer data)
{
  return !cpt_lazy_list_get_loading (data);
}

typedef struct
{
  GtkAdjustment *adjustment;
  guint          frames;
  gint64         start;
  gint64         end;
  double         step;
} ScrollRun;

/* One step per frame, as a flick of the wheel would; the frame clock
 * paces the ticks, so frames over time is what the screen shows. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  ScrollRun *run = data;
  double value = gtk_adjustment_get_value (run->adjustment) + run->step;

  if (run->frames == 0)
    run->start = now_us ();
  gtk_adjustment_set_value (run->adjustment, value);
  if (++run->frames >= SCROLL_FRAMES)
    {
      run->end = now_us ();
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
scroll_done (gpointer data)
{
  return ((ScrollRun *) data)->end != 0;
}

static void
merge_results (const char *path,
               double      first_window_ms,
               double      search_ms,
               double      scroll_fps,
               double      open_order_ms)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = NULL;

  if (json_parser_load_from_file (parser, path, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    object = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  else
    object = json_object_new ();

  json_object_set_double_member (object, "ui_first_window_ms", first_window_ms);
  json_object_set_double_member (object, "ui_search_ms", search_ms);
  json_object_set_double_member (object, "ui_scroll_fps", scroll_fps);
  json_object_set_double_member (object, "ui_open_order_ms", open_order_ms);

  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, path, &error))
    g_printerr ("Could not write %s: %s\n", path, error->message);
}

int
main (int argc, char *argv[])
{
  const char *build_root = g_getenv ("CPT_BUILD_ROOT") ? g_getenv ("CPT_BUILD_ROOT") : ".";
  g_autofree char *bench_dir = g_build_filename (build_root, "bench", NULL);
  g_autofree char *db_path = NULL;
  g_autofree char *results = g_build_filename (bench_dir, "results.json", NULL);
  g_autoptr(CptApplication) app = NULL;
  CptWindow *window;
  CptOrdersPage *page;
  CptLazyList *list;
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  ScrollRun run = { 0 };
  gint64 start;
  double first_window_ms, search_ms, scroll_fps, open_order_ms;
  g_autoptr(CptOrderSummary) summary = NULL;

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();

  db_path = g_build_filename (bench_dir, CPT_BENCH_ORDERS_FILE, NULL);
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS) && g_getenv ("CPT_BENCH_ORDERS") != NULL)
    {
      /* The orders benchmark generates the file. */
      const char *generate[] = { g_getenv ("CPT_BENCH_ORDERS"), NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_print ("# %s is missing: running %s to generate it\n", db_path, generate[0]);
      if (!g_spawn_sync (NULL, (char **) generate, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         NULL, NULL, &status, &error))
        g_printerr ("%s\n", error->message);
    }
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s is missing: run build-aux/bench.\n", db_path);
      return 77;
    }

  /* First window: from activation (the file opens) to the first page painted. */
  start = now_us ();
  app = cpt_ui_test_application_new (db_path);
  window = cpt_ui_test_activate (app);
  page = orders_page (window);
  list = cpt_orders_page_get_list (page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  cpt_ui_test_wait_drawn (GTK_WIDGET (window));
  first_window_ms = (now_us () - start) / 1000.0;
  g_assert_true (cpt_ui_test_wait (list_idle, list, 60000));

  /* Scrolling: the ids are all there; rows come a page at a time. */
  scrolled = gtk_widget_get_parent (GTK_WIDGET (cpt_orders_page_get_column_view (page)));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  run.adjustment = adjustment;
  run.step = 90.0;
  gtk_widget_add_tick_callback (GTK_WIDGET (window), scroll_tick_cb, &run, NULL);
  g_assert_true (cpt_ui_test_wait (scroll_done, &run, 60000));
  scroll_fps = (run.frames - 1) / ((run.end - run.start) / (double) G_USEC_PER_SEC);

  /* A keystroke: the query runs once the typing pause is over, so time
   * from the query to the list painted. */
  start = now_us ();
  cpt_orders_page_search (page, "lefev");
  cpt_ui_test_wait_drawn (GTK_WIDGET (window));
  search_ms = (now_us () - start) / 1000.0;
  g_assert_true (cpt_ui_test_wait (list_idle, list, 60000));
  cpt_orders_page_search (page, "");
  g_assert_true (cpt_ui_test_wait (list_idle, list, 60000));

  /* Opening an order: read it and paint its document. */
  summary = g_list_model_get_item (G_LIST_MODEL (list), 500);
  start = now_us ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-order", "x",
                              cpt_order_summary_get_id (summary));
  cpt_ui_test_wait_drawn (GTK_WIDGET (window));
  open_order_ms = (now_us () - start) / 1000.0;

  g_print ("\n%-34s %12s %10s\n", "UI benchmark (1 000 000 orders)", "measured", "target");
  g_print ("%-34s %9.1f ms %10s\n", "first window with first page", first_window_ms, "≤ 1000 ms");
  g_print ("%-34s %9.1f ms %10s\n", "search keystroke to list", search_ms, "≤ 50 ms");
  g_print ("%-34s %6.1f fps %10s\n", "scrolling the orders list", scroll_fps, "≥ 55 fps");
  g_print ("%-34s %9.1f ms %10s\n", "opening an order", open_order_ms, "≤ 100 ms");

  merge_results (results, first_window_ms, search_ms, scroll_fps, open_order_ms);
  cpt_ui_test_destroy (app);
  return 0;
}
