/* cpt-invoice-view.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-view"

#include "config.h"

#include "cpt-invoice-view.h"
#include "cpt-view-util.h"

#include <glib/gi18n.h>

#include "cpt-credit-note-service.h"
#include "cpt-date.h"
#include "cpt-date-entry.h"
#include "cpt-invoice-dialog.h"
#include "cpt-invoice-service.h"
#include "cpt-money.h"

struct _CptInvoiceView
{
  GtkWidget    parent_instance;

  GtkLabel    *title_label;
  GtkBox      *body;
  GtkWidget   *delete_button;
  GtkWidget   *edit_button;
  GtkWidget   *credit_button;
  GtkWidget   *send_button;
  GtkWidget   *paid_button;
  GtkWidget   *issue_button;

  CptDatabase *db;
  CptInvoice  *invoice;
};

G_DEFINE_FINAL_TYPE (CptInvoiceView, cpt_invoice_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWindow *
get_window (CptInvoiceView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
label (const char *text,
       float       xalign,
       const char *css_class)
{
  GtkWidget *widget = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (widget), xalign);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (widget, css_class);
  return widget;
}

static void
add_info (GtkGrid    *grid,
          int         row,
          const char *title,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  gtk_grid_attach (grid, label (title, 0.0, "dim-label"), 0, row, 1, 1);
  gtk_grid_attach (grid, label (value, 0.0, NULL), 1, row, 1, 1);
}

static void
add_money_row (GtkGrid    *grid,
               int         row,
               const char *title,
               gint64      cents,
               gboolean    strong)
{
  g_autofree char *amount = cpt_money_format (cents);

  gtk_grid_attach (grid, label (title, 1.0, strong ? "heading" : NULL), 0, row, 1, 1);
  gtk_grid_attach (grid, label (amount, 1.0, strong ? "heading" : "numeric"), 1, row, 1, 1);
}

static const char *
status_class (CptInvoiceStatus status)
{
  switch (status)
    {
    case CPT_INVOICE_STATUS_PAID:
      return "cpt-done";
    case CPT_INVOICE_STATUS_ISSUED:
    case CPT_INVOICE_STATUS_SENT:
      return "cpt-partial";
    case CPT_INVOICE_STATUS_CREDITED:
      return "cpt-status-void";
    case CPT_INVOICE_STATUS_DRAFT:
    default:
      return "cpt-none";
    }
}

static GtkWidget *
lines_grid (CptInvoice *invoice)
{
  GListModel *lines = cpt_invoice_get_lines (invoice);
  GtkWidget *grid = gtk_grid_new ();
  const char *headings[] = {
    C_("invoice lines", "Description"), C_("invoice lines", "Quantity"),
    C_("invoice lines", "Unit Price excl. VAT"), C_("invoice lines", "VAT"),
    C_("invoice lines", "Amount excl. VAT"),
  };

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_grid_attach (GTK_GRID (grid), label (headings[c], c == 0 ? 0.0 : 1.0, "heading"), c, 0, 1, 1);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CptInvoiceLine) line = g_list_model_get_item (lines, i);
      g_autofree char *quantity = cpt_quantity_format (cpt_invoice_line_get_quantity (line));
      g_autofree char *rate = cpt_money_format (cpt_invoice_line_get_rate (line));
      g_autofree char *amount = cpt_money_format (cpt_invoice_line_get_amount (line));
      GtkWidget *description = label (cpt_invoice_line_get_description (line), 0.0, NULL);

      gtk_widget_set_hexpand (description, TRUE);
      gtk_grid_attach (GTK_GRID (grid), description, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label (quantity, 1.0, "numeric"), 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label (rate, 1.0, "numeric"), 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label (cpt_invoice_line_get_tax_name (line), 1.0, NULL), 3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label (amount, 1.0, "numeric"), 4, i + 1, 1, 1);
    }
  return grid;
}

static GtkWidget *
totals_grid (CptInvoice *invoice)
{
  GListModel *taxes = cpt_invoice_get_taxes (invoice);
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_widget_set_halign (grid, GTK_ALIGN_END);
  add_money_row (GTK_GRID (grid), row++, _("Subtotal excl. VAT"), cpt_invoice_get_sub_total (invoice), FALSE);
  if (cpt_invoice_get_discount_total (invoice) != 0)
    add_money_row (GTK_GRID (grid), row++, _("Discount"), -cpt_invoice_get_discount_total (invoice), FALSE);
  if (cpt_invoice_get_shipping_charge (invoice) != 0)
    add_money_row (GTK_GRID (grid), row++, _("Shipping Charges"), cpt_invoice_get_shipping_charge (invoice), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (taxes); i++)
    {
      g_autoptr(CptDocumentTax) tax = g_list_model_get_item (taxes, i);
      g_autofree char *base = cpt_money_format (cpt_document_tax_get_base (tax));
      /* Translators: « TVA 20 % sur 100,00 € » */
      g_autofree char *title = g_strdup_printf (_("%s on %s"), cpt_document_tax_get_name (tax), base);

      add_money_row (GTK_GRID (grid), row++, title, cpt_document_tax_get_amount (tax), FALSE);
    }
  if (cpt_invoice_get_adjustment (invoice) != 0)
    add_money_row (GTK_GRID (grid), row++,
                   *cpt_invoice_get_adjustment_description (invoice) != '\0'
                   ? cpt_invoice_get_adjustment_description (invoice) : _("Adjustment"),
                   cpt_invoice_get_adjustment (invoice), FALSE);
  add_money_row (GTK_GRID (grid), row++, _("Total incl. VAT"), cpt_invoice_get_total (invoice), TRUE);
  return grid;
}

