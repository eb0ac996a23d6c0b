/* cpt-order-documents.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-documents"

#include "config.h"

#include "cpt-order-documents.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cpt-credit-note-service.h"
#include "cpt-date.h"
#include "cpt-invoice-service.h"
#include "cpt-money.h"
#include "cpt-shipment-service.h"

struct _CptOrderDocuments
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkListBox *list;
  guint       count;
};

G_DEFINE_FINAL_TYPE (CptOrderDocuments, cpt_order_documents, GTK_TYPE_WIDGET)

static void
add_row (CptOrderDocuments *self,
         const char        *title,
         const char        *subtitle,
         const char        *action,
         gint64             id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  gtk_list_box_append (self->list, row);
  self->count++;
}

static void
add_shipments (CptOrderDocuments *self,
               CptDatabase       *db,
               gint64             order_id)
{
  CptShipmentQuery query = { order_id, NULL };
  g_autoptr(GPtrArray) rows = NULL;

  if (!cpt_shipment_service_list (db, &query, NULL, 0, &rows, NULL))
    return;
  for (guint i = rows->len; i > 0; i--)
    {
      CptShipment *shipment = g_ptr_array_index (rows, i - 1);
      g_autofree char *title = g_strdup_printf (_("Shipment %s"), cpt_shipment_get_number (shipment));
      g_autofree char *date = cpt_date_format (cpt_shipment_get_date (shipment));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   cpt_shipment_status_get_label (cpt_shipment_get_status (shipment)));

      add_row (self, title, subtitle, "win.open-shipment", cpt_shipment_get_id (shipment));
    }
}

static void
add_invoices (CptOrderDocuments *self,
              CptDatabase       *db,
              gint64             order_id)
{
  CptInvoiceQuery query = CPT_INVOICE_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;

  query.order_id = order_id;
  query.descending = FALSE;
  if (!cpt_invoice_service_first_page (db, &query, 0, &rows, NULL))
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      CptInvoice *invoice = g_ptr_array_index (rows, i);
      g_autofree char *title = cpt_invoice_get_number (invoice) != NULL
                               ? g_strdup_printf (_("Invoice %s"), cpt_invoice_get_number (invoice))
                               : g_strdup (_("Invoice Draft"));
      g_autofree char *date = cpt_date_format (cpt_invoice_get_date (invoice));
      g_autofree char *total = cpt_money_format (cpt_invoice_get_total (invoice));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", date, total,
                                                   cpt_invoice_status_get_label (cpt_invoice_get_status (invoice)));

      add_row (self, title, subtitle, "win.open-invoice", cpt_invoice_get_id (invoice));
    }
}

static void
add_credit_notes (CptOrderDocuments *self,
                  CptDatabase       *db,
                  gint64             order_id)
{
  CptCreditNoteQuery query = { 0, order_id, 0, NULL };
  g_autoptr(GPtrArray) rows = NULL;

  if (!cpt_credit_note_service_list (db, &query, NULL, 0, &rows, NULL))
    return;
  for (guint i = rows->len; i > 0; i--)
    {
      CptCreditNote *note = g_ptr_array_index (rows, i - 1);
      g_autofree char *title = g_strdup_printf (_("Credit Note %s"), cpt_credit_note_get_number (note));
      g_autofree char *date = cpt_date_format (cpt_credit_note_get_date (note));
      g_autofree char *total = cpt_money_format (cpt_credit_note_get_total (note));
      /* Translators: « 06/03/2026 · 84,00 € · annule FA-2026-00002 » */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · cancels %s"), date, total,
                                                   cpt_credit_note_get_invoice_number (note));

      add_row (self, title, subtitle, "win.open-invoice", cpt_credit_note_get_invoice_id (note));
    }
}

void
cpt_order_documents_set_order (CptOrderDocuments *self,
                               CptDatabase       *db,
                               gint64             order_id)
{
  GtkWidget *child;

  g_return_if_fail (CPT_IS_ORDER_DOCUMENTS (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->count = 0;

  add_shipments (self, db, order_id);
  add_invoices (self, db, order_id);
  add_credit_notes (self, db, order_id);
  gtk_widget_set_visible (GTK_WIDGET (self), self->count > 0);
}

guint
cpt_order_documents_get_count (CptOrderDocuments *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_DOCUMENTS (self), 0);

  return self->count;
}

static void
cpt_order_documents_dispose (GObject *object)
{
  CptOrderDocuments *self = CPT_ORDER_DOCUMENTS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cpt_order_documents_parent_class)->dispose (object);
}

static void
cpt_order_documents_class_init (CptOrderDocumentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_order_documents_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cpt_order_documents_init (CptOrderDocuments *self)
{
  GtkWidget *heading = gtk_label_new (_("Shipments, Invoices and Credit Notes"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self->box), heading);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Shipments, Invoices and Credit Notes"), -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cpt_order_documents_new (void)
{
  return g_object_new (CPT_TYPE_ORDER_DOCUMENTS, NULL);
}
