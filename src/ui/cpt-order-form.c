/* cpt-order-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-form"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-address-editor.h"
#include "cpt-date.h"
#include "cpt-date-entry.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-numbering-dialog.h"
#include "cpt-order-form-private.h"
#include "cpt-order-form-data.h"
#include "cpt-order-service.h"
#include "cpt-suggest-entry.h"
#include "cpt-window.h"

/* The order form: header, customer, lines and totals of one order. It
 * edits widgets only; the order is built from them when saving and handed
 * whole to the order service, which validates it again and writes it in
 * one transaction, so a refusal leaves nothing behind. */

G_DEFINE_FINAL_TYPE (CptOrderForm, cpt_order_form, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
cpt_order_form_set_field_error (GtkWidget  *label,
                                const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

static void
clear_errors (CptOrderForm *self)
{
  cpt_order_form_set_field_error (self->form_error_label, NULL);
  cpt_order_form_set_field_error (self->customer_error, NULL);
  cpt_order_form_set_field_error (self->number_error, NULL);
  cpt_order_form_set_field_error (self->date_error, NULL);
  cpt_order_form_set_field_error (self->lines_error, NULL);
  cpt_order_form_set_field_error (self->totals_error, NULL);
  gtk_widget_remove_css_class (self->number_entry, "error");
}

void
cpt_order_form_changed (CptOrderForm *self)
{
  if (self->loading > 0)
    return;

  self->dirty = TRUE;
}

static void
on_something_changed_cb (CptOrderForm *self)
{
  cpt_order_form_changed (self);
}

/* ── Choices of the drop-downs ─────────────────────────────────────── */

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gint64
selected_id (GtkWidget *dropdown,
             GArray    *ids)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  if (position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

void
cpt_order_form_select_id (GtkWidget *dropdown,
                          GArray    *ids,
                          gint64     id)
{
  guint position = index_of_id (ids, id);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), position);
}

static void
load_choices (CptOrderForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) delivery = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) terms = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) warehouses = gtk_string_list_new (NULL);
  gint64 default_warehouse = 0;
  gint64 default_terms = 0;

  self->tax_names = gtk_string_list_new (NULL);
  self->tax_choices = g_array_new (FALSE, TRUE, sizeof (CptTaxChoice));
  self->delivery_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->terms_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->warehouse_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  if (!cpt_order_form_data_load_taxes (self->db, self->tax_names, self->tax_choices,
                                       &self->default_tax_id, &error) ||
      !cpt_order_form_data_load_delivery_methods (self->db, delivery, self->delivery_ids, &error) ||
      !cpt_order_form_data_load_payment_terms (self->db, terms, self->terms_ids,
                                               &default_terms, &error) ||
      !cpt_order_form_data_load_warehouses (self->db, warehouses, self->warehouse_ids,
                                            &default_warehouse, &error))
    cpt_order_form_set_field_error (self->form_error_label, error->message);

  self->no_vat = cpt_order_form_data_company_has_no_vat (self->db);

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->delivery_dropdown), G_LIST_MODEL (delivery));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->terms_dropdown), G_LIST_MODEL (terms));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->warehouse_dropdown), G_LIST_MODEL (warehouses));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->shipping_tax_dropdown), G_LIST_MODEL (self->tax_names));

  cpt_order_form_select_id (self->warehouse_dropdown, self->warehouse_ids, default_warehouse);
  cpt_order_form_select_id (self->terms_dropdown, self->terms_ids, default_terms);
  for (guint i = 0; i < self->tax_choices->len; i++)
    if (g_array_index (self->tax_choices, CptTaxChoice, i).id == self->default_tax_id)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->shipping_tax_dropdown), i);
}

gint64
cpt_order_form_get_warehouse_id (CptOrderForm *self)
{
  return selected_id (self->warehouse_dropdown, self->warehouse_ids);
}

/* ── Numbering ─────────────────────────────────────────────────────── */

/* In automatic mode the entry shows the number the order will get and
 * cannot be edited; in manual mode the user types it. */
