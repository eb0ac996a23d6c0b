/* cpt-orders-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-orders-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-orders-page.h"
#include "cpt-document-builder.h"
#include "cpt-document-export.h"
#include "cpt-list-cells.h"
#include "cpt-list-page-util.h"
#include "cpt-invoice-dialog.h"
#include "cpt-merge-dialog.h"
#include "cpt-order-form.h"
#include "cpt-order-service.h"
#include "cpt-order-view.h"
#include "cpt-page.h"
#include "cpt-window.h"

struct _CptOrdersPage
{
  GtkWidget             parent_instance;

  CptDatabase          *db;
  CptLazyList          *list;
  GtkMultiSelection    *selection;
  char                 *search;
  CptOrderSort          sort;
  gboolean              descending;

  GtkStack             *stack;
  GtkDropDown          *status_dropdown;
  GtkLabel             *count_label;
  GtkSpinner           *spinner;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  AdwStatusPage        *empty_page;
  CptOrderView         *order_view;
  GtkColumnViewColumn  *date_column;
  GtkColumnViewColumn  *number_column;
  GtkColumnViewColumn  *reference_column;
  GtkColumnViewColumn  *customer_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *invoiced_column;
  GtkColumnViewColumn  *shipped_column;
  GtkColumnViewColumn  *shipment_date_column;
  GtkColumnViewColumn  *total_column;
};

static void page_iface_init (CptPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptOrdersPage, cpt_orders_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CPT_TYPE_PAGE, page_iface_init))

/* ── The lazy list's source ─────────────────────────────────────────── */

static gpointer
order_query_copy (gconstpointer data)
{
  const CptOrderQuery *query = data;
  CptOrderQuery *copy = g_memdup2 (query, sizeof *query);

  copy->search = g_strdup (query->search);
  return copy;
}

static void
order_query_free (gpointer data)
{
  CptOrderQuery *query = data;

  g_free ((char *) query->search);
  g_free (query);
}

static gboolean
order_first_page (CptDatabase    *db,
                  gconstpointer   query,
                  guint           limit,
                  GPtrArray     **rows,
                  GError        **error)
{
  return cpt_order_service_first_page (db, query, limit, rows, error);
}

static gboolean
order_list_ids (CptDatabase    *db,
                gconstpointer   query,
                GArray        **ids,
                GError        **error)
{
  return cpt_order_service_list_ids (db, query, ids, error);
}

static gint64
order_row_id (gpointer row)
{
  return cpt_order_summary_get_id (row);
}

static void
order_update_row (gpointer row,
                  gpointer fresh)
{
  CptOrderSummary *summary = row;
  CptOrderSummary *from = fresh;

  g_object_freeze_notify (G_OBJECT (summary));
  cpt_order_summary_set_id (summary, cpt_order_summary_get_id (from));
  cpt_order_summary_set_number (summary, cpt_order_summary_get_number (from));
  cpt_order_summary_set_date (summary, cpt_order_summary_get_date (from));
  cpt_order_summary_set_reference (summary, cpt_order_summary_get_reference (from));
  cpt_order_summary_set_customer_name (summary, cpt_order_summary_get_customer_name (from));
  cpt_order_summary_set_status (summary, cpt_order_summary_get_status (from));
  cpt_order_summary_set_invoiced_status (summary, cpt_order_summary_get_invoiced_status (from));
  cpt_order_summary_set_shipped_status (summary, cpt_order_summary_get_shipped_status (from));
  cpt_order_summary_set_shipment_date (summary, cpt_order_summary_get_shipment_date (from));
  cpt_order_summary_set_total (summary, cpt_order_summary_get_total (from));
  cpt_order_summary_set_marketplace (summary, cpt_order_summary_get_marketplace (from));
  g_object_thaw_notify (G_OBJECT (summary));
}

