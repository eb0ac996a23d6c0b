/* cpt-invoices-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoices-page"

#include "config.h"

#include "cpt-invoices-page.h"

#include <glib/gi18n.h>

#include "cpt-document-export.h"
#include "cpt-invoice-service.h"
#include "cpt-invoice-view.h"
#include "cpt-list-cells.h"
#include "cpt-list-page-util.h"
#include "cpt-page.h"
#include "cpt-window.h"

struct _CptInvoicesPage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkDropDown     *status_dropdown;
  GtkLabel        *count_label;
  GtkColumnView   *column_view;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *customer_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *total_column;
  CptInvoiceView  *view;

  CptDatabase     *db;
  CptLazyList     *list;
  GtkMultiSelection *selection;
  char            *search;
  CptInvoiceSort   sort;
  gboolean         descending;
};

static void page_iface_init (CptPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptInvoicesPage, cpt_invoices_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CPT_TYPE_PAGE, page_iface_init))

/* ── The lazy list's source ─────────────────────────────────────────── */

static gboolean
source_first_page (CptDatabase    *db,
                   gconstpointer   query,
                   guint           limit,
                   GPtrArray     **rows,
                   GError        **error)
{
  return cpt_invoice_service_first_page (db, query, limit, rows, error);
}

static gboolean
source_list_ids (CptDatabase    *db,
                 gconstpointer   query,
                 GArray        **ids,
                 GError        **error)
{
  return cpt_invoice_service_list_ids (db, query, ids, error);
}

static gint64
source_get_row_id (gpointer row)
{
  return cpt_invoice_get_id (row);
}

static gpointer
source_copy_query (gconstpointer query)
{
  const CptInvoiceQuery *from = query;
  CptInvoiceQuery *copy = g_new (CptInvoiceQuery, 1);

  *copy = *from;
  copy->search = g_strdup (from->search);
  return copy;
}

static void
source_free_query (gpointer query)
{
  CptInvoiceQuery *q = query;

  g_free ((char *) q->search);
  g_free (q);
}

/* The row type is set where the list is made: CPT_TYPE_INVOICE is not a
 * constant. */
static const CptLazyListSource invoices_source = {
  .first_page = source_first_page,
  .list_ids = source_list_ids,
  .get_rows = cpt_invoice_service_get_rows,
  .get_row_id = source_get_row_id,
  .copy_query = source_copy_query,
  .free_query = source_free_query,
};

/* ── Behaviour ──────────────────────────────────────────────────────── */

static void update_query (CptInvoicesPage *self);

static void
on_sorter_changed_cb (CptInvoicesPage *self)
{
  int sort;

  if (cpt_list_page_read_sort (self->column_view, &sort, &self->descending))
    {
      self->sort = sort;
    }
  else
    {
      self->sort = CPT_INVOICE_SORT_DATE;
      self->descending = TRUE;
    }
  update_query (self);
}

static void
update_query (CptInvoicesPage *self)
{
  CptInvoiceQuery query = CPT_INVOICE_QUERY_INIT;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->list == NULL)
    return;
  query.status = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  query.search = self->search;
  query.sort = self->sort;
  query.descending = self->descending;
  cpt_lazy_list_set_query (self->list, &query);
}

static void
on_items_changed_cb (CptInvoicesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u invoice", "%u invoices", n), n);

  gtk_label_set_text (self->count_label, text);
}

static void
on_status_dropdown_selected_cb (CptInvoicesPage *self)
{
  update_query (self);
}

