/* cpt-customer-view.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customer-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-customer-view.h"

#include "cpt-customer-invoice.h"
#include "cpt-customer-form.h"
#include "cpt-order-form.h"
#include "cpt-customer-service.h"
#include "cpt-invoice-service.h"
#include "cpt-list-cells.h"
#include "cpt-money.h"
#include "cpt-order-service.h"
#include "cpt-orders-page.h"

struct _CptCustomerView
{
  GtkWidget          parent_instance;

  CptDatabase       *db;
  gint64             customer_id;
  CptCustomer       *customer;
  CptLazyList       *orders;
  CptLazyList       *invoices;

  GtkLabel          *toolbar_title;
  GtkLabel          *name_label;
  GtkGrid           *info_grid;
  GtkLabel          *to_invoice_label;
  GtkLabel          *unpaid_label;
  GtkLabel          *billing_label;
  GtkLabel          *shipping_label;
  GtkStack          *orders_stack;
  GtkColumnView     *orders_view;
  GtkStack          *invoices_stack;
  GtkColumnView     *invoices_view;
};

G_DEFINE_FINAL_TYPE (CptCustomerView, cpt_customer_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cpt_customer_view_add_info (CptCustomerView *self,
                            int             *row,
                            const char      *key,
                            const char      *value)
{
  GtkWidget *key_label;
  GtkWidget *value_label;

  if (value == NULL || value[0] == '\0')
    return;

  key_label = gtk_label_new (key);
  gtk_label_set_xalign (GTK_LABEL (key_label), 0);
  gtk_widget_add_css_class (key_label, "dim-label");
  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_grid_attach (self->info_grid, key_label, 0, *row, 1, 1);
  gtk_grid_attach (self->info_grid, value_label, 1, *row, 1, 1);
  (*row)++;
}

/* The customer's invoices, newest first. */
static gboolean
invoice_first_page (CptDatabase    *db,
                    gconstpointer   query,
                    guint           limit,
                    GPtrArray     **rows,
                    GError        **error)
{
  return cpt_invoice_service_first_page (db, query, limit, rows, error);
}

static gboolean
invoice_list_ids (CptDatabase    *db,
                  gconstpointer   query,
                  GArray        **ids,
                  GError        **error)
{
  return cpt_invoice_service_list_ids (db, query, ids, error);
}

static gint64
invoice_row_id (gpointer row)
{
  return cpt_invoice_get_id (row);
}

static gpointer
invoice_query_copy (gconstpointer query)
{
  const CptInvoiceQuery *from = query;
  CptInvoiceQuery *copy = g_memdup2 (from, sizeof *from);

  copy->search = g_strdup (from->search);
  return copy;
}

static void
invoice_query_free (gpointer query)
{
  CptInvoiceQuery *q = query;

  g_free ((char *) q->search);
  g_free (q);
}

static void
cpt_customer_view_update_invoices_state (CptCustomerView *self)
{
  gboolean empty = self->invoices != NULL
                   && g_list_model_get_n_items (G_LIST_MODEL (self->invoices)) == 0
                   && !cpt_lazy_list_get_loading (self->invoices);

  gtk_stack_set_visible_child_name (self->invoices_stack, empty ? "empty" : "rows");
}

static void
cpt_customer_view_update_orders_state (CptCustomerView *self)
{
  gboolean empty = self->orders != NULL
                   && g_list_model_get_n_items (G_LIST_MODEL (self->orders)) == 0
                   && !cpt_lazy_list_get_loading (self->orders);

  gtk_stack_set_visible_child_name (self->orders_stack, empty ? "empty" : "rows");
}