static void
update_number_field (CptOrderForm *self)
{
  g_autofree char *preview = NULL;
  g_autoptr(GError) error = NULL;

  if (self->order_id > 0)
    return;

  if (!cpt_order_form_data_sales_order_numbering (self->db, &self->manual_number,
                                                  &preview, &error))
    {
      cpt_order_form_set_field_error (self->number_error, error->message);
      return;
    }

  self->loading++;
  gtk_editable_set_editable (GTK_EDITABLE (self->number_entry), self->manual_number);
  gtk_widget_set_can_focus (self->number_entry, self->manual_number);
  if (self->manual_number)
    {
      if (!gtk_widget_has_css_class (self->number_entry, "manual"))
        gtk_editable_set_text (GTK_EDITABLE (self->number_entry), "");
      gtk_widget_add_css_class (self->number_entry, "manual");
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->number_entry), _("Type the order number"));
    }
  else
    {
      gtk_widget_remove_css_class (self->number_entry, "manual");
      gtk_editable_set_text (GTK_EDITABLE (self->number_entry), preview != NULL ? preview : "");
    }
  self->loading--;
}

static void
on_numbering_dialog_closed_cb (CptOrderForm *self)
{
  update_number_field (self);
  if (self->manual_number)
    gtk_widget_grab_focus (self->number_entry);
}

static void
numbering_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CptOrderForm *self = CPT_ORDER_FORM (widget);
  GtkWindow *dialog;

  dialog = GTK_WINDOW (cpt_numbering_dialog_new (GTK_WINDOW (self), self->db, "salesorder"));
  g_signal_connect_object (dialog, "destroy",
                           G_CALLBACK (on_numbering_dialog_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* ── Loading and saving ────────────────────────────────────────────── */

static char *
dup_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_view_text (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
}

static char *
dup_entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
load_order (CptOrderForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptOrder) order = NULL;
  GListModel *lines;
  g_autofree char *discount = NULL;
  g_autofree char *shipping = NULL;
  g_autofree char *adjustment = NULL;

  order = cpt_order_service_get (self->db, self->order_id, &error);
  if (order == NULL)
    {
      cpt_order_form_set_field_error (self->form_error_label, error->message);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Sales Order"));
  cpt_order_form_set_customer (self, cpt_order_get_customer_id (order), FALSE);
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->billing_editor),
                                  cpt_order_get_billing_address (order));
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->shipping_editor),
                                  cpt_order_get_shipping_address (order));

  gtk_editable_set_text (GTK_EDITABLE (self->number_entry), cpt_order_get_number (order));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_entry), cpt_order_get_reference (order));
  cpt_date_entry_set_date (CPT_DATE_ENTRY (self->date_entry), cpt_order_get_date (order));
  cpt_date_entry_set_date (CPT_DATE_ENTRY (self->shipment_date_entry),
                           cpt_order_get_shipment_date (order));
  cpt_order_form_select_id (self->delivery_dropdown, self->delivery_ids, cpt_order_get_delivery_method_id (order));
  cpt_order_form_select_id (self->terms_dropdown, self->terms_ids, cpt_order_get_payment_terms_id (order));
  cpt_order_form_select_id (self->warehouse_dropdown, self->warehouse_ids, cpt_order_get_warehouse_id (order));
  gtk_editable_set_text (GTK_EDITABLE (self->salesperson_entry), cpt_order_get_salesperson (order));
  set_view_text (self->notes_view, cpt_order_get_notes (order));
  set_view_text (self->terms_view, cpt_order_get_terms (order));

  if (cpt_order_get_discount_kind (order) == CPT_DISCOUNT_PERCENT)
    {
      discount = cpt_quantity_format (cpt_order_get_discount_value (order) * 10);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->discount_kind_dropdown), 0);
    }
  else if (cpt_order_get_discount_kind (order) == CPT_DISCOUNT_AMOUNT)
    {
      discount = cpt_money_format_plain (cpt_order_get_discount_value (order));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->discount_kind_dropdown), 1);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->discount_entry), discount != NULL ? discount : "");

  if (cpt_order_get_shipping_charge (order) != 0)
    {
      shipping = cpt_money_format_plain (cpt_order_get_shipping_charge (order));
      gtk_editable_set_text (GTK_EDITABLE (self->shipping_entry), shipping);
    }
  for (guint i = 0; i < self->tax_choices->len; i++)
    if (g_array_index (self->tax_choices, CptTaxChoice, i).id == cpt_order_get_shipping_tax_id (order))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->shipping_tax_dropdown), i);

  if (cpt_order_get_adjustment (order) != 0)
    {
      adjustment = cpt_money_format_plain (cpt_order_get_adjustment (order));
      gtk_editable_set_text (GTK_EDITABLE (self->adjustment_entry), adjustment);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->adjustment_label_entry),
                         cpt_order_get_adjustment_description (order));

  lines = cpt_order_get_lines (order);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CptOrderLine) line = g_list_model_get_item (lines, i);
      CptOrderLineRow *row = cpt_order_form_add_line (self);

      cpt_order_line_row_set_line (row, line);
    }

  /* A confirmed order keeps its status when edited; only a draft can be
   * saved as a draft again. */
  if (cpt_order_get_status (order) != CPT_ORDER_STATUS_DRAFT)
    {
      gtk_button_set_label (GTK_BUTTON (self->draft_button), _("Save"));
      gtk_widget_set_visible (self->send_button, FALSE);
    }
  gtk_widget_set_visible (self->numbering_button, FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->number_entry), FALSE);

  cpt_order_form_refresh_stock (self);
}