void
cpt_invoices_page_show_invoice (CptInvoicesPage *self,
                                gint64           invoice_id)
{
  g_return_if_fail (CPT_IS_INVOICES_PAGE (self));
  g_return_if_fail (self->db != NULL);

  cpt_invoice_view_set_invoice (self->view, self->db, invoice_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_column_view_activate_cb (CptInvoicesPage *self,
                            guint            position)
{
  g_autoptr(CptInvoice) invoice = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (invoice != NULL)
    cpt_invoices_page_show_invoice (self, cpt_invoice_get_id (invoice));
}

static void
on_view_closed_cb (CptInvoicesPage *self)
{
  cpt_list_page_show_list (self->stack, self->column_view);
}

static void
on_view_changed_cb (CptInvoicesPage *self)
{
  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
}

/* ── Bulk actions ───────────────────────────────────────────────────── */

/* As in the orders list: every document is built before printing or
 * exporting, so keep it to what a person would print at once. */
#define MAX_DOCUMENTS 200

static void
on_selection_changed_cb (CptInvoicesPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  gboolean any = !gtk_bitset_is_empty (selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoices.print", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoices.export-pdf", any);
}

/* Drafts are included: their documents say « Brouillon ». */
static GPtrArray *
cpt_invoices_page_load_documents (CptInvoicesPage *self)
{
  g_autoptr(GArray) ids = cpt_list_page_get_selected_ids (GTK_SELECTION_MODEL (self->selection), self->list,
                                                           MAX_DOCUMENTS + 1);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GPtrArray *documents;

  if (ids->len == 0)
    return NULL;
  if (ids->len > MAX_DOCUMENTS)
    {
      g_autofree char *message = g_strdup_printf (_("Select at most %u invoices at once"), MAX_DOCUMENTS);

      if (CPT_IS_WINDOW (root))
        cpt_window_show_message (CPT_WINDOW (root), message);
      return NULL;
    }

  documents = cpt_document_load_all (self->db, ids, cpt_document_load_invoice, &error);
  if (documents == NULL && CPT_IS_WINDOW (root))
    cpt_window_show_error (CPT_WINDOW (root), _("An Invoice Could Not Be Prepared for Printing"), error);
  return documents;
}

static void
cpt_invoices_page_print_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  g_autoptr(GPtrArray) documents = cpt_invoices_page_load_documents (CPT_INVOICES_PAGE (widget));

  cpt_list_page_run_documents (widget, documents, cpt_document_print_run);
}

static void
cpt_invoices_page_export_pdf_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  g_autoptr(GPtrArray) documents = cpt_invoices_page_load_documents (CPT_INVOICES_PAGE (widget));

  cpt_list_page_run_documents (widget, documents, cpt_document_export_run);
}

/* ── CptPage ────────────────────────────────────────────────────────── */

static void
page_set_database (CptPage  *page,
                   gpointer  database)
{
  CptInvoicesPage *self = CPT_INVOICES_PAGE (page);
  CptLazyListSource source;

  if (!g_set_object (&self->db, database))
    return;
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  if (self->db == NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      return;
    }
  source = invoices_source;
  source.item_type = CPT_TYPE_INVOICE;
  self->list = cpt_lazy_list_new (self->db, &source);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  on_selection_changed_cb (self);
  update_query (self);
}

static void
page_set_search_text (CptPage    *page,
                      const char *text)
{
  CptInvoicesPage *self = CPT_INVOICES_PAGE (page);

  g_free (self->search);
  self->search = g_strdup (text);
  update_query (self);
}

static void
page_reload (CptPage *page)
{
  CptInvoicesPage *self = CPT_INVOICES_PAGE (page);

  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
}

static gboolean
page_go_back (CptPage *page)
{
  CptInvoicesPage *self = CPT_INVOICES_PAGE (page);

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
cpt_invoices_page_dispose (GObject *object)
{
  CptInvoicesPage *self = CPT_INVOICES_PAGE (object);
  GtkWidget *child;

  /* Removing the columns changes the sorter: no more queries. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_INVOICES_PAGE);
  /* The template's outer box has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (cpt_invoices_page_parent_class)->dispose (object);
}

static void
cpt_invoices_page_class_init (CptInvoicesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_invoices_page_dispose;

  g_type_ensure (CPT_TYPE_INVOICE);
  g_type_ensure (CPT_TYPE_INVOICE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-invoices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, view);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, customer_column);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, CptInvoicesPage, total_column);
  cpt_list_cells_bind_template_callbacks (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_status_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_install_action (widget_class, "invoices.print", NULL, cpt_invoices_page_print_action);
  gtk_widget_class_install_action (widget_class, "invoices.export-pdf", NULL,
                                   cpt_invoices_page_export_pdf_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cpt_invoices_page_init (CptInvoicesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoices.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoices.export-pdf", FALSE);

  self->sort = CPT_INVOICE_SORT_DATE;
  self->descending = TRUE;
  cpt_list_page_set_column_sort (self->number_column, CPT_INVOICE_SORT_NUMBER);
  cpt_list_page_set_column_sort (self->date_column, CPT_INVOICE_SORT_DATE);
  cpt_list_page_set_column_sort (self->customer_column, CPT_INVOICE_SORT_CUSTOMER);
  cpt_list_page_set_column_sort (self->due_column, CPT_INVOICE_SORT_DUE_DATE);
  cpt_list_page_set_column_sort (self->total_column, CPT_INVOICE_SORT_TOTAL);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

CptLazyList *
cpt_invoices_page_get_list (CptInvoicesPage *self)
{
  g_return_val_if_fail (CPT_IS_INVOICES_PAGE (self), NULL);

  return self->list;
}

GtkWidget *
cpt_invoices_page_get_view (CptInvoicesPage *self)
{
  g_return_val_if_fail (CPT_IS_INVOICES_PAGE (self), NULL);

  return GTK_WIDGET (self->view);
}

GtkColumnView *
cpt_invoices_page_get_column_view (CptInvoicesPage *self)
{
  g_return_val_if_fail (CPT_IS_INVOICES_PAGE (self), NULL);

  return self->column_view;
}