static const CptLazyListSource order_source = {
  .first_page = order_first_page,
  .list_ids = order_list_ids,
  .get_rows = cpt_order_service_get_summaries,
  .get_row_id = order_row_id,
  .update_row = order_update_row,
  .copy_query = order_query_copy,
  .free_query = order_query_free,
};

/* A lazy list of order summaries; the customer page shows one too. */
CptLazyList *
cpt_orders_page_new_list (CptDatabase *db)
{
  CptLazyListSource source = order_source;

  source.item_type = CPT_TYPE_ORDER_SUMMARY;
  return cpt_lazy_list_new (db, &source);
}

/* ── Query ──────────────────────────────────────────────────────────── */

static void
cpt_orders_page_read_sorter (CptOrdersPage *self)
{
  int sort;

  if (cpt_list_page_read_sort (self->column_view, &sort, &self->descending))
    {
      self->sort = sort;
    }
  else
    {
      self->sort = CPT_ORDER_SORT_DATE;
      self->descending = TRUE;
    }
}

static void
cpt_orders_page_update_empty_state (CptOrdersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gboolean loading = cpt_lazy_list_get_loading (self->list);
  gboolean filtered = (self->search != NULL && self->search[0] != '\0')
                      || gtk_drop_down_get_selected (self->status_dropdown) != 0;
  g_autofree char *count = NULL;

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);

  if (!loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u order", "%u orders", n), n);
  gtk_label_set_label (self->count_label, count ? count : "");

  if (n > 0 || loading)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "rows");
      return;
    }

  if (cpt_lazy_list_get_error (self->list) != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("The Orders Could Not Be Read"));
      adw_status_page_set_description (self->empty_page, cpt_lazy_list_get_error (self->list)->message);
    }
  else if (filtered)
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Orders"));
      adw_status_page_set_description (self->empty_page, _("Try another number, reference or customer name, or another status."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Sales Orders"));
      adw_status_page_set_description (self->empty_page, _("Orders you take will be listed here."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
cpt_orders_page_update_query (CptOrdersPage *self)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->list == NULL)
    return;

  query.sort = self->sort;
  query.descending = self->descending;
  query.search = self->search;
  /* The drop-down lists « Tous » then the statuses in their enum order. */
  query.status = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;

  cpt_lazy_list_set_query (self->list, &query);
  cpt_orders_page_update_empty_state (self);
}

static void
on_sorter_changed_cb (CptOrdersPage   *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  cpt_orders_page_read_sorter (self);
  cpt_orders_page_update_query (self);
}

static void
on_status_dropdown_selected_cb (CptOrdersPage *self,
                                GParamSpec    *pspec,
                                GtkDropDown   *dropdown)
{
  cpt_orders_page_update_query (self);
}

static void
on_list_items_changed_cb (CptOrdersPage *self,
                          guint          position,
                          guint          removed,
                          guint          added,
                          GListModel    *model)
{
  cpt_orders_page_update_empty_state (self);
}

static void
on_list_loading_cb (CptOrdersPage *self,
                    GParamSpec    *pspec,
                    CptLazyList   *list)
{
  cpt_orders_page_update_empty_state (self);
}

/* ── Opening an order ───────────────────────────────────────────────── */

void
cpt_orders_page_show_order (CptOrdersPage *self,
                            gint64         order_id)
{
  g_return_if_fail (CPT_IS_ORDERS_PAGE (self));

  if (self->db == NULL)
    return;

  cpt_order_view_set_order (self->order_view, self->db, order_id);
  gtk_stack_set_visible_child_name (self->stack, "order");
}

static void
on_column_view_activate_cb (CptOrdersPage *self,
                            guint          position,
                            GtkColumnView *column_view)
{
  gint64 id = cpt_lazy_list_get_id (self->list, position);

  if (id > 0)
    cpt_orders_page_show_order (self, id);
}

static void
on_order_view_closed_cb (CptOrdersPage *self,
                         CptOrderView  *view)
{
  cpt_lazy_list_reload (self->list);
  cpt_list_page_show_list (self->stack, self->column_view);
}

/* ── Bulk actions ───────────────────────────────────────────────────── */

static GArray *
cpt_orders_page_get_selected_drafts (CptOrdersPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(CptOrderSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->list), position);

      if (summary != NULL
          && cpt_order_summary_get_id (summary) > 0
          && cpt_order_summary_get_status (summary) == CPT_ORDER_STATUS_DRAFT)
        {
          gint64 id = cpt_order_summary_get_id (summary);
          g_array_append_val (ids, id);
        }
    }

  return ids;
}

