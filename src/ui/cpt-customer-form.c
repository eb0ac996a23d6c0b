/* cpt-customer-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customer-form"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-address-editor.h"
#include "cpt-customer-form.h"
#include "cpt-customer-service.h"
#include "cpt-error.h"
#include "cpt-order-form-data.h"

struct _CptCustomerForm
{
  AdwWindow    parent_instance;

  CptDatabase *db;
  gint64       customer_id;
  GArray      *terms_ids;

  GtkWidget   *scroller;
  GtkWidget   *error_label;
  GtkWidget   *kind_row;
  GtkWidget   *display_name_row;
  GtkWidget   *company_name_row;
  GtkWidget   *contact_name_row;
  GtkWidget   *email_row;
  GtkWidget   *phone_row;
  GtkWidget   *siren_row;
  GtkWidget   *vat_row;
  GtkWidget   *billing_editor;
  GtkWidget   *same_address_switch;
  GtkWidget   *shipping_editor;
  GtkWidget   *terms_row;
  GtkWidget   *notes_view;
};

G_DEFINE_FINAL_TYPE (CptCustomerForm, cpt_customer_form, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_text (GtkWidget *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
set_text (GtkWidget  *editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static void
show_error (CptCustomerForm *self,
            GtkWidget       *row,
            const char      *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

/* A refusal of the customer service: its message on top, each refused
 * field's row marked, the first one focused. */
static void
show_refusal (CptCustomerForm *self,
              const GError    *error)
{
  GtkWidget *first = NULL;

  show_error (self, NULL, error->message);
  for (guint i = 0; i < cpt_error_get_n_fields (error); i++)
    {
      const char *field = cpt_error_get_field (error, i, NULL);
      GtkWidget *row = NULL;

      if (g_strcmp0 (field, "display_name") == 0)
        row = self->display_name_row;
      else if (g_strcmp0 (field, "email") == 0)
        row = self->email_row;
      else if (g_strcmp0 (field, "siren") == 0)
        row = self->siren_row;
      else if (g_strcmp0 (field, "vat_number") == 0)
        row = self->vat_row;
      if (row == NULL)
        continue;
      gtk_widget_add_css_class (row, "error");
      if (first == NULL)
        first = row;
    }
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
clear_errors (CptCustomerForm *self)
{
  GtkWidget *rows[] = { self->display_name_row, self->email_row, self->siren_row, self->vat_row };

  gtk_widget_set_visible (self->error_label, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
}

/* Early checks, for comfort: the customer service checks again. */
static gboolean
is_plausible_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at, '.') != NULL &&
         strchr (email, ' ') == NULL && at[strlen (at) - 1] != '.';
}

static gboolean
is_siren (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ')
        return FALSE;
    }

  return digits == 9;
}

static void
on_same_address_cb (CptCustomerForm *self)
{
  gtk_widget_set_visible (self->shipping_editor,
                          !gtk_switch_get_active (GTK_SWITCH (self->same_address_switch)));
}

static void
load_customer (CptCustomerForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCustomer) customer = NULL;
  GtkTextBuffer *buffer;

  customer = cpt_customer_service_get (self->db, self->customer_id, &error);
  if (customer == NULL)
    {
      show_error (self, NULL, error->message);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Customer"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row),
                              cpt_customer_get_kind (customer) == CPT_CUSTOMER_KIND_INDIVIDUAL ? 1 : 0);
  set_text (self->display_name_row, cpt_customer_get_display_name (customer));
  set_text (self->company_name_row, cpt_customer_get_company_name (customer));
  set_text (self->contact_name_row, cpt_customer_get_contact_name (customer));
  set_text (self->email_row, cpt_customer_get_email (customer));
  set_text (self->phone_row, cpt_customer_get_phone (customer));
  set_text (self->siren_row, cpt_customer_get_siren (customer));
  set_text (self->vat_row, cpt_customer_get_vat_number (customer));
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->billing_editor),
                                  cpt_customer_get_billing_address (customer));
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (self->shipping_editor),
                                  cpt_customer_get_shipping_address (customer));
  gtk_switch_set_active (GTK_SWITCH (self->same_address_switch),
                         cpt_address_equal (cpt_customer_get_billing_address (customer),
                                            cpt_customer_get_shipping_address (customer)) ||
                         cpt_address_is_empty (cpt_customer_get_shipping_address (customer)));
  for (guint i = 0; i < self->terms_ids->len; i++)
    if (g_array_index (self->terms_ids, gint64, i) == cpt_customer_get_payment_terms_id (customer))
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->terms_row), i);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  gtk_text_buffer_set_text (buffer, cpt_customer_get_notes (customer), -1);
}