static void
update_actions (CptInvoiceView *self)
{
  CptInvoiceStatus status = self->invoice != NULL ? cpt_invoice_get_status (self->invoice)
                                                  : CPT_INVOICE_STATUS_CREDITED;
  gboolean issued = status == CPT_INVOICE_STATUS_ISSUED || status == CPT_INVOICE_STATUS_SENT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.issue", status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.delete", status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.edit", status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.mark-paid", issued);
  /* invoice.send is installed by cpt_send_dialog_install_actions(). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.send",
                                 issued || status == CPT_INVOICE_STATUS_PAID);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.credit",
                                 issued || status == CPT_INVOICE_STATUS_PAID);
  /* The document actions are installed by cpt_document_actions_install(). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.print", self->invoice != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.export-pdf", self->invoice != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.print-credit-note",
                                 self->invoice != NULL && cpt_invoice_get_credit_note_id (self->invoice) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.export-credit-note-pdf",
                                 self->invoice != NULL && cpt_invoice_get_credit_note_id (self->invoice) > 0);

  /* Only the buttons that apply: a draft's, or an issued invoice's. */
  gtk_widget_set_visible (self->edit_button, status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_set_visible (self->delete_button, status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_set_visible (self->issue_button, status == CPT_INVOICE_STATUS_DRAFT);
  gtk_widget_set_visible (self->paid_button, issued);
  gtk_widget_set_visible (self->send_button, issued || status == CPT_INVOICE_STATUS_PAID);
  gtk_widget_set_visible (self->credit_button, issued || status == CPT_INVOICE_STATUS_PAID);
}

static void
rebuild (CptInvoiceView *self)
{
  CptInvoice *invoice = self->invoice;
  GtkWidget *child;
  GtkWidget *info;
  GtkWidget *badge;
  g_autofree char *date = NULL;
  g_autofree char *due = NULL;
  g_autofree char *paid = NULL;
  g_autofree char *address = NULL;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);
  update_actions (self);
  if (invoice == NULL)
    return;

  gtk_label_set_text (self->title_label, cpt_invoice_get_number (invoice) != NULL
                                         ? cpt_invoice_get_number (invoice) : _("Invoice Draft"));

  badge = gtk_label_new (cpt_invoice_status_get_label (cpt_invoice_get_status (invoice)));
  gtk_widget_add_css_class (badge, "cpt-badge");
  gtk_widget_add_css_class (badge, status_class (cpt_invoice_get_status (invoice)));
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_box_append (self->body, badge);

  date = cpt_date_format (cpt_invoice_get_date (invoice));
  due = cpt_invoice_get_due_date (invoice) ? cpt_date_format (cpt_invoice_get_due_date (invoice)) : NULL;
  paid = cpt_invoice_get_paid_date (invoice) ? cpt_date_format (cpt_invoice_get_paid_date (invoice)) : NULL;
  address = cpt_address_format (cpt_invoice_get_billing_address (invoice));
  info = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (info), 6);
  gtk_grid_set_column_spacing (GTK_GRID (info), 18);
  add_info (GTK_GRID (info), row++, _("Customer"), cpt_invoice_get_customer_name (invoice));
  add_info (GTK_GRID (info), row++, _("Billing Address"), address);
  add_info (GTK_GRID (info), row++, _("Sales Order"), cpt_invoice_get_order_number (invoice));
  add_info (GTK_GRID (info), row++, _("Invoice Date"), date);
  add_info (GTK_GRID (info), row++, _("Due Date"), due);
  add_info (GTK_GRID (info), row++, _("Payment Terms"), cpt_invoice_get_payment_terms_name (invoice));
  add_info (GTK_GRID (info), row++, _("Paid On"), paid);
  add_info (GTK_GRID (info), row++, _("Credit Note"), cpt_invoice_get_credit_note_number (invoice));
  gtk_box_append (self->body, info);

  gtk_box_append (self->body, lines_grid (invoice));
  gtk_box_append (self->body, totals_grid (invoice));
}

void
cpt_invoice_view_set_invoice (CptInvoiceView *self,
                              CptDatabase    *db,
                              gint64          invoice_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CPT_IS_INVOICE_VIEW (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  g_set_object (&self->db, db);
  g_clear_object (&self->invoice);
  self->invoice = cpt_invoice_service_get (db, invoice_id, &error);
  if (self->invoice == NULL)
    g_debug ("Invoice %" G_GINT64_FORMAT ": %s", invoice_id, error->message);
  rebuild (self);
}

CptInvoice *
cpt_invoice_view_get_invoice (CptInvoiceView *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_VIEW (self), NULL);

  return self->invoice;
}