/* Builds the order from the widgets; an error names the field and the
 * field shows it. */
static CptOrder *
build_order (CptOrderForm  *self,
             GError       **error)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  g_autofree char *number = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *date = NULL;
  g_autofree char *shipment_date = NULL;
  g_autofree char *salesperson = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *terms = NULL;

  if (self->customer_id == 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID, _("Choose a customer for the order."));
      cpt_order_form_set_field_error (self->customer_error, (*error)->message);
      gtk_widget_grab_focus (self->customer_entry);
      return NULL;
    }

  number = dup_entry_text (self->number_entry);
  if (self->order_id == 0 && self->manual_number && number[0] == '\0')
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID, _("Type the order number."));
      cpt_order_form_set_field_error (self->number_error, (*error)->message);
      gtk_widget_add_css_class (self->number_entry, "error");
      gtk_widget_grab_focus (self->number_entry);
      return NULL;
    }

  date = cpt_date_entry_dup_date (CPT_DATE_ENTRY (self->date_entry));
  if (date == NULL)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Enter the order date as dd/mm/yyyy."));
      cpt_order_form_set_field_error (self->date_error, (*error)->message);
      gtk_widget_grab_focus (self->date_entry);
      return NULL;
    }
  if (!cpt_date_entry_is_valid (CPT_DATE_ENTRY (self->shipment_date_entry)))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Enter the expected shipment date as dd/mm/yyyy, or leave it empty."));
      cpt_order_form_set_field_error (self->date_error, (*error)->message);
      gtk_widget_grab_focus (self->shipment_date_entry);
      return NULL;
    }
  shipment_date = cpt_date_entry_dup_date (CPT_DATE_ENTRY (self->shipment_date_entry));

  cpt_order_set_id (order, self->order_id);
  cpt_order_set_status (order, CPT_ORDER_STATUS_DRAFT);
  cpt_order_set_customer_id (order, self->customer_id);
  if (self->order_id > 0 || self->manual_number)
    cpt_order_set_number (order, number);
  reference = dup_entry_text (self->reference_entry);
  cpt_order_set_reference (order, reference);
  cpt_order_set_date (order, date);
  cpt_order_set_shipment_date (order, shipment_date);
  cpt_order_set_delivery_method_id (order, selected_id (self->delivery_dropdown, self->delivery_ids));
  cpt_order_set_payment_terms_id (order, selected_id (self->terms_dropdown, self->terms_ids));
  cpt_order_set_warehouse_id (order, cpt_order_form_get_warehouse_id (self));
  salesperson = dup_entry_text (self->salesperson_entry);
  cpt_order_set_salesperson (order, salesperson);
  billing = cpt_address_editor_dup_address (CPT_ADDRESS_EDITOR (self->billing_editor));
  shipping = cpt_address_editor_dup_address (CPT_ADDRESS_EDITOR (self->shipping_editor));
  cpt_order_set_billing_address (order, billing);
  cpt_order_set_shipping_address (order, shipping);
  notes = dup_view_text (self->notes_view);
  terms = dup_view_text (self->terms_view);
  cpt_order_set_notes (order, notes);
  cpt_order_set_terms (order, terms);

  if (!cpt_order_form_collect_lines (self, order, error))
    {
      cpt_order_form_set_field_error (self->lines_error, (*error)->message);
      return NULL;
    }

  if (!cpt_order_form_read_amounts (self, order, error))
    {
      cpt_order_form_set_field_error (self->totals_error, (*error)->message);
      return NULL;
    }

  return g_steal_pointer (&order);
}

