/* cpt-lazy-list.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-lazy-list"

#include "config.h"

#include "cpt-lazy-list.h"

/* A list over a table of a million rows (ARCHITECTURE.md §8). The first
 * page is read at once so the window paints without touching the whole
 * table; the ids of every matching row, in display order, then arrive from
 * a worker thread; rows are read by id, a page at a time, when a view asks
 * for them, and only the last few pages are kept. */

#define PAGE_SIZE 128
/* Rows read at once, before the first paint: more than a window shows,
 * few enough for the view to build their widgets quickly. */
#define FIRST_PAGE_SIZE 64
/* With update_row, a new query reads as many rows as a GTK 4.8 list view
 * keeps row widgets for (200), so that it changes the values of the rows
 * of those widgets and the view neither destroys nor builds any. */
#define REUSED_PAGE_SIZE 200
#define MAX_CACHED_PAGES 24

struct _CptLazyList
{
  GObject            parent_instance;

  CptDatabase       *db;
  CptLazyListSource  source;
  gpointer           query;

  /* NULL until the worker delivered them; meanwhile first_rows is the list. */
  GArray            *ids;
  GPtrArray         *first_rows;

  /* page index → GPtrArray of the page's rows, and the pages, newest first. */
  GHashTable        *cache;
  GQueue             lru;

  guint              generation;
  guint              ids_source;
  guint              prefetch_source;
  guint              prefetch_page;
  GCancellable      *cancellable;
  GError            *error;
  guint              loading : 1;

  /* Worker connections not in use, kept for the next load. */
  GMutex             spare_lock;
  GPtrArray         *spare_connections;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptLazyList, cpt_lazy_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

typedef struct
{
  char       *path;
  gpointer    query;
  void      (*free_query) (gpointer query);
  guint       generation;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  load->free_query (load->query);
  g_free (load);
}

static guint
cpt_lazy_list_get_n_items (GListModel *model)
{
  CptLazyList *self = CPT_LAZY_LIST (model);

  if (self->ids != NULL)
    return self->ids->len;
  return self->first_rows != NULL ? self->first_rows->len : 0;
}

static GType
cpt_lazy_list_get_item_type (GListModel *model)
{
  return CPT_LAZY_LIST (model)->source.item_type;
}

static void
cpt_lazy_list_touch_page (CptLazyList *self,
                          guint        page)
{
  g_queue_remove (&self->lru, GUINT_TO_POINTER (page + 1));
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page + 1));
}

static void
cpt_lazy_list_cache_page (CptLazyList *self,
                          guint        page,
                          GPtrArray   *rows)
{
  g_hash_table_insert (self->cache, GUINT_TO_POINTER (page), rows);
  cpt_lazy_list_touch_page (self, page);

  while (g_queue_get_length (&self->lru) > MAX_CACHED_PAGES)
    {
      guint oldest = GPOINTER_TO_UINT (g_queue_pop_tail (&self->lru)) - 1;

      g_hash_table_remove (self->cache, GUINT_TO_POINTER (oldest));
    }
}

static void
cpt_lazy_list_clear_cache (CptLazyList *self)
{
  g_hash_table_remove_all (self->cache);
  g_queue_clear (&self->lru);
}

/* Reads @n rows by id from @start. A row deleted since the ids were read
 * becomes an empty object of the item type, until the next reload. */
static GPtrArray *
cpt_lazy_list_fetch_range (CptLazyList *self,
                           guint        start,
                           guint        n)
{
  const gint64 *ids = &g_array_index (self->ids, gint64, start);
  g_autoptr(GPtrArray) fetched = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_full (n, g_object_unref);
  g_autofree gint64 *keys = g_new (gint64, n);

  if (!self->source.get_rows (self->db, ids, n, &fetched, &error))
    g_debug ("Could not read rows %u to %u: %s", start, start + n, error->message);

  for (guint i = 0; fetched != NULL && i < fetched->len && i < n; i++)
    {
      keys[i] = self->source.get_row_id (g_ptr_array_index (fetched, i));
      g_hash_table_insert (by_id, &keys[i], g_ptr_array_index (fetched, i));
    }

  for (guint i = 0; i < n; i++)
    {
      GObject *row = g_hash_table_lookup (by_id, &ids[i]);

      g_ptr_array_add (rows, row != NULL ? g_object_ref (row)
                                         : g_object_new (self->source.item_type != G_TYPE_INVALID
                                                         ? self->source.item_type : G_TYPE_OBJECT,
                                                         NULL));
    }

  return rows;
}