static void
on_delete_drafts_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              gpointer          user_data)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (user_data);
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint deleted = 0;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (cpt_order_service_delete (self->db, g_array_index (ids, gint64, i), &error))
        deleted++;
      else if (CPT_IS_WINDOW (root))
        {
          cpt_window_show_error (CPT_WINDOW (root), _("A Draft Could Not Be Deleted"), error);
          break;
        }
    }

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  cpt_lazy_list_reload (self->list);

  if (deleted > 0 && CPT_IS_WINDOW (root))
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u draft deleted", "%u drafts deleted", deleted),
                         deleted);
      cpt_window_show_message (CPT_WINDOW (root), message);
    }
}

static void
cpt_orders_page_delete_drafts_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);
  g_autoptr(GArray) ids = cpt_orders_page_get_selected_drafts (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (ids->len == 0)
    {
      if (CPT_IS_WINDOW (root))
        cpt_window_show_message (CPT_WINDOW (root), _("Select the draft orders to delete first"));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     g_dngettext (GETTEXT_PACKAGE, "Delete %u Draft?", "Delete %u Drafts?", ids->len),
                                     ids->len);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Deleted drafts cannot be recovered. Confirmed, closed and void orders among the selection are kept."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_drafts_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GArray *
cpt_orders_page_get_selected_ids (CptOrdersPage *self,
                                  guint          max)
{
  return cpt_list_page_get_selected_ids (GTK_SELECTION_MODEL (self->selection), self->list, max);
}

static void
cpt_orders_page_toast (CptOrdersPage *self,
                       const char    *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (CPT_IS_WINDOW (root))
    cpt_window_show_message (CPT_WINDOW (root), message);
}

static void
cpt_orders_page_error (CptOrdersPage *self,
                       const char    *heading,
                       const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (CPT_IS_WINDOW (root))
    cpt_window_show_error (CPT_WINDOW (root), heading, error);
}

/* « Fusionner les commandes client » needs exactly two orders,
 * « Convertir en facture » one. */
static void
on_selection_changed_cb (CptOrdersPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.merge", gtk_bitset_get_size (selected) == 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.invoice", gtk_bitset_get_size (selected) == 1);
}

static void
on_invoice_saved_cb (CptOrdersPage *self,
                     gint64         invoice_id)
{
  cpt_lazy_list_reload (self->list);
}

static void
cpt_orders_page_invoice_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);
  g_autoptr(GArray) ids = cpt_orders_page_get_selected_ids (self, 2);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  CptInvoiceDialog *dialog;

  if (ids->len != 1)
    return;
  dialog = cpt_invoice_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db,
                                   g_array_index (ids, gint64, 0), &error);
  if (dialog == NULL)
    {
      cpt_orders_page_error (self, _("This Order Cannot Be Invoiced"), error);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_invoice_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_merged_cb (CptOrdersPage  *self,
              gint64          kept_id,
              CptMergeDialog *dialog)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  cpt_lazy_list_reload (self->list);
  cpt_orders_page_toast (self, _("Sales orders merged"));
}

