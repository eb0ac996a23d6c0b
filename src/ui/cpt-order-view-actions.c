/* cpt-order-view-actions.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-order-view-private.h"
#include "cpt-document-builder.h"
#include "cpt-document-export.h"
#include "cpt-invoice-dialog.h"
#include "cpt-order-form.h"
#include "cpt-send-dialog.h"
#include "cpt-shipment-dialog.h"

/* Each action opens the window that does the job; the database's changed
 * signal then makes the window reload this view. */

static void
on_order_form_saved_cb (CptOrderView *self,
                        gint64        order_id,
                        CptOrderForm *form)
{
  cpt_order_view_reload (self);
}

static void
cpt_order_view_edit_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  CptOrder *order = cpt_order_view_get_order (self);
  CptOrderForm *form;

  g_return_if_fail (order != NULL);

  form = cpt_order_form_new (cpt_order_view_get_window (self), cpt_order_view_get_database (self),
                             cpt_order_get_id (order), 0);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_order_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
}

static void
cpt_order_view_send_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  CptOrder *order = cpt_order_view_get_order (self);

  g_return_if_fail (order != NULL);

  cpt_send_dialog_present_for_order (cpt_order_view_get_window (self),
                                     cpt_order_view_get_database (self),
                                     cpt_order_get_id (order));
}

static CptDocument *
cpt_order_view_load_document (CptOrderView *self)
{
  CptOrder *order = cpt_order_view_get_order (self);
  g_autoptr(GError) error = NULL;
  CptDocument *document;

  document = cpt_document_load_order (cpt_order_view_get_database (self), cpt_order_get_id (order), &error);
  if (document == NULL)
    cpt_order_view_error (self, _("The Order Could Not Be Prepared for Printing"), error);
  return document;
}

static void
cpt_order_view_print_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  g_autoptr(CptDocument) document = cpt_order_view_load_document (self);

  if (document != NULL)
    cpt_document_print_run (cpt_order_view_get_window (self), &document, 1);
}

static void
cpt_order_view_export_pdf_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  g_autoptr(CptDocument) document = cpt_order_view_load_document (self);

  if (document != NULL)
    cpt_document_export_run (cpt_order_view_get_window (self), &document, 1);
}

static void
on_invoice_saved_cb (CptOrderView     *self,
                     gint64            invoice_id,
                     CptInvoiceDialog *dialog)
{
  cpt_order_view_reload (self);
  cpt_order_view_toast (self, _("Invoice saved"));
}

static void
cpt_order_view_invoice_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  CptOrder *order = cpt_order_view_get_order (self);
  g_autoptr(GError) error = NULL;
  CptInvoiceDialog *dialog;

  g_return_if_fail (order != NULL);

  dialog = cpt_invoice_dialog_new (cpt_order_view_get_window (self), cpt_order_view_get_database (self),
                                   cpt_order_get_id (order), &error);
  if (dialog == NULL)
    {
      cpt_order_view_error (self, _("The Order Cannot Be Invoiced"), error);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_invoice_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_shipment_saved_cb (CptOrderView      *self,
                      gint64             shipment_id,
                      CptShipmentDialog *dialog)
{
  cpt_order_view_reload (self);
  cpt_order_view_toast (self, _("Shipment saved"));
}

static void
cpt_order_view_ship_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  CptOrder *order = cpt_order_view_get_order (self);
  g_autoptr(GError) error = NULL;
  CptShipmentDialog *dialog;

  g_return_if_fail (order != NULL);

  dialog = cpt_shipment_dialog_new (cpt_order_view_get_window (self), cpt_order_view_get_database (self),
                                    cpt_order_get_id (order), &error);
  if (dialog == NULL)
    {
      cpt_order_view_error (self, _("The Order Cannot Be Shipped"), error);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_shipment_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cpt_order_view_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "order.edit", NULL, cpt_order_view_edit_action);
  gtk_widget_class_install_action (widget_class, "order.send", NULL, cpt_order_view_send_action);
  gtk_widget_class_install_action (widget_class, "order.print", NULL, cpt_order_view_print_action);
  gtk_widget_class_install_action (widget_class, "order.export-pdf", NULL, cpt_order_view_export_pdf_action);
  gtk_widget_class_install_action (widget_class, "order.invoice", NULL, cpt_order_view_invoice_action);
  gtk_widget_class_install_action (widget_class, "order.ship", NULL, cpt_order_view_ship_action);
}
