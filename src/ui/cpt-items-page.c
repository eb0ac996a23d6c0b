/* cpt-items-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-items-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-items-page.h"
#include "cpt-item-form.h"
#include "cpt-item-service.h"
#include "cpt-list-cells.h"
#include "cpt-list-page-util.h"
#include "cpt-page.h"

struct _CptItemsPage
{
  GtkWidget            parent_instance;

  CptDatabase         *db;
  CptLazyList         *list;
  char                *search;

  GtkStack            *stack;
  GtkToggleButton     *reorder_button;
  GtkLabel            *count_label;
  GtkSpinner          *spinner;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *missing_column;
  AdwStatusPage       *empty_page;
  CptItemView         *item_view;
};

static void page_iface_init (CptPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptItemsPage, cpt_items_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CPT_TYPE_PAGE, page_iface_init))

static gboolean
item_first_page (CptDatabase    *db,
                 gconstpointer   query,
                 guint           limit,
                 GPtrArray     **rows,
                 GError        **error)
{
  return cpt_item_service_first_page (db, query, limit, rows, error);
}

static gboolean
item_list_ids (CptDatabase    *db,
               gconstpointer   query,
               GArray        **ids,
               GError        **error)
{
  return cpt_item_service_list_ids (db, query, ids, error);
}

static gint64
item_row_id (gpointer row)
{
  return cpt_item_get_id (row);
}

static gpointer
item_query_copy (gconstpointer query)
{
  return cpt_item_query_copy (query);
}

static void
item_query_free (gpointer query)
{
  cpt_item_query_free (query);
}

static void
cpt_items_page_update_state (CptItemsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gboolean loading = cpt_lazy_list_get_loading (self->list);
  gboolean to_reorder = gtk_toggle_button_get_active (self->reorder_button);
  g_autofree char *count = NULL;

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  if (!loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n), n);
  gtk_label_set_label (self->count_label, count ? count : "");

  if (n > 0 || loading)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "rows");
      return;
    }

  if (to_reorder)
    {
      adw_status_page_set_title (self->empty_page, _("Nothing to Reorder"));
      adw_status_page_set_description (self->empty_page, _("Every stocked item is at or above its reorder level."));
    }
  else if (self->search != NULL && self->search[0] != '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Items"));
      adw_status_page_set_description (self->empty_page, _("Try another name or SKU."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Items"));
      adw_status_page_set_description (self->empty_page, _("The goods and services you sell will be listed here."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
cpt_items_page_update_query (CptItemsPage *self)
{
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();

  if (self->list == NULL)
    return;

  query->search = g_strdup (self->search);
  query->to_reorder = gtk_toggle_button_get_active (self->reorder_button);
  gtk_column_view_column_set_visible (self->missing_column, query->to_reorder);

  cpt_lazy_list_set_query (self->list, query);
  cpt_items_page_update_state (self);
}

static void
on_reorder_button_toggled_cb (CptItemsPage    *self,
                              GtkToggleButton *button)
{
  cpt_items_page_update_query (self);
}

void
cpt_items_page_show_item (CptItemsPage *self,
                          gint64        item_id)
{
  g_return_if_fail (CPT_IS_ITEMS_PAGE (self));

  if (self->db == NULL)
    return;

  cpt_item_view_set_item (self->item_view, self->db, item_id);
  gtk_stack_set_visible_child_name (self->stack, "item");
}

static void
on_column_view_activate_cb (CptItemsPage  *self,
                            guint          position,
                            GtkColumnView *view)
{
  gint64 id = cpt_lazy_list_get_id (self->list, position);

  if (id > 0)
    cpt_items_page_show_item (self, id);
}

static void
on_item_view_closed_cb (CptItemsPage *self,
                        CptItemView  *view)
{
  cpt_lazy_list_reload (self->list);
  cpt_list_page_show_list (self->stack, self->column_view);
}

static void
cpt_items_page_set_database (CptPage  *page,
                             gpointer  database)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (page);
  g_autoptr(GtkSingleSelection) selection = NULL;
  CptLazyListSource source = {
    .item_type = CPT_TYPE_ITEM,
    .first_page = item_first_page,
    .list_ids = item_list_ids,
    .get_rows = cpt_item_service_get_rows,
    .get_row_id = item_row_id,
    .copy_query = item_query_copy,
    .free_query = item_query_free,
  };

  g_return_if_fail (self->db == NULL);

  self->db = g_object_ref (database);
  self->list = cpt_lazy_list_new (self->db, &source);
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (cpt_items_page_update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading",
                           G_CALLBACK (cpt_items_page_update_state), self, G_CONNECT_SWAPPED);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  /* A hidden page reads its rows when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    cpt_items_page_update_query (self);
}

static void
cpt_items_page_set_search_text (CptPage    *page,
                                const char *text)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (page);

  /* The header's search entry already waits for a pause in the typing. */
  if (g_strcmp0 (self->search, text) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (text);
  cpt_items_page_update_query (self);
}

