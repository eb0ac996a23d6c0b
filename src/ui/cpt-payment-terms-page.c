/* cpt-payment-terms-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-payment-terms-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-edit-dialog.h"
#include "cpt-error.h"
#include "cpt-payment-terms-page.h"
#include "cpt-payment-terms-service.h"
#include "cpt-settings-list.h"

/* « Conditions de paiement »: days after the document, optionally to the
 * end of that month; a term beyond the legal limit (60 days, 45 days end
 * of month) is saved but warned about. */

typedef struct
{
  CptDatabase     *db;
  CptPaymentTerms *terms;
  CptEditDialog   *dialog;
  GtkWidget       *name;
  GtkWidget       *days;
  GtkWidget       *end_of_month;
  GtkWidget       *active;
  GtkWidget       *is_default;
} TermsEdit;

static void
terms_edit_free (TermsEdit *edit)
{
  g_clear_object (&edit->db);
  g_clear_object (&edit->terms);
  g_free (edit);
}

static gboolean
read_days (TermsEdit  *edit,
           int        *days,
           GError    **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->days))));
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 3650, &value, NULL))
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The number of days must be a whole number from 0 to 3650."));
      return FALSE;
    }

  *days = (int) value;
  return TRUE;
}

static void
update_warning (TermsEdit *edit)
{
  int days = 0;
  gboolean end_of_month = gtk_switch_get_active (GTK_SWITCH (edit->end_of_month));

  if (read_days (edit, &days, NULL) && !cpt_date_payment_term_is_legal (days, end_of_month))
    cpt_edit_dialog_set_note (edit->dialog,
                              _("French law limits payment terms to 60 days after the invoice, or 45 days "
                                "end of month when agreed (Code de commerce, L441-10)."));
  else
    cpt_edit_dialog_set_note (edit->dialog, NULL);
}

static gboolean
save_terms (CptEditDialog  *dialog,
            gpointer        user_data,
            GError        **error)
{
  TermsEdit *edit = user_data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->name))));
  int days = 0;

  if (!read_days (edit, &days, error))
    {
      gtk_widget_add_css_class (edit->days, "error");
      return FALSE;
    }

  cpt_payment_terms_set_name (edit->terms, name);
  cpt_payment_terms_set_days (edit->terms, days);
  cpt_payment_terms_set_end_of_month (edit->terms, gtk_switch_get_active (GTK_SWITCH (edit->end_of_month)));
  cpt_payment_terms_set_active (edit->terms, gtk_switch_get_active (GTK_SWITCH (edit->active)));
  cpt_payment_terms_set_is_default (edit->terms, gtk_switch_get_active (GTK_SWITCH (edit->is_default)));

  if (cpt_payment_terms_get_id (edit->terms) == 0)
    return cpt_payment_terms_service_create (edit->db, edit->terms, error);
  return cpt_payment_terms_service_update (edit->db, edit->terms, error);
}

static void
open_terms (GtkWidget   *page,
            CptDatabase *db,
            GObject     *object)
{
  TermsEdit *edit = g_new0 (TermsEdit, 1);
  g_autofree char *days = NULL;

  edit->db = g_object_ref (db);
  edit->terms = object != NULL ? cpt_payment_terms_copy (CPT_PAYMENT_TERMS (object)) : cpt_payment_terms_new ();
  if (object == NULL)
    {
      cpt_payment_terms_set_active (edit->terms, TRUE);
      cpt_payment_terms_set_days (edit->terms, 30);
    }
  days = g_strdup_printf ("%d", cpt_payment_terms_get_days (edit->terms));

  edit->dialog = cpt_edit_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                      object != NULL ? _("Edit Payment Terms") : _("New Payment Terms"),
                                      save_terms, edit, (GDestroyNotify) terms_edit_free);
  edit->name = cpt_edit_dialog_add_entry (edit->dialog, _("_Name"), cpt_payment_terms_get_name (edit->terms));
  edit->days = cpt_edit_dialog_add_entry (edit->dialog, _("Number of _days"), days);
  edit->end_of_month = cpt_edit_dialog_add_switch (edit->dialog, _("_End of month"),
                                                   _("The due date moves to the end of its month"),
                                                   cpt_payment_terms_get_end_of_month (edit->terms));
  edit->active = cpt_edit_dialog_add_switch (edit->dialog, _("_In use"), NULL,
                                             cpt_payment_terms_get_active (edit->terms));
  edit->is_default = cpt_edit_dialog_add_switch (edit->dialog, _("De_fault terms"),
                                                 _("Proposed for new customers and orders"),
                                                 cpt_payment_terms_get_is_default (edit->terms));
  g_signal_connect_swapped (edit->days, "changed", G_CALLBACK (update_warning), edit);
  g_signal_connect_swapped (edit->end_of_month, "notify::active", G_CALLBACK (update_warning), edit);
  update_warning (edit);

  gtk_window_present (GTK_WINDOW (edit->dialog));
}

static GPtrArray *
list_terms (CptDatabase  *db,
            GError      **error)
{
  return cpt_payment_terms_service_list (db, TRUE, error);
}

static void
describe_terms (GObject  *object,
                char    **title,
                char    **subtitle)
{
  CptPaymentTerms *terms = CPT_PAYMENT_TERMS (object);
  int days = cpt_payment_terms_get_days (terms);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
  if (cpt_payment_terms_get_end_of_month (terms))
    g_string_append_printf (text, " %s", _("end of month"));
  if (cpt_payment_terms_get_is_default (terms))
    g_string_append_printf (text, " · %s", _("Default"));
  if (!cpt_payment_terms_get_active (terms))
    g_string_append_printf (text, " · %s", _("Out of use"));
  if (cpt_payment_terms_exceeds_legal_limit (terms))
    g_string_append_printf (text, " · %s", _("beyond the legal limit"));

  *title = g_strdup (cpt_payment_terms_get_name (terms));
  *subtitle = g_string_free (text, FALSE);
}

AdwPreferencesPage *
cpt_payment_terms_page_new (CptDatabase *db)
{
  static const CptSettingsListKind kind = {
    .changed_detail = "payment_terms",
    .list = list_terms,
    .describe = describe_terms,
    .open = open_terms,
  };
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "payment-terms");
  adw_preferences_page_set_title (page, _("Payment Terms"));
  adw_preferences_page_set_icon_name (page, "x-office-calendar-symbolic");
  cpt_settings_list_add (page, db, &kind, _("Payment Terms"),
                         _("The due date of an invoice is its date plus the days, then the end of "
                           "that month when asked."),
                         _("_Add Payment Terms"));

  return page;
}
