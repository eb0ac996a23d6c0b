/* cpt-order-view.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-order-view-private.h"
#include "cpt-date.h"
#include "cpt-history-entry.h"
#include "cpt-money.h"
#include "cpt-order-documents.h"
#include "cpt-order-service.h"
#include "cpt-order-status.h"
#include "cpt-totals.h"
#include "cpt-view-util.h"
#include "cpt-window.h"

struct _CptOrderView
{
  GtkWidget       parent_instance;

  CptDatabase    *db;
  gint64          order_id;
  CptOrder       *order;

  GtkLabel       *toolbar_title;
  GtkWidget      *confirm_button;
  GtkWidget      *send_button;
  GtkWidget      *invoice_button;
  GtkWidget      *ship_button;
  GtkLabel       *number_label;
  GtkBox         *badges;
  CptOrderDocuments *documents;
  GtkLabel       *total_label;
  GtkLabel       *void_label;
  GtkGrid        *info_grid;
  GtkLabel       *billing_label;
  GtkLabel       *shipping_label;
  GtkGrid        *lines_grid;
  GtkGrid        *totals_grid;
  GtkWidget      *notes_box;
  GtkLabel       *notes_label;
  GtkWidget      *terms_box;
  GtkLabel       *terms_label;
  GtkListBox     *history_list;
};

G_DEFINE_FINAL_TYPE (CptOrderView, cpt_order_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWindow *
cpt_order_view_get_window (CptOrderView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
cpt_order_view_toast (CptOrderView *self,
                      const char   *message)
{
  GtkWindow *window = cpt_order_view_get_window (self);

  if (CPT_IS_WINDOW (window))
    cpt_window_show_message (CPT_WINDOW (window), message);
}

void
cpt_order_view_error (CptOrderView *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWindow *window = cpt_order_view_get_window (self);

  if (CPT_IS_WINDOW (window))
    cpt_window_show_error (CPT_WINDOW (window), heading, error);
}

/* « 28/11/2026 14:05 » in local time, from a stored UTC timestamp. */
static char *
format_timestamp (const char *iso)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL)
    return g_strdup ("");

  utc = g_date_time_new_from_iso8601 (iso, NULL);
  if (utc == NULL)
    return g_strdup (iso);

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static GtkWidget *
new_label (const char *text,
           float       xalign,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_badge (CptOrderView *self,
           const char   *text,
           const char   *css_class)
{
  GtkWidget *badge = new_label (text, 0.5, "cpt-badge");

  gtk_widget_add_css_class (badge, css_class);
  gtk_box_append (self->badges, badge);
}

static void
add_info (CptOrderView *self,
          int           row,
          const char   *key,
          const char   *value)
{
  GtkWidget *value_label;

  if (value == NULL || value[0] == '\0')
    return;

  gtk_grid_attach (self->info_grid, new_label (key, 0, "dim-label"), 0, row, 1, 1);
  value_label = new_label (value, 0, NULL);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_widget_set_hexpand (value_label, TRUE);
  gtk_grid_attach (self->info_grid, value_label, 1, row, 1, 1);
}

static void
add_total (CptOrderView *self,
           int           row,
           const char   *key,
           gint64        cents,
           gboolean      strong)
{
  g_autofree char *amount = cpt_money_format (cents);
  GtkWidget *key_label = new_label (key, 1, strong ? "heading" : "dim-label");
  GtkWidget *amount_label = new_label (amount, 1, "numeric");

  if (strong)
    gtk_widget_add_css_class (amount_label, "heading");
  gtk_grid_attach (self->totals_grid, key_label, 0, row, 1, 1);
  gtk_grid_attach (self->totals_grid, amount_label, 1, row, 1, 1);
}

static void
cpt_order_view_fill_lines (CptOrderView *self)
{
  static const char *headers[] = {
    N_("Description"), N_("Quantity"), N_("Unit Price Excl. VAT"),
    N_("Discount"), N_("VAT"), N_("Amount Excl. VAT"),
  };
  guint n = cpt_order_get_n_lines (self->order);

  clear_container (GTK_WIDGET (self->lines_grid));

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *header = new_label (_(headers[i]), i == 0 ? 0 : 1, "cpt-lines-header");

      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_add_css_class (header, "caption-heading");
      gtk_grid_attach (self->lines_grid, header, i, 0, 1, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      CptOrderLine *line = cpt_order_get_line (self->order, i);
      const char *unit = cpt_order_line_get_unit (line);
      g_autofree char *quantity = cpt_quantity_format (cpt_order_line_get_quantity (line));
      g_autofree char *quantity_unit = unit && unit[0] ? g_strdup_printf ("%s %s", quantity, unit)
                                                       : g_strdup (quantity);
      g_autofree char *price = cpt_money_format (cpt_order_line_get_rate (line));
      g_autofree char *discount = cpt_order_line_get_discount (line) > 0
                                  ? cpt_percent_format (cpt_order_line_get_discount (line))
                                  : g_strdup ("");
      g_autofree char *tax = cpt_percent_format (cpt_order_line_get_tax_rate (line));
      g_autofree char *amount = cpt_money_format (cpt_order_line_get_amount (line));
      const char *cells[] = { cpt_order_line_get_description (line), quantity_unit, price,
                              discount, tax, amount };

      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          GtkWidget *cell = new_label (cells[c] ? cells[c] : "", c == 0 ? 0 : 1, c == 0 ? NULL : "numeric");

          if (c == 0)
            {
              gtk_widget_set_hexpand (cell, TRUE);
              gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
            }
          gtk_grid_attach (self->lines_grid, cell, c, i + 1, 1, 1);
        }
    }
}

