/* cpt-customers-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customers-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-customers-page.h"
#include "cpt-customer-form.h"
#include "cpt-customer-service.h"
#include "cpt-list-page-util.h"
#include "cpt-page.h"

struct _CptCustomersPage
{
  GtkWidget         parent_instance;

  CptDatabase      *db;
  CptLazyList      *list;
  char             *search;

  GtkStack         *stack;
  GtkLabel         *count_label;
  GtkSpinner       *spinner;
  GtkStack         *list_stack;
  GtkColumnView    *column_view;
  AdwStatusPage    *empty_page;
  CptCustomerView  *customer_view;
};

static void page_iface_init (CptPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CptCustomersPage, cpt_customers_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CPT_TYPE_PAGE, page_iface_init))

/* The query is the search text ("" for every customer), in name order. */
static gboolean
customer_first_page (CptDatabase    *db,
                     gconstpointer   query,
                     guint           limit,
                     GPtrArray     **rows,
                     GError        **error)
{
  g_autofree char *next_cursor = NULL;

  *rows = cpt_customer_service_list (db, query, NULL, limit, &next_cursor, error);
  return *rows != NULL;
}

static gboolean
customer_list_ids (CptDatabase    *db,
                   gconstpointer   query,
                   GArray        **ids,
                   GError        **error)
{
  *ids = cpt_customer_service_list_ids (db, query, error);
  return *ids != NULL;
}

static gboolean
customer_get_rows (CptDatabase    *db,
                   const gint64   *ids,
                   guint           n_ids,
                   GPtrArray     **rows,
                   GError        **error)
{
  *rows = cpt_customer_service_get_many (db, ids, n_ids, error);
  return *rows != NULL;
}

static gint64
customer_row_id (gpointer row)
{
  return cpt_customer_get_id (row);
}

static gpointer
customer_query_copy (gconstpointer query)
{
  return g_strdup (query);
}

static void
cpt_customers_page_update_state (CptCustomersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gboolean loading = cpt_lazy_list_get_loading (self->list);
  g_autofree char *count = NULL;

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  if (!loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer", "%u customers", n), n);
  gtk_label_set_label (self->count_label, count ? count : "");

  if (n > 0 || loading)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "rows");
      return;
    }

  if (self->search != NULL && self->search[0] != '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Customers"));
      adw_status_page_set_description (self->empty_page, _("Try another name, e-mail or city."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Customers"));
      adw_status_page_set_description (self->empty_page, _("Customers you add will be listed here."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
cpt_customers_page_update_query (CptCustomersPage *self)
{
  if (self->list == NULL)
    return;

  cpt_lazy_list_set_query (self->list, self->search ? self->search : "");
  cpt_customers_page_update_state (self);
}

void
cpt_customers_page_show_customer (CptCustomersPage *self,
                                  gint64            customer_id)
{
  g_return_if_fail (CPT_IS_CUSTOMERS_PAGE (self));

  if (self->db == NULL)
    return;

  cpt_customer_view_set_customer (self->customer_view, self->db, customer_id);
  gtk_stack_set_visible_child_name (self->stack, "customer");
}

static void
on_column_view_activate_cb (CptCustomersPage *self,
                            guint             position,
                            GtkColumnView    *view)
{
  gint64 id = cpt_lazy_list_get_id (self->list, position);

  if (id > 0)
    cpt_customers_page_show_customer (self, id);
}

static void
on_customer_view_closed_cb (CptCustomersPage *self,
                            CptCustomerView  *view)
{
  cpt_lazy_list_reload (self->list);
  cpt_list_page_show_list (self->stack, self->column_view);
}

static void
cpt_customers_page_set_database (CptPage  *page,
                                 gpointer  database)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (page);
  g_autoptr(GtkSingleSelection) selection = NULL;
  CptLazyListSource source = {
    .item_type = CPT_TYPE_CUSTOMER,
    .first_page = customer_first_page,
    .list_ids = customer_list_ids,
    .get_rows = customer_get_rows,
    .get_row_id = customer_row_id,
    .copy_query = customer_query_copy,
    .free_query = g_free,
  };

  g_return_if_fail (self->db == NULL);

  self->db = g_object_ref (database);
  self->list = cpt_lazy_list_new (self->db, &source);
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (cpt_customers_page_update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading",
                           G_CALLBACK (cpt_customers_page_update_state), self, G_CONNECT_SWAPPED);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  /* A hidden page reads its rows when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    cpt_customers_page_update_query (self);
}

static void
cpt_customers_page_set_search_text (CptPage    *page,
                                    const char *text)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (page);

  /* The header's search entry already waits for a pause in the typing. */
  if (g_strcmp0 (self->search, text) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (text);
  cpt_customers_page_update_query (self);
}

static void
cpt_customers_page_reload (CptPage *page)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (page);

  if (self->list != NULL)
    cpt_lazy_list_reload (self->list);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "customer") == 0)
    cpt_customer_view_reload (self->customer_view);
}

static void
on_customer_form_saved_cb (CptCustomersPage *self,
                           gint64            customer_id,
                           CptCustomerForm  *form)
{
  cpt_lazy_list_reload (self->list);
  cpt_customers_page_show_customer (self, customer_id);
}

/* « + Nouveau »: a new customer, whose page opens once saved. */
static gboolean
cpt_customers_page_create (CptPage *page)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CptCustomerForm *form;

  if (self->db == NULL)
    return FALSE;

  form = cpt_customer_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, 0);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_customer_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
  return TRUE;
}

static gboolean
cpt_customers_page_go_back (CptPage *page)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "customer") != 0)
    return FALSE;

  on_customer_view_closed_cb (self, self->customer_view);
  return TRUE;
}

static void
page_iface_init (CptPageInterface *iface)
{
  iface->set_database = cpt_customers_page_set_database;
  iface->set_search_text = cpt_customers_page_set_search_text;
  iface->reload = cpt_customers_page_reload;
  iface->create = cpt_customers_page_create;
  iface->go_back = cpt_customers_page_go_back;
}

static void
cpt_customers_page_dispose (GObject *object)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_CUSTOMERS_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (cpt_customers_page_parent_class)->dispose (object);
}

static void
cpt_customers_page_map (GtkWidget *widget)
{
  CptCustomersPage *self = CPT_CUSTOMERS_PAGE (widget);

  GTK_WIDGET_CLASS (cpt_customers_page_parent_class)->map (widget);

  if (self->list != NULL && cpt_lazy_list_get_query (self->list) == NULL)
    cpt_customers_page_update_query (self);
}

static void
cpt_customers_page_class_init (CptCustomersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_customers_page_dispose;
  widget_class->map = cpt_customers_page_map;

  g_type_ensure (CPT_TYPE_CUSTOMER);
  g_type_ensure (CPT_TYPE_CUSTOMER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-customers-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CptCustomersPage, customer_view);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_view_closed_cb);
}

static void
cpt_customers_page_init (CptCustomersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CptLazyList *
cpt_customers_page_get_list (CptCustomersPage *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMERS_PAGE (self), NULL);

  return self->list;
}

CptCustomerView *
cpt_customers_page_get_customer_view (CptCustomersPage *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMERS_PAGE (self), NULL);

  return self->customer_view;
}