static GPtrArray *
cpt_lazy_list_fetch_page (CptLazyList *self,
                          guint        page)
{
  guint start = page * PAGE_SIZE;

  return cpt_lazy_list_fetch_range (self, start, MIN (PAGE_SIZE, self->ids->len - start));
}

static gboolean
cpt_lazy_list_prefetch_cb (gpointer data)
{
  CptLazyList *self = data;
  guint page = self->prefetch_page;

  self->prefetch_source = 0;
  if (self->ids != NULL && page * PAGE_SIZE < self->ids->len
      && !g_hash_table_contains (self->cache, GUINT_TO_POINTER (page)))
    cpt_lazy_list_cache_page (self, page, cpt_lazy_list_fetch_page (self, page));

  return G_SOURCE_REMOVE;
}

/* A view scrolling towards @page will soon ask for it: read it between
 * two frames (an idle runs after the frame's layout and paint) rather
 * than while the view binds its rows in the middle of a frame. */
static void
cpt_lazy_list_queue_prefetch (CptLazyList *self,
                              guint        page)
{
  if (self->prefetch_source != 0
      || page * PAGE_SIZE >= self->ids->len
      || g_hash_table_contains (self->cache, GUINT_TO_POINTER (page)))
    return;

  self->prefetch_page = page;
  self->prefetch_source = g_idle_add (cpt_lazy_list_prefetch_cb, self);
}