/* The label next to a field the order service refused, by the field's
 * domain name. */
static GtkWidget *
label_of_field (CptOrderForm *self,
                const char   *field)
{
  static const char * const totals_fields[] = {
    "discount", "shipping_charge", "shipping_tax_id", NULL
  };

  if (field == NULL)
    return self->form_error_label;
  if (g_str_equal (field, "customer_id"))
    return self->customer_error;
  if (g_str_equal (field, "salesorder_number"))
    return self->number_error;
  if (g_str_equal (field, "date") || g_str_equal (field, "shipment_date"))
    return self->date_error;
  if (g_str_equal (field, "lines") || g_str_has_prefix (field, "lines["))
    return self->lines_error;
  if (g_strv_contains (totals_fields, field))
    return self->totals_error;
  return self->form_error_label;
}

static void
append_field_error (GtkWidget  *label,
                    const char *message)
{
  g_autofree char *joined = NULL;

  if (gtk_widget_get_visible (label))
    message = joined = g_strconcat (gtk_label_get_text (GTK_LABEL (label)), "\n", message, NULL);
  cpt_order_form_set_field_error (label, message);
}

/* Shows each refusal of the service next to the field it is about; a
 * refusal about no field goes to the top of the form (a duplicate number
 * next to the number). */
static void
show_service_error (CptOrderForm *self,
                    const GError *error)
{
  guint n_fields = cpt_error_get_n_fields (error);

  if (g_error_matches (error, CPT_ERROR, CPT_ERROR_CONFLICT))
    append_field_error (self->number_error, error->message);
  else if (n_fields == 0)
    append_field_error (self->form_error_label, error->message);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *message;
      const char *field = cpt_error_get_field (error, i, &message);

      append_field_error (label_of_field (self, field), message);
    }

  if (gtk_widget_get_visible (self->number_error))
    {
      gtk_widget_add_css_class (self->number_entry, "error");
      gtk_widget_grab_focus (self->number_entry);
    }
  if (gtk_widget_get_visible (self->form_error_label) || gtk_widget_get_visible (self->customer_error))
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
    }
}

static gboolean
save (CptOrderForm *self,
      gboolean      confirm)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptOrder) order = NULL;
  gboolean saved;

  clear_errors (self);

  order = build_order (self, &error);
  if (order == NULL)
    return FALSE;

  if (self->order_id == 0)
    {
      if (confirm)
        cpt_order_set_status (order, CPT_ORDER_STATUS_CONFIRMED);
      saved = cpt_order_service_create (self->db, order, &error);
    }
  else
    {
      saved = cpt_order_service_update (self->db, order, &error) &&
              (!confirm || cpt_order_service_confirm (self->db, self->order_id, &error));
    }

  if (!saved)
    {
      show_service_error (self, error);
      return FALSE;
    }

  self->order_id = cpt_order_get_id (order);
  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->number_entry), cpt_order_get_number (order));
  self->loading--;
  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, self->order_id);

  return TRUE;
}

/* After « Enregistrer et envoyer » the e-mail dialog takes over, through
 * the window's win.send-order action when the application has one. */