/* Typing in a row marked wrong takes the mark away. */
static void
on_row_changed_cb (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CptCustomerForm *self = CPT_CUSTOMER_FORM (widget);
  g_autoptr(CptCustomer) customer = cpt_customer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  g_autofree char *display_name = dup_text (self->display_name_row);
  g_autofree char *company_name = dup_text (self->company_name_row);
  g_autofree char *contact_name = dup_text (self->contact_name_row);
  g_autofree char *email = dup_text (self->email_row);
  g_autofree char *phone = dup_text (self->phone_row);
  g_autofree char *siren = dup_text (self->siren_row);
  g_autofree char *vat = dup_text (self->vat_row);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint terms;
  gboolean saved;

  clear_errors (self);

  /* A company is usually called by its company name. */
  if (display_name[0] == '\0' && company_name[0] != '\0')
    {
      g_free (display_name);
      display_name = g_strdup (company_name);
    }
  if (display_name[0] == '\0')
    {
      show_error (self, self->display_name_row, _("Enter the customer’s display name."));
      return;
    }
  if (email[0] != '\0' && !is_plausible_email (email))
    {
      g_autofree char *message = g_strdup_printf (_("« %s » is not an e-mail address."), email);

      show_error (self, self->email_row, message);
      return;
    }
  if (siren[0] != '\0' && !is_siren (siren))
    {
      show_error (self, self->siren_row, _("A SIREN number has 9 digits."));
      return;
    }

  billing = cpt_address_editor_dup_address (CPT_ADDRESS_EDITOR (self->billing_editor));
  if (gtk_switch_get_active (GTK_SWITCH (self->same_address_switch)))
    shipping = cpt_address_copy (billing);
  else
    shipping = cpt_address_editor_dup_address (CPT_ADDRESS_EDITOR (self->shipping_editor));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  cpt_customer_set_id (customer, self->customer_id);
  cpt_customer_set_kind (customer,
                         adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)) == 1
                         ? CPT_CUSTOMER_KIND_INDIVIDUAL : CPT_CUSTOMER_KIND_COMPANY);
  cpt_customer_set_display_name (customer, display_name);
  cpt_customer_set_company_name (customer, company_name);
  cpt_customer_set_contact_name (customer, contact_name);
  cpt_customer_set_email (customer, email);
  cpt_customer_set_phone (customer, phone);
  cpt_customer_set_siren (customer, siren);
  cpt_customer_set_vat_number (customer, vat);
  cpt_customer_set_billing_address (customer, billing);
  cpt_customer_set_shipping_address (customer, shipping);
  terms = adw_combo_row_get_selected (ADW_COMBO_ROW (self->terms_row));
  cpt_customer_set_payment_terms_id (customer,
                                     terms < self->terms_ids->len
                                     ? g_array_index (self->terms_ids, gint64, terms) : 0);
  cpt_customer_set_notes (customer, notes);

  if (self->customer_id == 0)
    saved = cpt_customer_service_create (self->db, customer, &error);
  else
    saved = cpt_customer_service_update (self->db, customer, &error);

  if (!saved)
    {
      show_refusal (self, error);
      return;
    }

  self->customer_id = cpt_customer_get_id (customer);
  g_signal_emit (self, signals[SAVED], 0, self->customer_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_customer_form_finalize (GObject *object)
{
  CptCustomerForm *self = CPT_CUSTOMER_FORM (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->terms_ids, g_array_unref);

  G_OBJECT_CLASS (cpt_customer_form_parent_class)->finalize (object);
}

static void
cpt_customer_form_class_init (CptCustomerFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_customer_form_finalize;

  /**
   * CptCustomerForm::saved:
   * @customer_id: the id of the customer just written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (CPT_TYPE_ADDRESS_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-customer-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, scroller);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, company_name_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, email_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, siren_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, vat_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, billing_editor);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, same_address_switch);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, shipping_editor);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, terms_row);
  gtk_widget_class_bind_template_child (widget_class, CptCustomerForm, notes_view);

  gtk_widget_class_install_action (widget_class, "customer.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "customer.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_customer_form_init (CptCustomerForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->display_name_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->email_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->siren_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->vat_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);

  self->terms_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_signal_connect_object (self->same_address_switch, "notify::active",
                           G_CALLBACK (on_same_address_cb), self, G_CONNECT_SWAPPED);
  on_same_address_cb (self);
}

CptCustomerForm *
cpt_customer_form_new (GtkWindow   *parent,
                       CptDatabase *db,
                       gint64       customer_id)
{
  CptCustomerForm *self;
  g_autoptr(GtkStringList) terms = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 default_terms = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_CUSTOMER_FORM, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->customer_id = customer_id;

  if (!cpt_order_form_data_load_payment_terms (db, terms, self->terms_ids, &default_terms, &error))
    show_error (self, NULL, error->message);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->terms_row), G_LIST_MODEL (terms));
  for (guint i = 0; i < self->terms_ids->len; i++)
    if (g_array_index (self->terms_ids, gint64, i) == default_terms)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->terms_row), i);

  if (customer_id > 0)
    load_customer (self);

  gtk_widget_grab_focus (self->display_name_row);

  return self;
}