/* The VAT of each rate, computed once on the sum of that rate's bases
 * as on the printed order (core/cpt-totals). */
static void
cpt_order_view_fill_totals (CptOrderView *self)
{
  guint n = cpt_order_get_n_lines (self->order);
  g_autofree CptTotalsLine *lines = g_new0 (CptTotalsLine, MAX (n, 1));
  g_auto(CptTotals) totals = { 0 };
  CptTotalsInput input = { 0 };
  g_autoptr(GError) error = NULL;
  int row = 0;

  clear_container (GTK_WIDGET (self->totals_grid));

  for (guint i = 0; i < n; i++)
    {
      CptOrderLine *line = cpt_order_get_line (self->order, i);

      lines[i].quantity = cpt_order_line_get_quantity (line);
      lines[i].unit_price = cpt_order_line_get_rate (line);
      lines[i].discount = cpt_order_line_get_discount (line);
      lines[i].tax_id = cpt_order_line_get_tax_id (line);
      lines[i].tax_rate = cpt_order_line_get_tax_rate (line);
    }
  input.lines = lines;
  input.n_lines = n;
  input.discount_kind = cpt_order_get_discount_kind (self->order);
  input.discount_value = cpt_order_get_discount_value (self->order);
  input.shipping = cpt_order_get_shipping_charge (self->order);
  input.shipping_tax_id = cpt_order_get_shipping_tax_id (self->order);
  input.shipping_tax_rate = cpt_order_get_shipping_tax_rate (self->order);
  input.adjustment = cpt_order_get_adjustment (self->order);

  add_total (self, row++, _("Subtotal Excl. VAT"), cpt_order_get_sub_total (self->order), FALSE);
  if (cpt_order_get_discount_total (self->order) != 0)
    add_total (self, row++, _("Discount"), -cpt_order_get_discount_total (self->order), FALSE);
  if (cpt_order_get_shipping_charge (self->order) != 0)
    add_total (self, row++, _("Shipping Charges Excl. VAT"), cpt_order_get_shipping_charge (self->order), FALSE);

  if (cpt_totals_compute (&input, &totals, &error))
    {
      for (guint i = 0; i < totals.taxes->len; i++)
        {
          const CptTaxTotal *tax = &g_array_index (totals.taxes, CptTaxTotal, i);
          g_autofree char *rate = cpt_percent_format (tax->rate);
          g_autofree char *base = cpt_money_format (tax->base);
          /* Translators: « TVA 20 % sur 1 234,00 € » */
          g_autofree char *key = g_strdup_printf (_("VAT %s on %s"), rate, base);

          add_total (self, row++, key, tax->amount, FALSE);
        }
    }
  else
    {
      g_debug ("Could not compute the VAT per rate: %s", error->message);
      add_total (self, row++, _("VAT"), cpt_order_get_tax_total (self->order), FALSE);
    }

  if (cpt_order_get_adjustment (self->order) != 0)
    {
      const char *label = cpt_order_get_adjustment_description (self->order);

      add_total (self, row++, label && label[0] ? label : _("Adjustment"),
                 cpt_order_get_adjustment (self->order), FALSE);
    }
  add_total (self, row++, _("Total Incl. VAT"), cpt_order_get_total (self->order), TRUE);
}