static void
cpt_orders_page_merge_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);
  g_autoptr(GArray) ids = cpt_orders_page_get_selected_ids (self, 3);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  CptMergeDialog *dialog;

  if (ids->len != 2)
    {
      cpt_orders_page_toast (self, _("Select exactly two sales orders to merge"));
      return;
    }

  dialog = cpt_merge_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db,
                                 g_array_index (ids, gint64, 0), g_array_index (ids, gint64, 1), &error);
  if (dialog == NULL)
    {
      cpt_orders_page_error (self, _("These Orders Cannot Be Merged"), error);
      return;
    }
  g_signal_connect_object (dialog, "merged", G_CALLBACK (on_merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Printing or exporting builds every document first: keep it to what a
 * person would print at once. */
#define MAX_DOCUMENTS 200

static GPtrArray *
cpt_orders_page_load_documents (CptOrdersPage *self)
{
  g_autoptr(GArray) ids = cpt_orders_page_get_selected_ids (self, MAX_DOCUMENTS + 1);
  g_autoptr(GError) error = NULL;
  GPtrArray *documents;

  if (ids->len == 0)
    {
      cpt_orders_page_toast (self, _("Select the sales orders first"));
      return NULL;
    }
  if (ids->len > MAX_DOCUMENTS)
    {
      g_autofree char *message = g_strdup_printf (_("Select at most %u sales orders at once"), MAX_DOCUMENTS);
      cpt_orders_page_toast (self, message);
      return NULL;
    }

  documents = cpt_document_load_all (self->db, ids, cpt_document_load_order, &error);
  if (documents == NULL)
    cpt_orders_page_error (self, _("An Order Could Not Be Prepared for Printing"), error);

  return documents;
}

static void
cpt_orders_page_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);
  g_autoptr(GPtrArray) documents = cpt_orders_page_load_documents (self);

  cpt_list_page_run_documents (widget, documents, cpt_document_print_run);
}

static void
cpt_orders_page_export_pdf_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);
  g_autoptr(GPtrArray) documents = cpt_orders_page_load_documents (self);

  cpt_list_page_run_documents (widget, documents, cpt_document_export_run);
}

/* ── CptPage ────────────────────────────────────────────────────────── */

static void
cpt_orders_page_set_database (CptPage  *page,
                              gpointer  database)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (page);

  g_return_if_fail (self->db == NULL);

  self->db = g_object_ref (database);
  self->list = cpt_orders_page_new_list (self->db);
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_list_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading",
                           G_CALLBACK (on_list_loading_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  on_selection_changed_cb (self);

  /* A hidden page reads its rows when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    cpt_orders_page_update_query (self);
}

static void
cpt_orders_page_set_search_text (CptPage    *page,
                                 const char *text)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (page);

  /* The header's search entry already waits for a pause in the typing. */
  if (g_strcmp0 (self->search, text) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (text);
  cpt_orders_page_update_query (self);
}

static void
cpt_orders_page_reload (CptPage *page)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (page);

  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
  if (cpt_orders_page_is_showing_order (self))
    cpt_order_view_reload (self->order_view);
}

static void
on_order_form_saved_cb (CptOrdersPage *self,
                        gint64         order_id,
                        CptOrderForm  *form)
{
  cpt_lazy_list_reload (self->list);
  cpt_orders_page_show_order (self, order_id);
}

/* « + Nouveau »: the order form; the new order opens once saved. */
static gboolean
cpt_orders_page_create (CptPage *page)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CptOrderForm *form;

  if (self->db == NULL)
    return FALSE;

  form = cpt_order_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, 0, 0);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_order_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
  return TRUE;
}

static gboolean
cpt_orders_page_go_back (CptPage *page)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (page);

  if (!cpt_orders_page_is_showing_order (self))
    return FALSE;

  on_order_view_closed_cb (self, self->order_view);
  return TRUE;
}

static void
page_iface_init (CptPageInterface *iface)
{
  iface->set_database = cpt_orders_page_set_database;
  iface->set_search_text = cpt_orders_page_set_search_text;
  iface->reload = cpt_orders_page_reload;
  iface->create = cpt_orders_page_create;
  iface->go_back = cpt_orders_page_go_back;
}

/* ── GObject ────────────────────────────────────────────────────────── */

static void
cpt_orders_page_dispose (GObject *object)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (object);

  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_ORDERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (cpt_orders_page_parent_class)->dispose (object);
}

