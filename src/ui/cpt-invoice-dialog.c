/* cpt-invoice-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-dialog"

#include "config.h"

#include "cpt-invoice-dialog.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-order-service.h"

struct _CptInvoiceDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  AdwActionRow   *customer_row;
  AdwActionRow   *date_row;
  GtkBox         *content_box;
  GtkLabel       *error_label;
  GtkWidget      *date_entry;
  GtkWidget      *grid;

  CptDatabase    *db;
  gint64          order_id;
  gint64          draft_id;   /* 0: a new invoice */
};

G_DEFINE_FINAL_TYPE (CptInvoiceDialog, cpt_invoice_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  SAVE_DRAFT,
  SAVE_ISSUE,
  SAVE_ISSUE_AND_SEND,
} SaveMode;

static void
show_error (CptInvoiceDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
save (CptInvoiceDialog *self,
      SaveMode          mode)
{
  g_autoptr(GArray) request = cpt_line_quantity_grid_dup_request (CPT_LINE_QUANTITY_GRID (self->grid));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  CptInvoiceRequest invoice = { 0 };
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 invoice_id;

  if (!cpt_date_entry_is_valid (CPT_DATE_ENTRY (self->date_entry)))
    {
      show_error (self, _("Enter the invoice date as DD/MM/YYYY."));
      return;
    }
  date = cpt_date_entry_dup_date (CPT_DATE_ENTRY (self->date_entry));
  invoice.date = date;
  invoice.lines = (const CptLineQuantity *) request->data;
  invoice.n_lines = request->len;

  if (self->draft_id > 0)
    invoice_id = cpt_invoice_service_update_draft (self->db, self->draft_id, &invoice, &error) &&
                 (mode == SAVE_DRAFT || cpt_invoice_service_issue (self->db, self->draft_id, &error))
                 ? self->draft_id : 0;
  else if (mode == SAVE_DRAFT)
    invoice_id = cpt_invoice_service_create_draft (self->db, self->order_id, &invoice, &error);
  else
    invoice_id = cpt_invoice_service_create_issued (self->db, self->order_id, &invoice, &error);
  if (invoice_id == 0)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, invoice_id);
  if (mode == SAVE_ISSUE_AND_SEND && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.send-invoice", "x", invoice_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save (CPT_INVOICE_DIALOG (widget), SAVE_DRAFT);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  save (CPT_INVOICE_DIALOG (widget), SAVE_ISSUE);
}

static void
issue_send_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save (CPT_INVOICE_DIALOG (widget), SAVE_ISSUE_AND_SEND);
}

static void
on_grid_changed_cb (CptInvoiceDialog *self)
{
  gboolean any = cpt_line_quantity_grid_get_total (CPT_LINE_QUANTITY_GRID (self->grid)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.save-draft", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.issue", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.issue-send", any);
}

static void
cpt_invoice_dialog_dispose (GObject *object)
{
  CptInvoiceDialog *self = CPT_INVOICE_DIALOG (object);

  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_INVOICE_DIALOG);

  G_OBJECT_CLASS (cpt_invoice_dialog_parent_class)->dispose (object);
}

