/* cpt-customer-invoice.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customer-invoice"

#include "config.h"

#include "cpt-customer-invoice.h"

#include <glib/gi18n.h>

#include "cpt-invoice-dialog.h"
#include "cpt-invoice-service.h"

typedef struct
{
  GtkWidget   *source;
  CptDatabase *db;
  GArray      *order_ids;
  GtkDropDown *dropdown;
  GCallback    on_saved;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->source);
  g_clear_object (&choice->db);
  g_clear_pointer (&choice->order_ids, g_array_unref);
  g_free (choice);
}

static void
choice_closure_notify (gpointer  data,
                       GClosure *closure)
{
  choice_free (data);
}

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_dialog (GtkWidget   *source,
             CptDatabase *db,
             gint64       order_id,
             GCallback    on_saved)
{
  g_autoptr(GError) error = NULL;
  CptInvoiceDialog *dialog = cpt_invoice_dialog_new (get_window (source), db, order_id, &error);

  if (dialog == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (get_window (source), _("This Order Cannot Be Invoiced"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  if (on_saved != NULL)
    g_signal_connect_object (dialog, "saved", on_saved, source, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_choice_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Choice           *choice)
{
  guint selected = gtk_drop_down_get_selected (choice->dropdown);

  if (g_strcmp0 (response, "invoice") == 0 && selected < choice->order_ids->len)
    open_dialog (choice->source, choice->db, g_array_index (choice->order_ids, gint64, selected),
                 choice->on_saved);
}

void
cpt_customer_invoice_start (GtkWidget   *source,
                            CptDatabase *db,
                            gint64       customer_id,
                            GCallback    on_saved)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) numbers = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  Choice *choice;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (CPT_IS_DATABASE (db));

  if (!cpt_invoice_service_list_invoiceable_orders (db, customer_id, &ids, &numbers, &error))
    {
      dialog = adw_message_dialog_new (get_window (source), _("The Orders Could Not Be Read"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (ids->len == 0)
    {
      dialog = adw_message_dialog_new (get_window (source), _("Nothing to Invoice"),
                                       _("Invoices are made from sales orders, and this customer has no "
                                         "confirmed order left to invoice. Create and confirm an order "
                                         "first."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (ids->len == 1)
    {
      open_dialog (source, db, g_array_index (ids, gint64, 0), on_saved);
      return;
    }

  g_ptr_array_add (numbers, NULL);
  choice = g_new0 (Choice, 1);
  choice->source = g_object_ref (source);
  choice->db = g_object_ref (db);
  choice->order_ids = g_steal_pointer (&ids);
  choice->on_saved = on_saved;
  choice->dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char *const *) numbers->pdata));
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sales order to invoice"), -1);

  dialog = adw_message_dialog_new (get_window (source), _("Which Order to Invoice?"),
                                   _("This customer has several confirmed orders left to invoice."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (choice->dropdown));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "invoice", _("_Invoice"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "invoice", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "invoice");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_choice_response_cb), choice,
                         choice_closure_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