static void
hand_over_to_send (CptOrderForm *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *message = NULL;

  if (parent != NULL &&
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.send-order", "x", self->order_id))
    return;

  message = g_strdup_printf (_("The order %s was confirmed."),
                             gtk_editable_get_text (GTK_EDITABLE (self->number_entry)));
  if (CPT_IS_WINDOW (parent))
    cpt_window_show_message (CPT_WINDOW (parent), message);
}

static void
save_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CptOrderForm *self = CPT_ORDER_FORM (widget);

  if (save (self, FALSE))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_and_send_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CptOrderForm *self = CPT_ORDER_FORM (widget);

  if (!save (self, TRUE))
    return;

  g_object_ref (self);
  hand_over_to_send (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* ── Leaving with unsaved changes ──────────────────────────────────── */

static gboolean
destroy_form_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The question is transient for the form: the form goes away only once
 * the question has finished closing. */
static void
on_leave_response_cb (CptOrderForm *self,
                      const char   *response)
{
  gboolean leave = FALSE;

  if (g_strcmp0 (response, "save") == 0)
    leave = save (self, FALSE);
  else if (g_strcmp0 (response, "discard") == 0)
    leave = TRUE;

  if (!leave)
    return;

  self->dirty = FALSE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_form_cb, g_object_ref (self), g_object_unref);
}

static gboolean
cpt_order_form_close_request (GtkWindow *window)
{
  CptOrderForm *self = CPT_ORDER_FORM (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (cpt_order_form_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the changes?"),
                                   _("The order has changes that are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_leave_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ── Class ─────────────────────────────────────────────────────────── */

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CptOrderForm *self = CPT_ORDER_FORM (widget);
  CptOrderLineRow *row = cpt_order_form_add_line (self);

  gtk_widget_grab_focus (GTK_WIDGET (cpt_order_line_row_get_item_entry (row)));
}

static void
add_bulk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cpt_order_form_show_bulk_dialog (CPT_ORDER_FORM (widget));
}

static void
cpt_order_form_dispose (GObject *object)
{
  CptOrderForm *self = CPT_ORDER_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_ORDER_FORM);

  G_OBJECT_CLASS (cpt_order_form_parent_class)->dispose (object);
}

static void
cpt_order_form_finalize (GObject *object)
{
  CptOrderForm *self = CPT_ORDER_FORM (object);

  g_clear_object (&self->db);
  g_clear_object (&self->tax_names);
  g_clear_pointer (&self->tax_choices, g_array_unref);
  g_clear_pointer (&self->delivery_ids, g_array_unref);
  g_clear_pointer (&self->terms_ids, g_array_unref);
  g_clear_pointer (&self->warehouse_ids, g_array_unref);
  g_clear_pointer (&self->customer_email, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  cpt_totals_clear (&self->totals);
  for (guint i = 0; i < CPT_ORDER_LINE_N_COLUMNS; i++)
    g_clear_object (&self->columns[i]);

  G_OBJECT_CLASS (cpt_order_form_parent_class)->finalize (object);
}

static void
cpt_order_form_class_init (CptOrderFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cpt_order_form_dispose;
  object_class->finalize = cpt_order_form_finalize;
  window_class->close_request = cpt_order_form_close_request;

  /**
   * CptOrderForm::saved:
   * @order_id: the id of the order just written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (CPT_TYPE_SUGGEST_ENTRY);
  g_type_ensure (CPT_TYPE_DATE_ENTRY);
  g_type_ensure (CPT_TYPE_ADDRESS_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-order-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, scroller);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, form_error_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, customer_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, customer_error);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, new_customer_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, billing_editor);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, shipping_editor);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, email_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, number_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, numbering_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, number_error);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, reference_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, shipment_date_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, date_error);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, delivery_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, terms_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, warehouse_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, salesperson_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, lines_header);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_quantity);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_unit);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_rate);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_discount);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_tax);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_amount);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, header_remove);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, lines_box);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, lines_error);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, terms_view);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, subtotal_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, discount_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, discount_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, discount_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, shipping_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, shipping_tax_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, shipping_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, taxes_box);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, adjustment_label_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, adjustment_entry);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, adjustment_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, totals_error);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, total_label);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, draft_button);
  gtk_widget_class_bind_template_child (widget_class, CptOrderForm, send_button);

  gtk_widget_class_install_action (widget_class, "form.save-draft", NULL, save_draft_action);
  gtk_widget_class_install_action (widget_class, "form.save-and-send", NULL, save_and_send_action);
  gtk_widget_class_install_action (widget_class, "form.new-customer", NULL, cpt_order_form_new_customer_action);
  gtk_widget_class_install_action (widget_class, "form.numbering", NULL, numbering_action);
  gtk_widget_class_install_action (widget_class, "form.add-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "form.add-bulk", NULL, add_bulk_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "form.save-draft", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
connect_changed (CptOrderForm *self,
                 gpointer      emitter,
                 const char   *signal)
{
  g_signal_connect_object (emitter, signal, G_CALLBACK (on_something_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
on_amounts_changed_cb (CptOrderForm *self)
{
  cpt_order_form_update_totals (self);
  cpt_order_form_changed (self);
}

static void
on_warehouse_changed_cb (CptOrderForm *self)
{
  cpt_order_form_refresh_stock (self);
  cpt_order_form_changed (self);
}

static void
cpt_order_form_init (CptOrderForm *self)
{
  GtkWidget *headers[CPT_ORDER_LINE_N_COLUMNS];

  gtk_widget_init_template (GTK_WIDGET (self));

  headers[0] = self->header_quantity;
  headers[1] = self->header_unit;
  headers[2] = self->header_rate;
  headers[3] = self->header_discount;
  headers[4] = self->header_tax;
  headers[5] = self->header_amount;
  headers[6] = self->header_remove;
  for (guint i = 0; i < CPT_ORDER_LINE_N_COLUMNS; i++)
    {
      self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
      gtk_size_group_add_widget (self->columns[i], headers[i]);
    }

  cpt_order_form_init_customer (self);

  connect_changed (self, self->billing_editor, "changed");
  connect_changed (self, self->shipping_editor, "changed");
  connect_changed (self, self->number_entry, "changed");
  connect_changed (self, self->reference_entry, "changed");
  connect_changed (self, self->date_entry, "changed");
  connect_changed (self, self->shipment_date_entry, "changed");
  connect_changed (self, self->delivery_dropdown, "notify::selected");
  connect_changed (self, self->terms_dropdown, "notify::selected");
  connect_changed (self, self->salesperson_entry, "changed");
  connect_changed (self, gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)), "changed");
  connect_changed (self, gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->terms_view)), "changed");
  connect_changed (self, self->adjustment_label_entry, "changed");

  g_signal_connect_object (self->warehouse_dropdown, "notify::selected",
                           G_CALLBACK (on_warehouse_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->discount_entry, "changed",
                           G_CALLBACK (on_amounts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->discount_kind_dropdown, "notify::selected",
                           G_CALLBACK (on_amounts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shipping_entry, "changed",
                           G_CALLBACK (on_amounts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shipping_tax_dropdown, "notify::selected",
                           G_CALLBACK (on_amounts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->adjustment_entry, "changed",
                           G_CALLBACK (on_amounts_changed_cb), self, G_CONNECT_SWAPPED);
}

CptOrderForm *
cpt_order_form_new (GtkWindow   *parent,
                    CptDatabase *db,
                    gint64       order_id,
                    gint64       customer_id)
{
  CptOrderForm *self;
  g_autofree char *today = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_ORDER_FORM,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->order_id = order_id;

  self->loading++;
  load_choices (self);

  if (order_id > 0)
    {
      load_order (self);
    }
  else
    {
      today = cpt_date_today ();
      cpt_date_entry_set_date (CPT_DATE_ENTRY (self->date_entry), today);
      update_number_field (self);
      if (customer_id > 0)
        cpt_order_form_set_customer (self, customer_id, TRUE);
      cpt_order_form_add_line (self);
    }

  cpt_order_form_update_totals (self);
  self->loading--;
  self->dirty = FALSE;

  gtk_widget_grab_focus (self->customer_entry);

  return self;
}

gint64
cpt_order_form_get_order_id (CptOrderForm *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_FORM (self), 0);

  return self->order_id;
}