static void
cpt_invoice_dialog_class_init (CptInvoiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_invoice_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-invoice-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceDialog, customer_row);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceDialog, error_label);

  gtk_widget_class_install_action (widget_class, "invoice.save-draft", NULL, save_draft_action);
  gtk_widget_class_install_action (widget_class, "invoice.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "invoice.issue-send", NULL, issue_send_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_invoice_dialog_init (CptInvoiceDialog *self)
{
  GtkWidget *heading;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->date_entry = cpt_date_entry_new ();
  gtk_widget_set_valign (self->date_entry, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->date_row, self->date_entry);
  adw_action_row_set_activatable_widget (self->date_row, self->date_entry);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (cpt_date_entry_get_entry (CPT_DATE_ENTRY (self->date_entry))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->date_row, NULL, -1);

  heading = gtk_label_new (C_("line quantities", "Lines"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_insert_child_after (self->content_box, heading,
                              gtk_widget_get_first_child (GTK_WIDGET (self->content_box)));
  self->grid = cpt_line_quantity_grid_new (CPT_LINE_QUANTITY_TO_INVOICE);
  gtk_box_insert_child_after (self->content_box, self->grid, heading);
  g_signal_connect_object (self->grid, "changed", G_CALLBACK (on_grid_changed_cb), self, G_CONNECT_SWAPPED);
}

CptInvoiceDialog *
cpt_invoice_dialog_new (GtkWindow    *parent,
                        CptDatabase  *db,
                        gint64        order_id,
                        GError      **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *today = cpt_date_today ();
  CptInvoiceDialog *self;
  CptOrderStatus status;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  order = cpt_order_service_get (db, order_id, error);
  if (order == NULL)
    return NULL;
  status = cpt_order_get_status (order);
  if (status != CPT_ORDER_STATUS_CONFIRMED && status != CPT_ORDER_STATUS_CLOSED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("Order %s is %s: only a confirmed order can be invoiced."),
                   cpt_order_get_number (order), cpt_order_status_get_label (status));
      return NULL;
    }

  lines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    g_ptr_array_add (lines, g_object_ref (cpt_order_get_line (order, i)));

  self = g_object_new (CPT_TYPE_INVOICE_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->order_id = order_id;
  adw_window_title_set_subtitle (self->window_title, cpt_order_get_number (order));
  adw_action_row_set_subtitle (self->customer_row, cpt_order_get_customer_name (order));
  cpt_date_entry_set_date (CPT_DATE_ENTRY (self->date_entry), today);
  cpt_line_quantity_grid_set_lines (CPT_LINE_QUANTITY_GRID (self->grid), lines, NULL);
  return self;
}

CptInvoiceDialog *
cpt_invoice_dialog_new_for_draft (GtkWindow    *parent,
                                  CptDatabase  *db,
                                  gint64        invoice_id,
                                  GError      **error)
{
  g_autoptr(CptInvoice) draft = NULL;
  CptInvoiceDialog *self;
  CptLineQuantityGrid *grid;
  GListModel *lines;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  draft = cpt_invoice_service_get (db, invoice_id, error);
  if (draft == NULL)
    return NULL;
  if (cpt_invoice_get_status (draft) != CPT_INVOICE_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is issued: it can no longer be changed or deleted; "
                     "issue a credit note to cancel it."), cpt_invoice_get_number (draft));
      return NULL;
    }
  self = cpt_invoice_dialog_new (parent, db, cpt_invoice_get_order_id (draft), error);
  if (self == NULL)
    return NULL;

  self->draft_id = invoice_id;
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Invoice Draft"));
  adw_window_title_set_title (self->window_title, _("Edit Invoice Draft"));
  cpt_date_entry_set_date (CPT_DATE_ENTRY (self->date_entry), cpt_invoice_get_date (draft));

  /* The draft's quantities instead of what remains. */
  grid = CPT_LINE_QUANTITY_GRID (self->grid);
  {
    g_autoptr(GArray) request = cpt_line_quantity_grid_dup_request (grid);

    lines = cpt_invoice_get_lines (draft);
    for (guint i = 0; i < request->len; i++)
      {
        gint64 quantity = 0;

        for (guint j = 0; j < g_list_model_get_n_items (lines); j++)
          {
            g_autoptr(CptInvoiceLine) line = g_list_model_get_item (lines, j);

            if (cpt_invoice_line_get_order_line_id (line) == g_array_index (request, CptLineQuantity, i).line_id)
              quantity += cpt_invoice_line_get_quantity (line);
          }
        gtk_spin_button_set_value (cpt_line_quantity_grid_get_spin (grid, i), quantity / 1000.0);
      }
  }
  return self;
}

CptLineQuantityGrid *
cpt_invoice_dialog_get_grid (CptInvoiceDialog *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_DIALOG (self), NULL);

  return CPT_LINE_QUANTITY_GRID (self->grid);
}

CptDateEntry *
cpt_invoice_dialog_get_date_entry (CptInvoiceDialog *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_DIALOG (self), NULL);

  return CPT_DATE_ENTRY (self->date_entry);
}

const char *
cpt_invoice_dialog_get_error (CptInvoiceDialog *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