static void
cpt_orders_page_map (GtkWidget *widget)
{
  CptOrdersPage *self = CPT_ORDERS_PAGE (widget);

  GTK_WIDGET_CLASS (cpt_orders_page_parent_class)->map (widget);

  if (self->list != NULL && cpt_lazy_list_get_query (self->list) == NULL)
    cpt_orders_page_update_query (self);
}

static void
cpt_orders_page_class_init (CptOrdersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_orders_page_dispose;
  widget_class->map = cpt_orders_page_map;

  g_type_ensure (CPT_TYPE_ORDER_VIEW);
  g_type_ensure (CPT_TYPE_ORDER_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-orders-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, order_view);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, reference_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, customer_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, invoiced_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, shipped_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, shipment_date_column);
  gtk_widget_class_bind_template_child (widget_class, CptOrdersPage, total_column);
  gtk_widget_class_bind_template_callback (widget_class, on_status_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_order_view_closed_cb);
  cpt_list_cells_bind_template_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "orders.invoice", NULL, cpt_orders_page_invoice_action);
  gtk_widget_class_install_action (widget_class, "orders.merge", NULL, cpt_orders_page_merge_action);
  gtk_widget_class_install_action (widget_class, "orders.print", NULL, cpt_orders_page_print_action);
  gtk_widget_class_install_action (widget_class, "orders.export-pdf", NULL,
                                   cpt_orders_page_export_pdf_action);
  gtk_widget_class_install_action (widget_class, "orders.delete-drafts", NULL,
                                   cpt_orders_page_delete_drafts_action);
}

static void
cpt_orders_page_init (CptOrdersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.merge", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.invoice", FALSE);

  self->sort = CPT_ORDER_SORT_DATE;
  self->descending = TRUE;

  cpt_list_page_set_column_sort (self->date_column, CPT_ORDER_SORT_DATE);
  cpt_list_page_set_column_sort (self->number_column, CPT_ORDER_SORT_NUMBER);
  cpt_list_page_set_column_sort (self->customer_column, CPT_ORDER_SORT_CUSTOMER);
  cpt_list_page_set_column_sort (self->status_column, CPT_ORDER_SORT_STATUS);
  cpt_list_page_set_column_sort (self->shipment_date_column, CPT_ORDER_SORT_SHIPMENT_DATE);
  cpt_list_page_set_column_sort (self->total_column, CPT_ORDER_SORT_TOTAL);
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);

}

/* Searches at once, without the typing pause of the header's entry. */
void
cpt_orders_page_search (CptOrdersPage *self,
                        const char    *text)
{
  g_return_if_fail (CPT_IS_ORDERS_PAGE (self));

  g_free (self->search);
  self->search = g_strdup (text);
  cpt_orders_page_update_query (self);
}

void
cpt_orders_page_set_status (CptOrdersPage *self,
                            int            status)
{
  g_return_if_fail (CPT_IS_ORDERS_PAGE (self));

  gtk_drop_down_set_selected (self->status_dropdown, status < 0 ? 0 : (guint) status + 1);
}

CptLazyList *
cpt_orders_page_get_list (CptOrdersPage *self)
{
  g_return_val_if_fail (CPT_IS_ORDERS_PAGE (self), NULL);

  return self->list;
}

GtkColumnView *
cpt_orders_page_get_column_view (CptOrdersPage *self)
{
  g_return_val_if_fail (CPT_IS_ORDERS_PAGE (self), NULL);

  return self->column_view;
}

GtkWidget *
cpt_orders_page_get_order_view (CptOrdersPage *self)
{
  g_return_val_if_fail (CPT_IS_ORDERS_PAGE (self), NULL);

  return GTK_WIDGET (self->order_view);
}

gboolean
cpt_orders_page_is_showing_order (CptOrdersPage *self)
{
  g_return_val_if_fail (CPT_IS_ORDERS_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "order") == 0;
}