static void
cpt_order_view_fill_history (CptOrderView *self)
{
  GListModel *history = cpt_order_get_history (self->order);
  guint n = history ? g_list_model_get_n_items (history) : 0;

  clear_container (GTK_WIDGET (self->history_list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptHistoryEntry) entry = g_list_model_get_item (history, i);
      g_autofree char *when = format_timestamp (cpt_history_entry_get_at (entry));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *text = new_label (cpt_history_entry_get_text (entry), 0, NULL);
      GtkWidget *date = new_label (when, 0, "dim-label");

      gtk_widget_add_css_class (date, "numeric");
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_box_append (GTK_BOX (box), date);
      gtk_box_append (GTK_BOX (box), text);
      gtk_widget_add_css_class (box, "cpt-history-row");
      gtk_list_box_append (self->history_list, box);
    }
}

void
cpt_order_view_update_actions (CptOrderView *self)
{
  CptOrderStatus status = self->order ? cpt_order_get_status (self->order) : CPT_ORDER_STATUS_VOID;
  gboolean open = self->order != NULL
                  && (status == CPT_ORDER_STATUS_DRAFT || status == CPT_ORDER_STATUS_CONFIRMED);
  gboolean confirmed = self->order != NULL && status == CPT_ORDER_STATUS_CONFIRMED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.edit", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.send",
                                 self->order != NULL && status != CPT_ORDER_STATUS_VOID);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.print", self->order != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.export-pdf", self->order != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.invoice",
                                 confirmed && cpt_order_get_invoiced_status (self->order)
                                              != CPT_INVOICED_STATUS_INVOICED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.ship",
                                 confirmed && cpt_order_get_shipped_status (self->order)
                                              != CPT_SHIPPED_STATUS_SHIPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.confirm",
                                 self->order != NULL && status == CPT_ORDER_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.delete",
                                 self->order != NULL && status == CPT_ORDER_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.void", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "order.duplicate", self->order != NULL);

  /* A document view keeps only the buttons that apply to it. */
  gtk_widget_set_visible (self->confirm_button, self->order != NULL && status == CPT_ORDER_STATUS_DRAFT);
  gtk_widget_set_visible (self->send_button, self->order != NULL && status != CPT_ORDER_STATUS_VOID);
  gtk_widget_set_visible (self->invoice_button, confirmed && cpt_order_get_invoiced_status (self->order) != CPT_INVOICED_STATUS_INVOICED);
  gtk_widget_set_visible (self->ship_button, confirmed
                          && cpt_order_get_shipped_status (self->order) != CPT_SHIPPED_STATUS_SHIPPED);
}