static gpointer
cpt_lazy_list_get_item (GListModel *model,
                        guint       position)
{
  CptLazyList *self = CPT_LAZY_LIST (model);
  GPtrArray *rows;
  guint page;

  if (position >= cpt_lazy_list_get_n_items (model))
    return NULL;

  if (self->ids == NULL)
    return g_object_ref (g_ptr_array_index (self->first_rows, position));

  page = position / PAGE_SIZE;
  rows = g_hash_table_lookup (self->cache, GUINT_TO_POINTER (page));
  if (rows != NULL)
    cpt_lazy_list_touch_page (self, page);
  else
    {
      rows = cpt_lazy_list_fetch_page (self, page);
      cpt_lazy_list_cache_page (self, page, rows);
    }

  if (position % PAGE_SIZE >= PAGE_SIZE / 2)
    cpt_lazy_list_queue_prefetch (self, page + 1);
  else if (page > 0)
    cpt_lazy_list_queue_prefetch (self, page - 1);

  return g_object_ref (g_ptr_array_index (rows, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cpt_lazy_list_get_item_type;
  iface->get_n_items = cpt_lazy_list_get_n_items;
  iface->get_item = cpt_lazy_list_get_item;
}

static void
cpt_lazy_list_set_loading (CptLazyList *self,
                           gboolean     loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static CptDatabase *
cpt_lazy_list_take_connection (CptLazyList  *self,
                               const char   *path,
                               GError      **error)
{
  CptDatabase *db = NULL;

  g_mutex_lock (&self->spare_lock);
  if (self->spare_connections->len > 0)
    db = g_ptr_array_steal_index_fast (self->spare_connections,
                                       self->spare_connections->len - 1);
  g_mutex_unlock (&self->spare_lock);

  if (db == NULL)
    db = cpt_database_open (path, error);

  return db;
}

static void
cpt_lazy_list_give_back_connection (CptLazyList *self,
                                    CptDatabase *db)
{
  g_mutex_lock (&self->spare_lock);
  g_ptr_array_add (self->spare_connections, db);
  g_mutex_unlock (&self->spare_lock);
}

static void
cpt_lazy_list_load_ids_thread (GTask        *task,
                               gpointer      source_object,
                               gpointer      task_data,
                               GCancellable *cancellable)
{
  CptLazyList *self = source_object;
  LoadData *load = task_data;
  g_autoptr(GError) error = NULL;
  CptDatabase *db;
  GArray *ids = NULL;

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_error_if_cancelled (task);
      return;
    }

  db = cpt_lazy_list_take_connection (self, load->path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!self->source.list_ids (db, load->query, &ids, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);

  cpt_lazy_list_give_back_connection (self, db);
}

static gboolean
cpt_lazy_list_first_rows_match (CptLazyList *self,
                                GArray      *ids)
{
  if (self->first_rows == NULL || self->first_rows->len > ids->len)
    return FALSE;

  for (guint i = 0; i < self->first_rows->len; i++)
    if (self->source.get_row_id (g_ptr_array_index (self->first_rows, i))
        != g_array_index (ids, gint64, i))
      return FALSE;

  return TRUE;
}

/* The ids replace those of the previous load: tell the views only what
 * moved (the common head and tail stay), then ask them to rebind the pages
 * they were showing, whose contents may have changed. */
static void
cpt_lazy_list_replace_ids (CptLazyList *self,
                           GArray      *ids)
{
  g_autoptr(GArray) old_ids = g_steal_pointer (&self->ids);
  g_autoptr(GList) pages = g_hash_table_get_keys (self->cache);
  guint old_n = old_ids->len;
  guint new_n = ids->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < old_n && prefix < new_n
         && g_array_index (old_ids, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix
         && g_array_index (old_ids, gint64, old_n - 1 - suffix)
            == g_array_index (ids, gint64, new_n - 1 - suffix))
    suffix++;

  cpt_lazy_list_clear_cache (self);
  self->ids = g_array_ref (ids);

  if (old_n != new_n || prefix != old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);

  for (const GList *l = pages; l != NULL; l = l->next)
    {
      guint start = GPOINTER_TO_UINT (l->data) * PAGE_SIZE;
      guint end = MIN (start + PAGE_SIZE, new_n);

      if (start < end)
        g_list_model_items_changed (G_LIST_MODEL (self), start, end - start, end - start);
    }
}

static void
cpt_lazy_list_load_ids_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  CptLazyList *self = CPT_LAZY_LIST (object);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = g_task_propagate_pointer (G_TASK (result), &error);
  if (load->generation != self->generation)
    return;

  if (ids == NULL)
    {
      g_debug ("Could not list the rows: %s", error->message);
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      cpt_lazy_list_set_loading (self, FALSE);
      return;
    }

  if (self->ids != NULL)
    cpt_lazy_list_replace_ids (self, ids);
  else
    {
      guint first_n = self->first_rows->len;

      if (cpt_lazy_list_first_rows_match (self, ids))
        {
          /* The first pages keep the row objects already shown; the
           * last of them is completed from the file. */
          g_autoptr(GPtrArray) first = g_steal_pointer (&self->first_rows);

          self->ids = g_array_ref (ids);
          for (guint start = 0; start < first->len; start += PAGE_SIZE)
            {
              guint length = MIN (PAGE_SIZE, ids->len - start);
              GPtrArray *page = g_ptr_array_new_full (length, g_object_unref);

              for (guint i = start; i < first->len && i < start + PAGE_SIZE; i++)
                g_ptr_array_add (page, g_object_ref (g_ptr_array_index (first, i)));
              if (page->len < length)
                {
                  g_autoptr(GPtrArray) rest = cpt_lazy_list_fetch_range (self, start + page->len,
                                                                         length - page->len);

                  for (guint i = 0; i < rest->len; i++)
                    g_ptr_array_add (page, g_object_ref (g_ptr_array_index (rest, i)));
                }
              cpt_lazy_list_cache_page (self, start / PAGE_SIZE, page);
            }
          if (ids->len > first_n)
            g_list_model_items_changed (G_LIST_MODEL (self), first_n, 0, ids->len - first_n);
        }
      else
        {
          g_clear_pointer (&self->first_rows, g_ptr_array_unref);
          self->ids = g_array_ref (ids);
          g_list_model_items_changed (G_LIST_MODEL (self), 0, first_n, ids->len);
        }
    }

  cpt_lazy_list_set_loading (self, FALSE);
}

static void
cpt_lazy_list_start_ids_load (CptLazyList *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load = g_new0 (LoadData, 1);

  load->path = g_strdup (cpt_database_get_path (self->db));
  load->query = self->source.copy_query (self->query);
  load->free_query = self->source.free_query;
  load->generation = self->generation;

  task = g_task_new (self, self->cancellable, cpt_lazy_list_load_ids_cb, NULL);
  g_task_set_source_tag (task, cpt_lazy_list_start_ids_load);
  g_task_set_task_data (task, load, load_data_free);
  cpt_lazy_list_set_loading (self, TRUE);
  g_task_run_in_thread (task, cpt_lazy_list_load_ids_thread);
}

static gboolean
cpt_lazy_list_start_ids_load_cb (gpointer data)
{
  CptLazyList *self = data;

  self->ids_source = 0;
  cpt_lazy_list_start_ids_load (self);
  return G_SOURCE_REMOVE;
}

/* The worker reads every id, which on a big table keeps a core busy for
 * a while: let the main loop lay out and paint the first rows first (the
 * redraw runs at a higher priority than a default idle). */
static void
cpt_lazy_list_queue_ids_load (CptLazyList *self)
{
  cpt_lazy_list_set_loading (self, TRUE);
  g_clear_handle_id (&self->ids_source, g_source_remove);
  self->ids_source = g_idle_add (cpt_lazy_list_start_ids_load_cb, self);
}

static void
cpt_lazy_list_cancel (CptLazyList *self)
{
  g_clear_handle_id (&self->ids_source, g_source_remove);
  g_clear_handle_id (&self->prefetch_source, g_source_remove);
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static int
compare_pages (gconstpointer a,
               gconstpointer b)
{
  guint page_a = GPOINTER_TO_UINT (a);
  guint page_b = GPOINTER_TO_UINT (b);

  return page_a < page_b ? -1 : page_a > page_b;
}

static void
cpt_lazy_list_add_held_rows (GPtrArray *held,
                             GPtrArray *rows,
                             guint      max)
{
  for (guint i = 0; i < rows->len && held->len < max; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);

      if (g_atomic_int_get (&row->ref_count) > 1)
        g_ptr_array_add (held, row);
    }
}

/* The rows at hand (first rows or cached pages) that someone else holds
 * too, in list order: a view keeps a reference on the row of each row
 * widget it has, wherever it is scrolled to. */
static GPtrArray *
cpt_lazy_list_get_held_rows (CptLazyList *self,
                             guint        max)
{
  GPtrArray *held = g_ptr_array_new ();
  g_autoptr(GList) pages = NULL;

  if (self->first_rows != NULL)
    {
      cpt_lazy_list_add_held_rows (held, self->first_rows, max);
      return held;
    }

  pages = g_list_sort (g_hash_table_get_keys (self->cache), (GCompareFunc) compare_pages);
  for (const GList *l = pages; l != NULL && held->len < max; l = l->next)
    cpt_lazy_list_add_held_rows (held, g_hash_table_lookup (self->cache, l->data), max);

  return held;
}

/* Before a new query: with update_row, the rows a view shows take the
 * values of the new first rows (see CptLazyListSource), so that the view
 * finds its items again and keeps their widgets, wherever it was
 * scrolled to, instead of destroying them and building new ones. */
static void
cpt_lazy_list_reuse_first_rows (CptLazyList *self,
                                GPtrArray   *rows)
{
  g_autoptr(GPtrArray) held = NULL;

  if (self->source.update_row == NULL)
    return;

  held = cpt_lazy_list_get_held_rows (self, rows->len);
  for (guint i = 0; i < held->len; i++)
    {
      gpointer row = g_ptr_array_index (held, i);

      self->source.update_row (row, g_ptr_array_index (rows, i));
      g_object_unref (g_ptr_array_index (rows, i));
      g_ptr_array_index (rows, i) = g_object_ref (row);
    }
}

static void
cpt_lazy_list_load (CptLazyList *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint old_n = cpt_lazy_list_get_n_items (G_LIST_MODEL (self));
  guint limit = self->source.update_row != NULL && old_n > 0 ? REUSED_PAGE_SIZE : FIRST_PAGE_SIZE;

  cpt_lazy_list_cancel (self);
  g_clear_error (&self->error);

  if (!self->source.first_page (self->db, self->query, limit, &rows, &error))
    {
      g_debug ("Could not read the first rows: %s", error->message);
      self->error = g_steal_pointer (&error);
      rows = g_ptr_array_new_with_free_func (g_object_unref);
    }

  /* A source that does not name its row type gets the type of its rows. */
  if (self->source.item_type == G_TYPE_INVALID && rows->len > 0)
    self->source.item_type = G_OBJECT_TYPE (g_ptr_array_index (rows, 0));

  cpt_lazy_list_reuse_first_rows (self, rows);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->first_rows, g_ptr_array_unref);

  if (self->error == NULL && rows->len < limit)
    {
      /* Everything is there: no need for the worker. */
      self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
      for (guint i = 0; i < rows->len; i++)
        {
          gint64 id = self->source.get_row_id (g_ptr_array_index (rows, i));
          g_array_append_val (self->ids, id);
        }
      for (guint start = 0; start < rows->len; start += PAGE_SIZE)
        {
          GPtrArray *page = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = start; i < rows->len && i < start + PAGE_SIZE; i++)
            g_ptr_array_add (page, g_object_ref (g_ptr_array_index (rows, i)));
          cpt_lazy_list_cache_page (self, start / PAGE_SIZE, page);
        }
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, rows->len);
      cpt_lazy_list_set_loading (self, FALSE);
      return;
    }

  self->first_rows = g_steal_pointer (&rows);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->first_rows->len);

  if (self->error == NULL)
    cpt_lazy_list_queue_ids_load (self);
  else
    cpt_lazy_list_set_loading (self, FALSE);
}

