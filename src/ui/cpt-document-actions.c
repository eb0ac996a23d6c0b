/* cpt-document-actions.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-actions"

#include "config.h"

#include "cpt-document-actions.h"

#include <glib/gi18n.h>

#include "cpt-application.h"
#include "cpt-document-builder.h"
#include "cpt-document-export.h"
#include "cpt-invoice-view.h"
#include "cpt-shipment-view.h"
#include "cpt-window.h"

/* « Imprimer » and « Exporter en PDF » on the invoice view (the invoice,
 * and the credit note that cancels it) and on the shipment view (its
 * delivery note). The order view and the orders list have their own. */

typedef CptDocument *(*LoadFunc) (CptDatabase *db,
                                  gint64       id,
                                  GError     **error);

typedef void (*RunFunc) (GtkWindow           *parent,
                         CptDocument * const *documents,
                         guint                n_documents);

static void
run (GtkWidget *widget,
     LoadFunc   load,
     gint64     id,
     RunFunc    func)
{
  GApplication *application = g_application_get_default ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  CptDatabase *db = CPT_IS_APPLICATION (application)
                    ? cpt_application_get_database (CPT_APPLICATION (application)) : NULL;
  g_autoptr(CptDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (db == NULL || id <= 0)
    return;
  document = load (db, id, &error);
  if (document == NULL)
    {
      if (CPT_IS_WINDOW (window))
        cpt_window_show_error (CPT_WINDOW (window), _("The Document Could Not Be Prepared"), error);
      return;
    }
  func (window, &document, 1);
}

static gint64
invoice_id (GtkWidget *widget)
{
  CptInvoice *invoice = cpt_invoice_view_get_invoice (CPT_INVOICE_VIEW (widget));

  return invoice != NULL ? cpt_invoice_get_id (invoice) : 0;
}

static gint64
credit_note_id (GtkWidget *widget)
{
  CptInvoice *invoice = cpt_invoice_view_get_invoice (CPT_INVOICE_VIEW (widget));

  return invoice != NULL ? cpt_invoice_get_credit_note_id (invoice) : 0;
}

static gint64
shipment_id (GtkWidget *widget)
{
  CptShipment *shipment = cpt_shipment_view_get_shipment (CPT_SHIPMENT_VIEW (widget));

  return shipment != NULL ? cpt_shipment_get_id (shipment) : 0;
}

static void
invoice_print_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  run (widget, cpt_document_load_invoice, invoice_id (widget), cpt_document_print_run);
}

static void
invoice_export_pdf_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  run (widget, cpt_document_load_invoice, invoice_id (widget), cpt_document_export_run);
}

static void
credit_note_print_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  run (widget, cpt_document_load_credit_note, credit_note_id (widget), cpt_document_print_run);
}

static void
credit_note_export_pdf_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  run (widget, cpt_document_load_credit_note, credit_note_id (widget), cpt_document_export_run);
}

static void
shipment_print_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  run (widget, cpt_document_load_shipment, shipment_id (widget), cpt_document_print_run);
}

static void
shipment_export_pdf_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  run (widget, cpt_document_load_shipment, shipment_id (widget), cpt_document_export_run);
}

/**
 * cpt_document_actions_install:
 *
 * Installs the actions on the view classes before the first window is
 * made (class actions are numbered when the first instance is created).
 * Later calls do nothing.
 */
void
cpt_document_actions_install (void)
{
  static gboolean installed;
  GtkWidgetClass *invoice_view_class;
  GtkWidgetClass *shipment_view_class;

  if (installed)
    return;
  installed = TRUE;

  invoice_view_class = g_type_class_ref (CPT_TYPE_INVOICE_VIEW);
  shipment_view_class = g_type_class_ref (CPT_TYPE_SHIPMENT_VIEW);

  gtk_widget_class_install_action (invoice_view_class, "invoice.print", NULL, invoice_print_action);
  gtk_widget_class_install_action (invoice_view_class, "invoice.export-pdf", NULL, invoice_export_pdf_action);
  gtk_widget_class_install_action (invoice_view_class, "invoice.print-credit-note", NULL,
                                   credit_note_print_action);
  gtk_widget_class_install_action (invoice_view_class, "invoice.export-credit-note-pdf", NULL,
                                   credit_note_export_pdf_action);
  gtk_widget_class_install_action (shipment_view_class, "shipment.print", NULL, shipment_print_action);
  gtk_widget_class_install_action (shipment_view_class, "shipment.export-pdf", NULL,
                                   shipment_export_pdf_action);

  g_type_class_unref (shipment_view_class);
  g_type_class_unref (invoice_view_class);
}