static void
cpt_customer_view_fill (CptCustomerView *self)
{
  CptCustomer *customer = self->customer;
  g_autofree char *billing = cpt_address_format (cpt_customer_get_billing_address (customer));
  g_autofree char *shipping = cpt_address_format (cpt_customer_get_shipping_address (customer));
  g_autoptr(GError) error = NULL;
  gint64 to_invoice = 0;
  gint64 unpaid = 0;
  g_autofree char *to_invoice_text = NULL;
  g_autofree char *unpaid_text = NULL;
  GtkWidget *child;
  int row = 0;

  gtk_label_set_label (self->toolbar_title, cpt_customer_get_display_name (customer));
  gtk_label_set_label (self->name_label, cpt_customer_get_display_name (customer));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->info_grid))) != NULL)
    gtk_grid_remove (self->info_grid, child);
  if (g_strcmp0 (cpt_customer_get_contact_name (customer), cpt_customer_get_display_name (customer)) != 0)
    cpt_customer_view_add_info (self, &row, _("Contact"), cpt_customer_get_contact_name (customer));
  cpt_customer_view_add_info (self, &row, _("E-mail"), cpt_customer_get_email (customer));
  cpt_customer_view_add_info (self, &row, _("Phone"), cpt_customer_get_phone (customer));
  cpt_customer_view_add_info (self, &row, _("SIREN"), cpt_customer_get_siren (customer));
  cpt_customer_view_add_info (self, &row, _("VAT Number"), cpt_customer_get_vat_number (customer));

  gtk_label_set_label (self->billing_label, billing && billing[0] ? billing : "—");
  gtk_label_set_label (self->shipping_label, shipping && shipping[0] ? shipping : "—");

  if (!cpt_customer_service_get_amounts (self->db, self->customer_id, &to_invoice, &unpaid, &error))
    g_debug ("Could not read the amounts of customer %" G_GINT64_FORMAT ": %s",
             self->customer_id, error->message);
  to_invoice_text = cpt_money_format (to_invoice);
  unpaid_text = cpt_money_format (unpaid);
  gtk_label_set_label (self->to_invoice_label, to_invoice_text);
  gtk_label_set_label (self->unpaid_label, unpaid_text);
}

void
cpt_customer_view_reload (CptCustomerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCustomer) customer = NULL;

  g_return_if_fail (CPT_IS_CUSTOMER_VIEW (self));

  if (self->db == NULL || self->customer_id <= 0)
    return;

  customer = cpt_customer_service_get (self->db, self->customer_id, &error);
  if (customer == NULL)
    {
      g_debug ("Customer %" G_GINT64_FORMAT " is gone: %s", self->customer_id, error->message);
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  g_set_object (&self->customer, customer);
  cpt_customer_view_fill (self);
  if (self->orders != NULL)
    cpt_lazy_list_reload (self->orders);
  if (self->invoices != NULL)
    cpt_lazy_list_reload (self->invoices);
}

static void
on_orders_changed_cb (CptCustomerView *self)
{
  cpt_customer_view_update_orders_state (self);
}

static void
on_invoices_changed_cb (CptCustomerView *self)
{
  cpt_customer_view_update_invoices_state (self);
}

void
cpt_customer_view_set_customer (CptCustomerView *self,
                                CptDatabase     *db,
                                gint64           customer_id)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  CptInvoiceQuery invoice_query = CPT_INVOICE_QUERY_INIT;

  g_return_if_fail (CPT_IS_CUSTOMER_VIEW (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  if (self->db != db)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      g_set_object (&self->db, db);
      g_clear_object (&self->orders);
      self->orders = cpt_orders_page_new_list (db);
      g_signal_connect_object (self->orders, "items-changed",
                               G_CALLBACK (on_orders_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->orders, "notify::loading",
                               G_CALLBACK (on_orders_changed_cb), self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->orders)));
      gtk_column_view_set_model (self->orders_view, GTK_SELECTION_MODEL (selection));
      g_clear_object (&selection);

      {
        CptLazyListSource source = {
          .item_type = CPT_TYPE_INVOICE,
          .first_page = invoice_first_page,
          .list_ids = invoice_list_ids,
          .get_rows = cpt_invoice_service_get_rows,
          .get_row_id = invoice_row_id,
          .copy_query = invoice_query_copy,
          .free_query = invoice_query_free,
        };

        g_clear_object (&self->invoices);
        self->invoices = cpt_lazy_list_new (db, &source);
      }
      g_signal_connect_object (self->invoices, "items-changed",
                               G_CALLBACK (on_invoices_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->invoices, "notify::loading",
                               G_CALLBACK (on_invoices_changed_cb), self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->invoices)));
      gtk_column_view_set_model (self->invoices_view, GTK_SELECTION_MODEL (selection));
    }

  self->customer_id = customer_id;
  query.customer_id = customer_id;
  cpt_lazy_list_set_query (self->orders, &query);
  cpt_customer_view_update_orders_state (self);
  invoice_query.customer_id = customer_id;
  cpt_lazy_list_set_query (self->invoices, &invoice_query);
  cpt_customer_view_update_invoices_state (self);
  cpt_customer_view_reload (self);
  /* Not the first selectable label, which would come up all selected. */
  gtk_widget_grab_focus (GTK_WIDGET (self->orders_view));
}