static void
cpt_lazy_list_finalize (GObject *object)
{
  CptLazyList *self = CPT_LAZY_LIST (object);

  g_clear_handle_id (&self->ids_source, g_source_remove);
  g_clear_handle_id (&self->prefetch_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->first_rows, g_ptr_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_queue_clear (&self->lru);
  if (self->query != NULL)
    self->source.free_query (self->query);
  g_clear_error (&self->error);
  g_clear_pointer (&self->spare_connections, g_ptr_array_unref);
  g_mutex_clear (&self->spare_lock);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_lazy_list_parent_class)->finalize (object);
}

static void
cpt_lazy_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CptLazyList *self = CPT_LAZY_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_lazy_list_class_init (CptLazyListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_lazy_list_finalize;
  object_class->get_property = cpt_lazy_list_get_property;

  /* TRUE while the ids of the whole list are being read in the background. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_lazy_list_init (CptLazyList *self)
{
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->cancellable = g_cancellable_new ();
  self->spare_connections = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&self->spare_lock);
}

/**
 * cpt_lazy_list_new:
 *
 * Creates an empty list; cpt_lazy_list_set_query() fills it.
 */
CptLazyList *
cpt_lazy_list_new (CptDatabase             *db,
                   const CptLazyListSource *source)
{
  CptLazyList *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  self = g_object_new (CPT_TYPE_LAZY_LIST, NULL);
  self->db = g_object_ref (db);
  self->source = *source;

  return self;
}

/* Reads the first page now and the rest in the background; a load still
 * running for the previous query is forgotten. */
void
cpt_lazy_list_set_query (CptLazyList   *self,
                         gconstpointer  query)
{
  g_return_if_fail (CPT_IS_LAZY_LIST (self));
  g_return_if_fail (query != NULL);

  if (self->query != NULL)
    self->source.free_query (self->query);
  self->query = self->source.copy_query (query);

  cpt_lazy_list_load (self);
}

gconstpointer
cpt_lazy_list_get_query (CptLazyList *self)
{
  g_return_val_if_fail (CPT_IS_LAZY_LIST (self), NULL);

  return self->query;
}

/* After a change of the data: the rows shown stay until the new ids are
 * there, then only what changed is announced, so the scroll position and
 * the selection of unchanged rows survive. */
void
cpt_lazy_list_reload (CptLazyList *self)
{
  g_return_if_fail (CPT_IS_LAZY_LIST (self));

  if (self->query == NULL)
    return;

  if (self->ids == NULL)
    {
      cpt_lazy_list_load (self);
      return;
    }

  cpt_lazy_list_cancel (self);
  g_clear_error (&self->error);
  cpt_lazy_list_start_ids_load (self);
}

gboolean
cpt_lazy_list_get_loading (CptLazyList *self)
{
  g_return_val_if_fail (CPT_IS_LAZY_LIST (self), FALSE);

  return self->loading;
}

/* The id of the row at @position without reading the row; 0 past the end. */
gint64
cpt_lazy_list_get_id (CptLazyList *self,
                      guint        position)
{
  g_return_val_if_fail (CPT_IS_LAZY_LIST (self), 0);

  if (self->ids != NULL)
    return position < self->ids->len ? g_array_index (self->ids, gint64, position) : 0;
  if (self->first_rows != NULL && position < self->first_rows->len)
    return self->source.get_row_id (g_ptr_array_index (self->first_rows, position));
  return 0;
}

/* Why the last load failed, or NULL. */
const GError *
cpt_lazy_list_get_error (CptLazyList *self)
{
  g_return_val_if_fail (CPT_IS_LAZY_LIST (self), NULL);

  return self->error;
}