static void
cpt_order_view_fill (CptOrderView *self)
{
  CptOrder *order = self->order;
  g_autofree char *total = cpt_money_format (cpt_order_get_total (order));
  g_autofree char *date = cpt_date_format (cpt_order_get_date (order));
  g_autofree char *shipment_date = cpt_order_get_shipment_date (order)
                                   ? cpt_date_format (cpt_order_get_shipment_date (order)) : NULL;
  g_autofree char *billing = cpt_address_format (cpt_order_get_billing_address (order));
  g_autofree char *shipping = cpt_address_format (cpt_order_get_shipping_address (order));
  g_autofree char *status_class = NULL;
  const char *marketplace = cpt_order_get_marketplace (order);
  const char *notes = cpt_order_get_notes (order);
  const char *terms = cpt_order_get_terms (order);
  const char *void_reason = cpt_order_get_void_reason (order);
  CptOrderStatus status = cpt_order_get_status (order);
  int row = 0;

  gtk_label_set_label (self->toolbar_title, cpt_order_get_number (order));
  gtk_label_set_label (self->number_label, cpt_order_get_number (order));
  gtk_label_set_label (self->total_label, total);

  clear_container (GTK_WIDGET (self->badges));
  status_class = g_strconcat ("cpt-status-", cpt_order_status_to_string (status), NULL);
  add_badge (self, cpt_order_status_get_label (status), status_class);
  if (status != CPT_ORDER_STATUS_DRAFT && status != CPT_ORDER_STATUS_VOID)
    {
      CptInvoicedStatus invoiced = cpt_order_get_invoiced_status (order);
      CptShippedStatus shipped = cpt_order_get_shipped_status (order);

      add_badge (self, cpt_invoiced_status_get_label (invoiced),
                 invoiced == CPT_INVOICED_STATUS_INVOICED ? "cpt-done"
                 : invoiced == CPT_INVOICED_STATUS_PARTIALLY_INVOICED ? "cpt-partial" : "cpt-none");
      add_badge (self, cpt_shipped_status_get_label (shipped),
                 shipped == CPT_SHIPPED_STATUS_SHIPPED ? "cpt-done"
                 : shipped == CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED ? "cpt-partial" : "cpt-none");
    }
  if (marketplace != NULL && marketplace[0] != '\0')
    add_badge (self, marketplace, "cpt-marketplace");

  gtk_widget_set_visible (GTK_WIDGET (self->void_label), void_reason != NULL && void_reason[0] != '\0');
  if (void_reason != NULL && void_reason[0] != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Void: %s"), void_reason);
      gtk_label_set_label (self->void_label, text);
    }

  clear_container (GTK_WIDGET (self->info_grid));
  add_info (self, row++, _("Customer"), cpt_order_get_customer_name (order));
  add_info (self, row++, _("Reference"), cpt_order_get_reference (order));
  add_info (self, row++, _("Order Date"), date);
  add_info (self, row++, _("Expected Shipment Date"), shipment_date);
  add_info (self, row++, _("Salesperson"), cpt_order_get_salesperson (order));

  gtk_label_set_label (self->billing_label, billing && billing[0] ? billing : "—");
  gtk_label_set_label (self->shipping_label, shipping && shipping[0] ? shipping : "—");

  cpt_order_view_fill_lines (self);
  cpt_order_view_fill_totals (self);

  gtk_widget_set_visible (self->notes_box, notes != NULL && notes[0] != '\0');
  gtk_label_set_label (self->notes_label, notes ? notes : "");
  gtk_widget_set_visible (self->terms_box, terms != NULL && terms[0] != '\0');
  gtk_label_set_label (self->terms_label, terms ? terms : "");

  cpt_order_view_fill_history (self);
}

void
cpt_order_view_reload (CptOrderView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptOrder) order = NULL;

  g_return_if_fail (CPT_IS_ORDER_VIEW (self));

  if (self->db == NULL || self->order_id <= 0)
    return;

  order = cpt_order_service_get (self->db, self->order_id, &error);
  if (order == NULL)
    {
      /* Deleted from elsewhere (the API): back to the list. */
      g_debug ("Order %" G_GINT64_FORMAT " is gone: %s", self->order_id, error->message);
      g_clear_object (&self->order);
      cpt_order_view_update_actions (self);
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  g_set_object (&self->order, order);
  cpt_order_view_fill (self);
  cpt_order_documents_set_order (self->documents, self->db, self->order_id);
  cpt_order_view_update_actions (self);
}

void
cpt_order_view_set_order (CptOrderView *self,
                          CptDatabase  *db,
                          gint64        order_id)
{
  g_return_if_fail (CPT_IS_ORDER_VIEW (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  g_set_object (&self->db, db);
  self->order_id = order_id;
  cpt_order_view_reload (self);
}

CptOrder *
cpt_order_view_get_order (CptOrderView *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_VIEW (self), NULL);

  return self->order;
}

CptDatabase *
cpt_order_view_get_database (CptOrderView *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_VIEW (self), NULL);

  return self->db;
}

/* ── Actions ────────────────────────────────────────────────────────── */