gint64
cpt_customer_view_get_customer_id (CptCustomerView *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER_VIEW (self), 0);

  return self->customer_id;
}

CptLazyList *
cpt_customer_view_get_orders (CptCustomerView *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER_VIEW (self), NULL);

  return self->orders;
}

static void
on_orders_view_activate_cb (CptCustomerView *self,
                            guint            position,
                            GtkColumnView   *view)
{
  gint64 id = cpt_lazy_list_get_id (self->orders, position);

  if (id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-order", "x", id);
}

static void
on_invoices_view_activate_cb (CptCustomerView *self,
                              guint            position,
                              GtkColumnView   *view)
{
  gint64 id = cpt_lazy_list_get_id (self->invoices, position);

  if (id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-invoice", "x", id);
}

CptLazyList *
cpt_customer_view_get_invoices (CptCustomerView *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER_VIEW (self), NULL);

  return self->invoices;
}

static void
cpt_customer_view_close_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
on_customer_form_saved_cb (CptCustomerView *self,
                           gint64           customer_id,
                           CptCustomerForm *form)
{
  cpt_customer_view_reload (self);
}

static void
cpt_customer_view_edit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CptCustomerView *self = CPT_CUSTOMER_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CptCustomerForm *form;

  form = cpt_customer_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                self->db, self->customer_id);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_customer_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_order_form_saved_cb (CptCustomerView *self,
                        gint64           order_id,
                        CptOrderForm    *form)
{
  cpt_customer_view_reload (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-order", "x", order_id);
}

/* « Nouvelle transaction » → « Commande client »: the order form with this
 * customer already chosen. */
static void
cpt_customer_view_new_order_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CptCustomerView *self = CPT_CUSTOMER_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CptOrderForm *form;

  form = cpt_order_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                             self->db, 0, self->customer_id);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_order_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_invoice_saved_cb (CptCustomerView *self,
                     gint64           invoice_id)
{
  cpt_customer_view_reload (self);
}

/* « Nouvelle transaction » → « Facture »: from one of the customer's orders. */
static void
cpt_customer_view_new_invoice_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CptCustomerView *self = CPT_CUSTOMER_VIEW (widget);

  cpt_customer_invoice_start (widget, self->db, self->customer_id, G_CALLBACK (on_invoice_saved_cb));
}

static void
cpt_customer_view_dispose (GObject *object)
{
  CptCustomerView *self = CPT_CUSTOMER_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_CUSTOMER_VIEW);
  /* The template's top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->orders);
  g_clear_object (&self->invoices);
  g_clear_object (&self->customer);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_customer_view_parent_class)->dispose (object);
}

static void
cpt_customer_view_class_init (CptCustomerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_customer_view_dispose;

  /* Emitted when the view asks to go back to the list. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CPT_TYPE_ORDER_SUMMARY);
  g_type_ensure (CPT_TYPE_INVOICE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-customer-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, toolbar_title);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, name_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, info_grid);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, to_invoice_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, unpaid_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, billing_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, shipping_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, orders_stack);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, orders_view);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, invoices_stack);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerView, invoices_view);
  gtk_widget_class_bind_template_callback (widget_class, on_invoices_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_orders_view_activate_cb);
  cpt_list_cells_bind_template_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "customer.close", NULL, cpt_customer_view_close_action);
  gtk_widget_class_install_action (widget_class, "customer.edit", NULL, cpt_customer_view_edit_action);
  gtk_widget_class_install_action (widget_class, "customer.new-invoice", NULL,
                                   cpt_customer_view_new_invoice_action);
  gtk_widget_class_install_action (widget_class, "customer.new-order", NULL,
                                   cpt_customer_view_new_order_action);
}

static void
cpt_customer_view_init (CptCustomerView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