static void
cpt_items_page_reload (CptPage *page)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (page);

  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "item") == 0)
    cpt_item_view_reload (self->item_view);
}

static void
on_item_form_saved_cb (CptItemsPage *self,
                       gint64        item_id,
                       CptItemForm  *form)
{
  cpt_lazy_list_reload (self->list);
  cpt_items_page_show_item (self, item_id);
}

/* « + Nouveau »: a new item, whose details open once saved. */
static gboolean
cpt_items_page_create (CptPage *page)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CptItemForm *form;

  if (self->db == NULL)
    return FALSE;

  form = cpt_item_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, 0);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_item_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
  return TRUE;
}

static gboolean
cpt_items_page_go_back (CptPage *page)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "item") != 0)
    return FALSE;

  on_item_view_closed_cb (self, self->item_view);
  return TRUE;
}

static void
page_iface_init (CptPageInterface *iface)
{
  iface->set_database = cpt_items_page_set_database;
  iface->set_search_text = cpt_items_page_set_search_text;
  iface->reload = cpt_items_page_reload;
  iface->create = cpt_items_page_create;
  iface->go_back = cpt_items_page_go_back;
}

static void
cpt_items_page_dispose (GObject *object)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_ITEMS_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (cpt_items_page_parent_class)->dispose (object);
}

static void
cpt_items_page_map (GtkWidget *widget)
{
  CptItemsPage *self = CPT_ITEMS_PAGE (widget);

  GTK_WIDGET_CLASS (cpt_items_page_parent_class)->map (widget);

  if (self->list != NULL && cpt_lazy_list_get_query (self->list) == NULL)
    cpt_items_page_update_query (self);
}

static void
cpt_items_page_class_init (CptItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_items_page_dispose;
  widget_class->map = cpt_items_page_map;

  g_type_ensure (CPT_TYPE_ITEM);
  g_type_ensure (CPT_TYPE_ITEM_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-items-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, reorder_button);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, missing_column);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CptItemsPage, item_view);
  gtk_widget_class_bind_template_callback (widget_class, on_reorder_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_view_closed_cb);
  cpt_list_cells_bind_template_callbacks (widget_class);
}

static void
cpt_items_page_init (CptItemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_column_view_column_set_visible (self->missing_column, FALSE);
}

void
cpt_items_page_set_to_reorder (CptItemsPage *self,
                               gboolean      to_reorder)
{
  g_return_if_fail (CPT_IS_ITEMS_PAGE (self));

  gtk_toggle_button_set_active (self->reorder_button, to_reorder);
}

/* Searches at once, without the typing pause of the header's entry. */
void
cpt_items_page_search (CptItemsPage *self,
                       const char   *text)
{
  g_return_if_fail (CPT_IS_ITEMS_PAGE (self));

  g_free (self->search);
  self->search = g_strdup (text);
  cpt_items_page_update_query (self);
}

CptLazyList *
cpt_items_page_get_list (CptItemsPage *self)
{
  g_return_val_if_fail (CPT_IS_ITEMS_PAGE (self), NULL);

  return self->list;
}

GtkColumnView *
cpt_items_page_get_column_view (CptItemsPage *self)
{
  g_return_val_if_fail (CPT_IS_ITEMS_PAGE (self), NULL);

  return self->column_view;
}

CptItemView *
cpt_items_page_get_item_view (CptItemsPage *self)
{
  g_return_val_if_fail (CPT_IS_ITEMS_PAGE (self), NULL);

  return self->item_view;
}
