/* cpt-order-form-customer.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-form-customer"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-address-editor.h"
#include "cpt-customer-form.h"
#include "cpt-order-form-data.h"
#include "cpt-order-form-private.h"
#include "cpt-suggest-entry.h"

/* The customer of the order form: type-ahead on name, e-mail and city,
 * « Nouveau client… », and what choosing one copies into the order. */

#define SUGGESTION_LIMIT 12

static GPtrArray *
suggest_customers (const char *text,
                   gpointer    user_data)
{
  CptOrderForm *self = user_data;

  return cpt_order_form_data_search_customers (self->db, text, SUGGESTION_LIMIT);
}

/* Picking a customer copies its addresses, terms and e-mail into the
 * order; the copies can then be changed for this order only. */
void
cpt_order_form_set_customer (CptOrderForm *self,
                             gint64        customer_id,
                             gboolean      fill)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  gint64 terms_id = 0;

  if (!cpt_order_form_data_get_customer (self->db, customer_id, &name, &email,
                                         &billing, &shipping, &terms_id, &error))
    {
      cpt_order_form_set_field_error (self->customer_error, error->message);
      return;
    }

  self->customer_id = customer_id;
  g_free (self->customer_name);
  self->customer_name = g_strdup (name);
  g_free (self->customer_email);
  self->customer_email = g_strdup (email);

  /* Setting the text deletes, then inserts: not the user un-choosing. */
  self->loading++;
  cpt_suggest_entry_set_text (CPT_SUGGEST_ENTRY (self->customer_entry), name);
  self->loading--;
  gtk_label_set_text (GTK_LABEL (self->email_label), email != NULL ? email : "");
  cpt_order_form_set_field_error (self->customer_error, NULL);

  if (!fill)
    return;

  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->billing_editor), billing);
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->shipping_editor),
                                  shipping != NULL && !cpt_address_is_empty (shipping) ? shipping : billing);
  if (terms_id > 0)
    cpt_order_form_select_id (self->terms_dropdown, self->terms_ids, terms_id);
  cpt_order_form_changed (self);
}

static void
on_customer_chosen_cb (CptOrderForm *self,
                       gint64        customer_id)
{
  cpt_order_form_set_customer (self, customer_id, TRUE);
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/* Typing over a chosen customer's name un-chooses it. */
static void
on_customer_text_changed_cb (CptOrderForm *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->customer_entry))));

  if (self->loading > 0)
    return;

  if (self->customer_id > 0 && g_strcmp0 (text, self->customer_name) != 0)
    {
      self->customer_id = 0;
      gtk_label_set_text (GTK_LABEL (self->email_label), "");
    }
  cpt_order_form_changed (self);
}

static void
on_customer_saved_cb (CptOrderForm *self,
                      gint64        customer_id)
{
  cpt_order_form_set_customer (self, customer_id, TRUE);
}

void
cpt_order_form_new_customer_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CptOrderForm *self = CPT_ORDER_FORM (widget);
  GtkWindow *dialog;

  dialog = GTK_WINDOW (cpt_customer_form_new (GTK_WINDOW (self), self->db, 0));
  g_signal_connect_object (dialog, "saved",
                           G_CALLBACK (on_customer_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

void
cpt_order_form_init_customer (CptOrderForm *self)
{
  cpt_suggest_entry_set_func (CPT_SUGGEST_ENTRY (self->customer_entry),
                              suggest_customers, self, NULL);
  gtk_entry_set_placeholder_text (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->customer_entry)),
                                  _("Search by name, e-mail or city"));
  g_signal_connect_object (self->customer_entry, "suggestion-chosen",
                           G_CALLBACK (on_customer_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cpt_suggest_entry_get_entry (CPT_SUGGEST_ENTRY (self->customer_entry)),
                           "changed", G_CALLBACK (on_customer_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
