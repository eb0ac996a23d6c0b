/* cpt-shipments-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipments-page"

#include "config.h"

#include "cpt-shipments-page.h"

#include <glib/gi18n.h>

#include "cpt-list-cells.h"
#include "cpt-shipment-service.h"
#include "cpt-shipment-view.h"
#include "cpt-list-page-util.h"
#include "cpt-page.h"

struct _CptShipmentsPage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkLabel        *count_label;
  GtkColumnView   *column_view;
  CptShipmentView  *view;

  CptDatabase     *db;
  CptLazyList     *list;
  char            *search;
};

static void page_iface_init (CptPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptShipmentsPage, cpt_shipments_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CPT_TYPE_PAGE, page_iface_init))

/* ── The lazy list's source ─────────────────────────────────────────── */

static gboolean
source_first_page (CptDatabase    *db,
                   gconstpointer   query,
                   guint           limit,
                   GPtrArray     **rows,
                   GError        **error)
{
  return cpt_shipment_service_list (db, query, NULL, limit, rows, error);
}

static gboolean
source_list_ids (CptDatabase    *db,
                 gconstpointer   query,
                 GArray        **ids,
                 GError        **error)
{
  return cpt_shipment_service_list_ids (db, query, ids, error);
}

static gint64
source_get_row_id (gpointer row)
{
  return cpt_shipment_get_id (row);
}

static gpointer
source_copy_query (gconstpointer query)
{
  const CptShipmentQuery *from = query;
  CptShipmentQuery *copy = g_new (CptShipmentQuery, 1);

  *copy = *from;
  copy->search = g_strdup (from->search);
  return copy;
}

static void
source_free_query (gpointer query)
{
  CptShipmentQuery *q = query;

  g_free ((char *) q->search);
  g_free (q);
}

static const CptLazyListSource shipments_source = {
  .first_page = source_first_page,
  .list_ids = source_list_ids,
  .get_rows = cpt_shipment_service_get_rows,
  .get_row_id = source_get_row_id,
  .copy_query = source_copy_query,
  .free_query = source_free_query,
};

/* ── Cells ──────────────────────────────────────────────────────────── */

static char *
shipment_status_label (gpointer unused,
                       int      status)
{
  return g_strdup (cpt_shipment_status_get_label (status));
}

static GStrv
shipment_status_classes (gpointer unused,
                         int      status)
{
  const char *classes[] = {
    "cpt-badge", status == CPT_SHIPMENT_STATUS_DELIVERED ? "cpt-done" : "cpt-partial", NULL
  };

  return g_strdupv ((char **) classes);
}

/* ── Behaviour ──────────────────────────────────────────────────────── */

static void
update_query (CptShipmentsPage *self)
{
  CptShipmentQuery query = { 0 };

  if (self->list == NULL)
    return;
  query.search = self->search;
  cpt_lazy_list_set_query (self->list, &query);
}

static void
on_items_changed_cb (CptShipmentsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shipment", "%u shipments", n), n);

  gtk_label_set_text (self->count_label, text);
}

void
cpt_shipments_page_show_shipment (CptShipmentsPage *self,
                                gint64           shipment_id)
{
  g_return_if_fail (CPT_IS_SHIPMENTS_PAGE (self));
  g_return_if_fail (self->db != NULL);

  cpt_shipment_view_set_shipment (self->view, self->db, shipment_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_column_view_activate_cb (CptShipmentsPage *self,
                            guint            position)
{
  g_autoptr(CptShipment) shipment = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (shipment != NULL)
    cpt_shipments_page_show_shipment (self, cpt_shipment_get_id (shipment));
}

static void
on_view_closed_cb (CptShipmentsPage *self)
{
  cpt_list_page_show_list (self->stack, self->column_view);
}

static void
on_view_changed_cb (CptShipmentsPage *self)
{
  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
}

/* ── CptPage ────────────────────────────────────────────────────────── */

static void
page_set_database (CptPage  *page,
                   gpointer  database)
{
  CptShipmentsPage *self = CPT_SHIPMENTS_PAGE (page);
  GtkSingleSelection *selection;

  if (!g_set_object (&self->db, database))
    return;
  g_clear_object (&self->list);
  if (self->db == NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      return;
    }
  self->list = cpt_lazy_list_new (self->db, &shipments_source);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  update_query (self);
}

static void
page_set_search_text (CptPage    *page,
                      const char *text)
{
  CptShipmentsPage *self = CPT_SHIPMENTS_PAGE (page);

  g_free (self->search);
  self->search = g_strdup (text);
  update_query (self);
}

static void
page_reload (CptPage *page)
{
  CptShipmentsPage *self = CPT_SHIPMENTS_PAGE (page);

  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
}

static gboolean
page_go_back (CptPage *page)
{
  CptShipmentsPage *self = CPT_SHIPMENTS_PAGE (page);

  return cpt_list_page_go_back (self->stack, "detail", self->column_view);
}

static void
page_iface_init (CptPageInterface *iface)
{
  iface->set_database = page_set_database;
  iface->set_search_text = page_set_search_text;
  iface->reload = page_reload;
  iface->go_back = page_go_back;
}

/* ── GObject ────────────────────────────────────────────────────────── */

static void
cpt_shipments_page_dispose (GObject *object)
{
  CptShipmentsPage *self = CPT_SHIPMENTS_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_SHIPMENTS_PAGE);
  /* The template's outer box has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (cpt_shipments_page_parent_class)->dispose (object);
}

static void
cpt_shipments_page_class_init (CptShipmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_shipments_page_dispose;

  g_type_ensure (CPT_TYPE_SHIPMENT);
  g_type_ensure (CPT_TYPE_SHIPMENT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-shipments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CptShipmentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentsPage, view);
  cpt_list_cells_bind_template_callbacks (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, shipment_status_label);
  gtk_widget_class_bind_template_callback (widget_class, shipment_status_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cpt_shipments_page_init (CptShipmentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CptLazyList *
cpt_shipments_page_get_list (CptShipmentsPage *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENTS_PAGE (self), NULL);

  return self->list;
}

GtkWidget *
cpt_shipments_page_get_view (CptShipmentsPage *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENTS_PAGE (self), NULL);

  return GTK_WIDGET (self->view);
}