static void
cpt_order_view_close_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
cpt_order_view_confirm_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cpt_order_service_confirm (self->db, self->order_id, &error))
    {
      cpt_order_view_error (self, _("The Order Could Not Be Confirmed"), error);
      return;
    }

  message = g_strdup_printf (_("Order %s confirmed"), cpt_order_get_number (self->order));
  cpt_order_view_reload (self);
  cpt_order_view_toast (self, message);
}

static void
cpt_order_view_duplicate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_strdup (cpt_order_get_number (self->order));
  g_autofree char *message = NULL;
  gint64 id;

  id = cpt_order_service_duplicate (self->db, self->order_id, &error);
  if (id <= 0)
    {
      cpt_order_view_error (self, _("The Order Could Not Be Duplicated"), error);
      return;
    }

  cpt_order_view_set_order (self, self->db, id);
  if (self->order != NULL)
    {
      message = g_strdup_printf (_("Draft %s created from %s"), cpt_order_get_number (self->order), source);
      cpt_order_view_toast (self, message);
    }
}

static void
on_void_reason_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "void", reason[0] != '\0');
}

static void
on_void_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  CptOrderView *self = CPT_ORDER_VIEW (user_data);
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "void") != 0 || self->order == NULL)
    return;

  if (!cpt_order_service_void (self->db, self->order_id, reason, &error))
    {
      cpt_order_view_error (self, _("The Order Could Not Be Voided"), error);
      return;
    }

  message = g_strdup_printf (_("Order %s voided"), cpt_order_get_number (self->order));
  cpt_order_view_reload (self);
  cpt_order_view_toast (self, message);
}

static void
cpt_order_view_void_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (cpt_order_view_get_window (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Void Order %s?"),
                                     cpt_order_get_number (self->order));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("A void order stays in the list with its number, and can no longer be changed."));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("_Reason"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep the Order"),
                                    "void", _("_Void Order"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "void",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "void", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "void");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_void_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_void_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  CptOrderView *self = CPT_ORDER_VIEW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->order == NULL)
    return;

  message = g_strdup_printf (_("Draft %s deleted"), cpt_order_get_number (self->order));
  if (!cpt_order_service_delete (self->db, self->order_id, &error))
    {
      cpt_order_view_error (self, _("The Draft Could Not Be Deleted"), error);
      return;
    }

  g_clear_object (&self->order);
  self->order_id = 0;
  cpt_order_view_update_actions (self);
  cpt_order_view_toast (self, message);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
cpt_order_view_delete_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptOrderView *self = CPT_ORDER_VIEW (widget);
  g_autofree char *heading = g_strdup_printf (_("Delete Draft %s?"), cpt_order_get_number (self->order));

  cpt_view_confirm_delete (widget, heading, _("A deleted draft cannot be recovered."),
                           G_CALLBACK (on_delete_response_cb));
}

/* ── GObject ────────────────────────────────────────────────────────── */

static void
cpt_order_view_dispose (GObject *object)
{
  CptOrderView *self = CPT_ORDER_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_ORDER_VIEW);
  /* The template's top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->order);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_order_view_parent_class)->dispose (object);
}

static void
cpt_order_view_class_init (CptOrderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_order_view_dispose;

  /* Emitted when the view asks to go back to the list. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CPT_TYPE_ORDER_DOCUMENTS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-order-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, toolbar_title);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, send_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, invoice_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, ship_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, number_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, badges);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, total_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, void_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, info_grid);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, billing_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, shipping_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, lines_grid);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, totals_grid);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, terms_box);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, terms_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, history_list);
  gtk_widget_class_bind_template_child (widget_class, CptOrderView, documents);

  gtk_widget_class_install_action (widget_class, "order.close", NULL, cpt_order_view_close_action);
  gtk_widget_class_install_action (widget_class, "order.confirm", NULL, cpt_order_view_confirm_action);
  gtk_widget_class_install_action (widget_class, "order.duplicate", NULL, cpt_order_view_duplicate_action);
  gtk_widget_class_install_action (widget_class, "order.void", NULL, cpt_order_view_void_action);
  gtk_widget_class_install_action (widget_class, "order.delete", NULL, cpt_order_view_delete_action);
  cpt_order_view_class_add_actions (widget_class);
}

static void
cpt_order_view_init (CptOrderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cpt_order_view_update_actions (self);
}