static void
reload_and_notify (CptInvoiceView *self)
{
  cpt_invoice_view_set_invoice (self, self->db, cpt_invoice_get_id (self->invoice));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_error (CptInvoiceView *self,
            const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), _("The Invoice Was Not Changed"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
cpt_invoice_view_mark_paid (CptInvoiceView  *self,
                            const char      *date,
                            GError         **error)
{
  g_return_val_if_fail (CPT_IS_INVOICE_VIEW (self) && self->invoice != NULL, FALSE);

  if (!cpt_invoice_service_mark_paid (self->db, cpt_invoice_get_id (self->invoice), date, error))
    return FALSE;
  reload_and_notify (self);
  return TRUE;
}

gboolean
cpt_invoice_view_credit (CptInvoiceView  *self,
                         const char      *reason,
                         GError         **error)
{
  g_return_val_if_fail (CPT_IS_INVOICE_VIEW (self) && self->invoice != NULL, FALSE);

  if (cpt_credit_note_service_create (self->db, cpt_invoice_get_id (self->invoice), reason, NULL, error) == 0)
    return FALSE;
  reload_and_notify (self);
  return TRUE;
}

static void
on_paid_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CptInvoiceView   *self)
{
  CptDateEntry *entry = g_object_get_data (G_OBJECT (dialog), "date-entry");
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "paid") != 0 || self->invoice == NULL)
    return;
  if (!cpt_date_entry_is_valid (entry))
    {
      show_error (self, _("Enter the payment date as DD/MM/YYYY."));
      return;
    }
  date = cpt_date_entry_dup_date (entry);
  if (!cpt_invoice_view_mark_paid (self, date, &error))
    show_error (self, error->message);
}

static void
mark_paid_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CptInvoiceView *self = CPT_INVOICE_VIEW (widget);
  g_autofree char *today = cpt_date_today ();
  g_autofree char *heading = g_strdup_printf (_("Mark Invoice %s as Paid"),
                                              cpt_invoice_get_number (self->invoice));
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, _("Date of the payment:"));
  GtkWidget *entry = cpt_date_entry_new ();

  cpt_date_entry_set_date (CPT_DATE_ENTRY (entry), today);
  g_object_set_data (G_OBJECT (dialog), "date-entry", entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "paid", _("Mark as _Paid"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "paid", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "paid");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_paid_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_credit_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       CptInvoiceView   *self)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "credit") == 0 && self->invoice != NULL &&
      !cpt_invoice_view_credit (self, gtk_editable_get_text (reason), &error))
    show_error (self, error->message);
}

static void
credit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CptInvoiceView *self = CPT_INVOICE_VIEW (widget);
  g_autofree char *heading = g_strdup_printf (_("Cancel Invoice %s with a Credit Note?"),
                                              cpt_invoice_get_number (self->invoice));
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading,
                                              _("The credit note cancels the whole invoice and puts its "
                                                "quantities back to invoice on the order. It cannot be undone."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (optional)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason (optional)"), -1);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "credit", _("Create _Credit Note"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "credit",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_credit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_draft_saved_cb (CptInvoiceView *self,
                   gint64          invoice_id)
{
  reload_and_notify (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CptInvoiceView *self = CPT_INVOICE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  CptInvoiceDialog *dialog;

  dialog = cpt_invoice_dialog_new_for_draft (get_window (self), self->db,
                                             cpt_invoice_get_id (self->invoice), &error);
  if (dialog == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_draft_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CptInvoiceView *self = CPT_INVOICE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!cpt_invoice_service_issue (self->db, cpt_invoice_get_id (self->invoice), &error))
    show_error (self, error->message);
  else
    reload_and_notify (self);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       CptInvoiceView   *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->invoice == NULL)
    return;
  if (!cpt_invoice_service_delete_draft (self->db, cpt_invoice_get_id (self->invoice), &error))
    {
      show_error (self, error->message);
      return;
    }
  g_clear_object (&self->invoice);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cpt_view_confirm_delete (widget, _("Delete This Invoice Draft?"),
                           _("The draft has no number yet: deleting it leaves no gap."),
                           G_CALLBACK (on_delete_response_cb));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
cpt_invoice_view_dispose (GObject *object)
{
  CptInvoiceView *self = CPT_INVOICE_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_INVOICE_VIEW);
  /* The template's outer box has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->invoice);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_invoice_view_parent_class)->dispose (object);
}

static void
cpt_invoice_view_class_init (CptInvoiceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_invoice_view_dispose;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-invoice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, body);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, credit_button);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, send_button);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, paid_button);
  gtk_widget_class_bind_template_child (widget_class, CptInvoiceView, issue_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "invoice.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "invoice.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "invoice.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "invoice.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "invoice.mark-paid", NULL, mark_paid_action);
  gtk_widget_class_install_action (widget_class, "invoice.credit", NULL, credit_action);
}

static void
cpt_invoice_view_init (CptInvoiceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

GtkWidget *
cpt_invoice_view_new (void)
{
  return g_object_new (CPT_TYPE_INVOICE_VIEW, NULL);
}
